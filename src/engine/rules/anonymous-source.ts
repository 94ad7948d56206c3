// anonymous-source: a quotation or a figure credited to an unnamed source. Information by
// default: anonymous sourcing is sometimes necessary, but an editor should see each use.

import { ownString } from '../ownString';
import type { Context } from '../context';
import type { Finding, RelatedLocation, Speaker } from '../model';
import { clamp, excerpt, ITEMS_PER_STEP, KeptFindings, type Rule } from './rule';
import { firstFrom } from '../sorted';

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
    'unnamed source, so that an editor can review each one, unless the story says why the ' +
    'source was not named ("who asked not to be named because …", "who was not authorized ' +
    'to speak publicly"); it is information, not a warning, by default.',
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
      if (quote.speaker && reasonGiven(ctx, quote.speaker)) continue;
      const related: RelatedLocation[] = speakerLocations(ctx, quote.speaker);
      const earlier = quote.continues != null ? quotes[quote.continues] : undefined;
      if (earlier) {
        related.push({ start: earlier.start, end: earlier.end, message: `Continues the quotation ${excerpt(earlier.text)}.` });
      }
      const who = quote.speaker ? speakerWords(ctx.text, quote.speaker) : null;
      const finding = report({
        start: quote.start,
        end: quote.end,
        message:
          keptQuotes.message(index, quote.text, who) ??
          `Quotation ${excerpt(quote.text)} is credited to an unnamed source${who !== null ? ` (${who})` : ''}: ` +
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
      if (!source?.anonymous || reasonGiven(ctx, source)) continue;
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

/**
 * Words that say why a source is not named: the request with its reason ("asked not to be
 * named because …", "on condition of anonymity because …"), or that the source may not
 * speak ("was not authorized to discuss …"), which is the reason itself.
 */
const REASON_GIVEN =
  /\b(?:(?:not |un)authori[sz]ed to (?:speak|talk|discuss|comment)|not (?:allowed|permitted|cleared) to (?:speak|talk|discuss|comment)|(?:anonymity|anonymously|not to be (?:named|identified)|declined to be (?:named|identified))\W+(?:because|since|for fear|fearing|to (?:protect|avoid)|citing)\b)/i;

/** How far around a source its sentence is looked for when the analysis has no sentences (a hand-built one). */
const SENTENCE_REACH = 400;

/** The sentence holding `offset`: the analysis's, or read from the text around it. */
function sentenceAround(ctx: Context, offset: number): { start: number; end: number } {
  const { sentences } = ctx.analysis;
  if (sentences.length > 0) {
    // the last sentence that starts at or before offset
    const lo = firstFrom(sentences, offset + 1);
    if (lo > 0 && offset < sentences[lo - 1].end) return sentences[lo - 1];
  }
  const { text } = ctx;
  let start = Math.max(0, offset - SENTENCE_REACH);
  const before = text.slice(start, offset);
  const stop = /[.!?]["”’]?\s+(?=[^.!?]*$)/.exec(before);
  if (stop) start += stop.index + stop[0].length;
  const after = /[.!?](?=["”’]?(?:\s|$))/.exec(text.slice(offset, offset + SENTENCE_REACH));
  return { start, end: after ? offset + after.index + 1 : Math.min(text.length, offset + SENTENCE_REACH) };
}

/**
 * Whether the story says why the unnamed source at `credit` is not named: in the sentence
 * that credits it, or in the one that introduced it ("A club official, who asked not to be
 * named because …, spoke. “…,” the official said."): the first mention of its entity, or
 * the nearest earlier "a/an/one …" of its head noun in the paragraph.
 */
function reasonGiven(ctx: Context, credit: { start: number; end: number; text: string; entity?: number | null }): boolean {
  const { text } = ctx;
  const own = sentenceAround(ctx, credit.start);
  if (REASON_GIVEN.test(text.slice(own.start, own.end))) return true;
  let introduced = -1;
  const entity = credit.entity != null ? ctx.analysis.entities[credit.entity] : undefined;
  const first = entity?.mentions[0];
  if (first && first.start < own.start) introduced = first.start;
  else if (/^the\s/i.test(credit.text)) {
    const head = /([\p{L}-]+)$/u.exec(credit.text)?.[1];
    const from = Math.max(0, own.start - SENTENCE_REACH * 2);
    const reach = text.slice(from, own.start);
    const paragraph = reach.lastIndexOf('\n\n');
    const indefinite = head ? indefiniteOf(head) : null;
    for (let m = indefinite?.exec(reach); m; m = indefinite?.exec(reach)) if (m.index > paragraph) introduced = from + m.index;
  }
  if (introduced < 0) return false;
  const intro = sentenceAround(ctx, introduced);
  return REASON_GIVEN.test(text.slice(intro.start, intro.end));
}

/** "a/an/one … official" for each head noun met ("official"), made once (the same words come back on every run). */
const indefinites = new Map<string, RegExp>();

/** The pattern of an indefinite mention of `head` (see reasonGiven), its lastIndex at 0. */
function indefiniteOf(head: string): RegExp {
  let pattern = indefinites.get(head);
  if (!pattern) {
    if (indefinites.size >= 1_000) indefinites.clear();
    pattern = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'giu');
    indefinites.set(head, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

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

/** Characters before an offset that lastIndexIgnoringCase reads first: it reads four times as many each time it finds nothing. */
const WINDOW = 4_096;

/**
 * Where `needle` last occurs, ignoring case, wholly before `before`, or -1: what
 * text.slice(0, before).toLowerCase().lastIndexOf(needle.toLowerCase()) finds, reading back
 * from `before` in growing windows instead of lowering all the text before it (a speaker
 * near the end of a long document would lower the whole document for each finding).
 */
export function lastIndexIgnoringCase(text: string, needle: string, before: number): number {
  const lower = needle.toLowerCase();
  for (let size = WINDOW; ; size *= 4) {
    const from = Math.max(0, before - size);
    const at = text.slice(from, before).toLowerCase().lastIndexOf(lower);
    if (at >= 0) return from + at;
    if (from === 0) return -1;
  }
}

/** A pronoun that stands for someone: "he", "she", "they". */
const PRONOUN = /^(?:he|she|they|him|her|them|it)$/i;
/** Where the article places an unnamed person it introduces: "a woman (in Lodwar)", "a herder (from the Kakuma camp)". */
const PLACED = /^\s+(?:in|from|at|of|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/**
 * The words that name an unnamed speaker in a finding, in quotation marks: the credit as written, or, for a
 * pronoun ("she told me") resolved to someone the article described ("a woman"), that
 * description as the article gave it, with where it placed them ("a woman in Lodwar"),
 * then the pronoun.
 */
function speakerWords(text: string, speaker: Speaker): string {
  if (!PRONOUN.test(speaker.text) || speaker.name === speaker.text || PRONOUN.test(speaker.name)) return excerpt(speaker.text, 6, 50);
  let description = speaker.name;
  const at = lastIndexIgnoringCase(text, speaker.name, speaker.start);
  if (at >= 0) {
    const end = at + speaker.name.length;
    const placed = PLACED.exec(text.slice(end, speaker.start));
    description = ownString(text.slice(at, placed ? end + placed[0].length : end));
  }
  return `${excerpt(description, 6, 50)}, ${excerpt(speaker.text)}`;
}
