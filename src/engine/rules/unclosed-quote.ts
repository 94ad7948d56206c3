// unclosed-quote: a quotation mark that is never closed. Flagged at the opening mark and
// the first words after it, since the quotation has no known end.

import type { RelatedLocation } from '../model';
import { closingMark, excerpt, ITEMS_PER_STEP, type Rule } from './rule';

/** How much of an unclosed quotation the finding covers: the mark and up to three words. */
const OPENING_WORDS = /^\S\s*(?:\S+\s*){0,3}/;

export const unclosedQuote: Rule = {
  code: 'unclosed-quote',
  defaultSeverity: 'warning',
  title: 'Quotation mark never closed',
  explanation:
    'A quotation that opens and never closes leaves the reader unsure where the speaker’s ' +
    'words end and the reporter’s begin. It is usually a typing slip: a closing mark ' +
    'deleted in an edit, or a straight quote where a curly one was meant. This rule flags ' +
    'an opening mark with no closing mark before the end of its paragraph. A quotation ' +
    'that runs over several paragraphs, reopening each one and closing only at the end, is ' +
    'correct and not flagged.',
  bad: '“We will rebuild the bridge by spring, Mayor Ana Ruiz said.',
  good: '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.',
  *check(ctx, report) {
    const { quotes } = ctx.analysis;
    // A paragraph of a multi-paragraph quotation ends open by convention when the next
    // paragraph reopens the quotation (and says so through `continues`).
    const continued = new Set<number>();
    for (const quote of quotes) if (quote.continues != null) continued.add(quote.continues);
    for (let index = 0; index < quotes.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const quote = quotes[index];
      if (quote.closed || continued.has(index)) continue;
      const open = ctx.text.slice(quote.start, quote.start + 1);
      const line = ctx.text.slice(quote.start, Math.min(quote.end, quote.start + 40)).split(/[\r\n]/)[0];
      const end = quote.start + Math.max(1, (OPENING_WORDS.exec(line)?.[0] ?? '').trimEnd().length);
      const related: RelatedLocation[] = [];
      const earlier = quote.continues != null ? quotes[quote.continues] : undefined;
      if (earlier) {
        related.push({ start: earlier.start, end: earlier.start + 1, message: 'Where this quotation opened.' });
      }
      report({
        start: quote.start,
        end,
        message:
          `Quotation ${excerpt(quote.text)} is never closed: ` +
          `add the closing ${closingMark(open)} where the quoted words end.`,
        related,
        subject: { type: 'quote', index },
      });
    }
  },
};
