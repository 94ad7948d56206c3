// Stage 3: quotation spans, found at the character level across sentences and paragraphs.
// (Walking-skeleton version: matching double quotes only.)

import type { Context } from './context';
import type { Quote } from './model';

export function findQuotes(ctx: Context): Quote[] {
  const quotes: Quote[] = [];
  const re = /“[^”]*”|"[^"]*"/g;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    quotes.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'quotation',
      status: 'unattributed',
      speaker: null,
      cue: null,
      closed: true,
      continues: null,
    });
  }
  return quotes;
}
