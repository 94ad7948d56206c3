// unattributed-quote: a quotation that nobody is credited with.

import type { RelatedLocation } from '../model';
import { excerpt, ITEMS_PER_STEP, type Rule } from './rule';

export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  title: 'Quotation with no speaker',
  explanation:
    'Every quotation needs a speaker. A reader who meets words in quotation marks wants to ' +
    'know who said them, and an editor has to be able to check them against notes or a ' +
    'recording. This rule flags a quotation when neither its sentence nor the sentences ' +
    'around it credit it to anyone ("Kim said", "said the mayor", "according to the ' +
    'ministry"), and it is not the continuation of a quotation credited just before. ' +
    'Titles of works ("Meet the Press"), short scare quotes and quotations in a headline are not ' +
    'flagged (the story under a headline attributes its quotation), and neither ' +
    'is a quotation whose closing mark is missing (unclosed-quote flags that first).',
  bad: '“We will rebuild the bridge by spring.” The council meets on Tuesday.',
  good: '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said. The council meets on Tuesday.',
  *check(ctx, report) {
    const { quotes, paragraphs } = ctx.analysis;
    // (quotes and paragraphs are both in document order: one pointer walks the paragraphs)
    let p = 0;
    for (let index = 0; index < quotes.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const quote = quotes[index];
      // An unclosed quotation has no known end, so where its credit would be is unknown.
      if (quote.kind !== 'quotation' || quote.status !== 'unattributed' || !quote.closed) continue;
      // A headline's quotation is shorthand for one the story attributes (Mayor Calls Plan ‘A Disaster’).
      while (p < paragraphs.length - 1 && paragraphs[p].end <= quote.start) p++;
      if (paragraphs[p]?.kind === 'heading') continue;
      const earlier = quote.continues != null ? quotes[quote.continues] : undefined;
      const related: RelatedLocation[] = [];
      let message = `Quotation ${excerpt(quote.text)} has no speaker: add who said it, e.g. “…,” Kim said.`;
      if (earlier) {
        related.push({
          start: earlier.start,
          end: earlier.end,
          message: `The quotation it continues, ${excerpt(earlier.text)}, has no speaker either.`,
        });
        message =
          `Quotation ${excerpt(quote.text)} continues an earlier quotation, and neither has a speaker: ` +
          'add who said it, e.g. “…,” Kim said.';
      }
      report({ start: quote.start, end: quote.end, message, related, subject: { type: 'quote', index } });
    }
  },
};
