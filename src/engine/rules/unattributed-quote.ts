// unattributed-quote: a quotation that nobody is credited with.

import type { Finding, RelatedLocation } from '../model';
import { clamp, excerpt, ITEMS_PER_STEP, KeptFindings, type Rule } from './rule';

/**
 * The last run's findings, by quote (see KeptFindings): a message reads the quote's text
 * and the text of the quote it continues; the one related location is where that one stands.
 */
const kept = new KeptFindings();

export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  defaultSeverity: 'warning',
  title: 'Quotation with no speaker',
  explanation:
    'Every quotation needs a speaker. A reader who meets words in quotation marks wants to ' +
    'know who said them, and an editor has to be able to check them against notes or a ' +
    'recording. This rule flags a quotation when neither its sentence nor the sentences ' +
    'around it credit it to anyone ("Kim said", "said the mayor", "according to the ' +
    'ministry"), and it is not the continuation of a quotation credited just before; also ' +
    'one credited to "he" or "she" when no one named before it can be meant (nobody, or only people of the other sex). ' +
    'Titles of works ("Meet the Press"), short scare quotes and quotations in a headline are not ' +
    'flagged (the story under a headline attributes its quotation), and neither ' +
    'is a quotation whose closing mark is missing (unclosed-quote flags that first).',
  bad: '“We will rebuild the bridge by spring.” The council meets on Tuesday.',
  good: '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said. The council meets on Tuesday.',
  *check(ctx, report) {
    const { quotes, paragraphs } = ctx.analysis;
    const { severity, textLength: length } = report;
    kept.begin();
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
      // a pronoun credited with it that stands for no one ("“…,” she said" before any name)
      const pronoun = quote.speaker && quote.speaker.entity === null && /^(?:he|she)$/i.test(quote.speaker.text) ? quote.speaker.text : null;
      // (what else the message reads: the quotation it continues, or that pronoun, marked apart)
      const other = earlier ? earlier.text : pronoun !== null ? `\u0001${pronoun}` : null;
      const message = kept.message(index, quote.text, other);
      const last = kept.findings[index] as Finding;
      if (message !== undefined) {
        // the same quotation where it stood, continuing the same one where that stood: the same finding
        const finding = last;
        const start = clamp(quote.start, 0, length);
        if (finding.severity === severity && finding.start === start && finding.end === clamp(quote.end, start, length) && finding.related.length === (earlier ? 1 : 0)) {
          const place = finding.related[0];
          const from = earlier ? clamp(earlier.start, 0, length) : 0;
          if (!earlier || (place.start === from && place.end === clamp(earlier.end, from, length))) {
            report.again(finding);
            continue;
          }
        }
      }
      const related: RelatedLocation[] = [];
      if (earlier) {
        related.push({
          start: earlier.start,
          end: earlier.end,
          message: message === undefined ? `The quotation it continues, ${excerpt(earlier.text)}, has no speaker either.` : last.related[0].message,
        });
      }
      const finding = report({
        start: quote.start,
        end: quote.end,
        message:
          message ??
          (earlier
            ? `Quotation ${excerpt(quote.text)} continues an earlier quotation, and neither has a speaker: ` + 'add who said it, e.g. “…,” Kim said.'
            : pronoun !== null
              ? `Quotation ${excerpt(quote.text)} is credited to “${pronoun}”, but no one named before it can be “${pronoun}”: name the speaker, e.g. “…,” Kim said.`
              : `Quotation ${excerpt(quote.text)} has no speaker: add who said it, e.g. “…,” Kim said.`),
        related,
        subject: { type: 'quote', index },
      });
      kept.keep(index, finding, quote.text, other);
    }
    kept.end(quotes.length);
  },
};
