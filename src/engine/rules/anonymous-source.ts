// anonymous-source: a quotation or a figure credited to an unnamed source. Information by
// default: anonymous sourcing is sometimes necessary, but an editor should see each use.

import type { Context } from '../context';
import type { Finding, RelatedLocation, Speaker } from '../model';
import { clamp, excerpt, ITEMS_PER_STEP, KeptFindings, type Rule } from './rule';

/**
 * The last run's findings (see KeptFindings), by quote (their messages: a quote's related
 * locations read entities, made again each run) and by figure (a message reads the figure's
 * and its source's texts; the one related location, where the source stands).
 */
const keptQuotes = new KeptFindings();
const keptFigures = new KeptFindings();

export const anonymousSource: Rule = {
  code: 'anonymous-source',
  defaultSeverity: 'information',
  title: 'Unnamed source',
  explanation:
    'A quotation or figure credited to someone the reader cannot identify ("a person ' +
    'familiar with the matter", "officials said") asks the reader to trust the newsroom ' +
    'instead of the source. Many newsrooms allow it only when the source would be at risk ' +
    'and the information matters, and then ask the story to say why the source was not ' +
    'named and how they know. This rule marks every quotation and figure credited to an ' +
    'unnamed source, so that an editor can review each one; it is information, not a ' +
    'warning, by default.',
  bad: '“The deal is done,” said a person familiar with the talks.',
  good:
    '“The deal is done,” said Lee Min-ji, a negotiator for the union. ' +
    '(Or: said a negotiator who asked not to be named because the talks were private.)',
  *check(ctx, report) {
    const { quotes, figures } = ctx.analysis;
    const { severity, textLength: length } = report;
    keptQuotes.begin();
    for (let index = 0; index < quotes.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const quote = quotes[index];
      if (quote.kind !== 'quotation' || quote.status !== 'anonymous') continue;
      const related: RelatedLocation[] = speakerLocations(ctx, quote.speaker);
      const earlier = quote.continues != null ? quotes[quote.continues] : undefined;
      if (earlier) {
        related.push({ start: earlier.start, end: earlier.end, message: `Continues the quotation ${excerpt(earlier.text)}.` });
      }
      const who = quote.speaker ? quote.speaker.text : null;
      const finding = report({
        start: quote.start,
        end: quote.end,
        message:
          keptQuotes.message(index, quote.text, who) ??
          `Quotation ${excerpt(quote.text)} is credited to an unnamed source${who !== null ? ` (${excerpt(who, 6, 50)})` : ''}: ` +
            'name the source, or say why they could not be named.',
        related,
        subject: { type: 'quote', index },
      });
      keptQuotes.keep(index, finding, quote.text, who);
    }
    keptQuotes.end(quotes.length);
    keptFigures.begin();
    for (let index = 0; index < figures.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const figure = figures[index];
      const source = figure.source;
      if (!source?.anonymous) continue;
      const message = keptFigures.message(index, figure.text, source.text);
      if (message !== undefined) {
        // the same figure and source where they stood: the same finding
        const finding = keptFigures.findings[index] as Finding;
        const start = clamp(figure.start, 0, length);
        const place = finding.related[0];
        const from = clamp(source.start, 0, length);
        if (
          finding.severity === severity && finding.start === start && finding.end === clamp(figure.end, start, length) &&
          finding.related.length === 1 && place.start === from && place.end === clamp(source.end, from, length)
        ) {
          report.again(finding);
          continue;
        }
      }
      const finding = report({
        start: figure.start,
        end: figure.end,
        message:
          message ??
          `Figure ${excerpt(figure.text)} is credited to an unnamed source (${excerpt(source.text, 6, 50)}): ` +
            'name the source, or say why it could not be named.',
        related: [{ start: source.start, end: source.end, message: 'The unnamed source.' }],
        subject: { type: 'figure', index },
      });
      keptFigures.keep(index, finding, figure.text, source.text);
    }
    keptFigures.end(figures.length);
  },
};

/** Where the unnamed speaker is: this credit, and the first mention when it is earlier. */
function speakerLocations(ctx: Context, speaker: Speaker | null): RelatedLocation[] {
  if (!speaker) return [];
  const locations: RelatedLocation[] = [{ start: speaker.start, end: speaker.end, message: 'Credited to this unnamed source.' }];
  const entity = speaker.entity != null ? ctx.analysis.entities[speaker.entity] : undefined;
  const first = entity?.mentions[0];
  if (first && first.start < speaker.start) {
    locations.push({ start: first.start, end: first.end, message: `First mention of ${excerpt(entity.name, 8, 60)}.` });
  }
  return locations;
}
