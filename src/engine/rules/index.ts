// Stage 8: findings. Each rule is a module in this folder; the runner knows no single rule.
// (Walking-skeleton version: one rule, unattributed-quote.)

import type { Context } from '../context';
import type { Finding } from '../model';

export function runRules(ctx: Context): Finding[] {
  const setting = ctx.options.severities['unattributed-quote'] ?? 'warning';
  if (setting === 'off') return [];
  return ctx.analysis.quotes.flatMap((q, index) =>
    q.status === 'unattributed' && q.kind === 'quotation'
      ? [
          {
            code: 'unattributed-quote' as const,
            severity: setting,
            message: 'Quotation with no speaker: say who said it (for example “…,” Kim said).',
            start: q.start,
            end: q.end,
            related: [],
            subject: { type: 'quote' as const, index },
          },
        ]
      : [],
  );
}
