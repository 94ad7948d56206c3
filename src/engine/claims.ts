// Stage 7: claims, sentences that assert a checkable fact, with their source or none.
//
// A sentence is a claim when it carries a figure (figures.ts), a superlative ("the
// world's largest", "the first … to"), a comparison ("higher than", "more than doubled",
// "up from"), a record ("a record", "all-time high", "unprecedented") or a forecast ("is
// expected to", "will reach", "projected to"). Headings, questions and sentences that are
// wholly a quotation are not claims. The source is found as for figures (sourcing.ts).

import type { Context } from './context';
import type { Claim, ClaimKind } from './model';
import { creditEntity, sourcesOf } from './credits';
import { firstEndingAfter, overlapsAny } from './sourcing';
import { LocalCache, perSentence } from './localCache';
import { SentenceCache } from './sentenceCache';
import type { Term } from './tagging';
import { runToEnd } from './slicing';

const RECORD = /\b(?:(?:a|new|all-time|another) record\b|record[- ](?:high|highs|low|lows|levels?|numbers?|amounts?|turnout|years?|temperatures?|sales|profits?|losses|breaking|setting|heat|rainfall|deficits?|surpluses|prices|demand|growth|enrollment)\b|all-time (?:high|low|record)s?\b|unprecedented\b|(?:highest|lowest|largest|biggest|most|best|worst) (?:level |number |rate )?ever\b|never before\b|historic (?:high|low)s?\b)/i;

const FORECAST = /\b(?:(?:is|are|was|were|be|been|remains?|seems?) (?:now |still |widely |also )?(?:expected|projected|forecast|forecasted|predicted|estimated|set|likely|unlikely|poised|on track|on course|due|slated) to\b|(?:will|would|is going to|are going to) (?:likely |probably |eventually |soon |also )?(?:reach|rise|fall|grow|increase|decrease|decline|drop|climb|hit|top|exceed|double|triple|surpass|cost|total|approach|shrink|expand|jump|slow|soar|plunge|slump|rebound|peak|outnumber|overtake|account for|save|create|add|lose|generate)\b|(?:forecasts?|projections?|predictions?) (?:show|shows|suggest|suggests|that)\b|\bby (?:the end of )?(?:19|20)\d\d\b[^.;]{0,200}\bwill\b)/i;

const COMPARISON_PHRASES = /\b(?:compared (?:with|to)|up from|down from|(?:rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed) (?:by |from )|outpac(?:ed|ing|es)|outnumber(?:ed|ing|s)?|surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?|twice as|(?:\w+) times (?:as|more|higher|larger|greater)|as (?:many|much) as\b(?! \d)|(?:more|less|fewer) than (?!\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |half |a dozen|dozens|hundreds|thousands|millions|billions))/i;

const SUPERLATIVE_HEADS = new Set(['first', 'only', 'last', 'largest', 'biggest', 'most', 'least', 'highest', 'lowest', 'best', 'worst', 'fastest', 'slowest', 'oldest', 'youngest', 'richest', 'poorest', 'deadliest', 'longest', 'shortest', 'greatest', 'smallest', 'strongest', 'weakest']);

function hasSuperlative(terms: Term[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const w = t.normal;
    const superlative = t.tags.has('Superlative') || SUPERLATIVE_HEADS.has(w);
    if (!superlative) continue;
    const prev = terms[i - 1];
    const prev2 = terms[i - 2];
    // "at least", "at most", "most of", "most people" are not claims of rank
    if (prev && prev.normal === 'at') continue;
    const determined = !!prev && (prev.normal === 'the' || /['’]s$/.test(prev.text) || prev.tags.has('Possessive') || (prev2?.normal === 'the' && prev.tags.has('Adverb')));
    if (!determined) continue;
    if (w === 'most' || w === 'least') {
      // "the most expensive", not "the most" alone
      const n = terms[i + 1];
      if (!n || !n.tags.has('Adjective')) continue;
      return true;
    }
    if (w === 'first' || w === 'only' || w === 'last') {
      // "the first woman to lead", "for the first time", "the only country that"
      const rest = terms.slice(i + 1, i + 5).map((x) => x.normal);
      if (w !== 'last' && (rest[0] === 'time' || rest.includes('to') || rest.includes('ever') || rest.includes('that') || rest.includes('who'))) return true;
      continue;
    }
    return true;
  }
  return false;
}

function hasComparative(terms: Term[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t.tags.has('Comparative')) continue;
    // "higher than", "larger than last year's"
    for (let k = i + 1; k < Math.min(terms.length, i + 4); k++) {
      if (terms[k].normal === 'than') {
        const after = terms[k + 1];
        if (['more', 'less', 'fewer'].includes(t.normal) && after && (after.tags.has('Value') || after.tags.has('Money') || after.tags.has('Percent'))) break;
        return true;
      }
    }
  }
  return false;
}

/**
 * What a sentence's own words make of it: whether it is a question, and its claim kinds
 * other than 'figure'. A pure function of the sentence's text and tags (and tags are a
 * pure function of the text, see tagging.ts), so it is cached by sentence text; what
 * depends on the rest of the document (quotations, figures, sources) is applied after.
 */
interface OwnKinds {
  question: boolean;
  kinds: readonly ClaimKind[];
}

const ownKinds = new SentenceCache<OwnKinds>();

/** Sentences read between pauses (a millisecond or two of cold work). */
const SENTENCES_PER_STEP = 64;

function readKinds(body: string, tagged: readonly Term[]): OwnKinds {
  if (/\?["”’)\]]*\s*$/.test(body)) return { question: true, kinds: [] };
  // compromise adds empty terms for expanded contractions ("world's" → "world is")
  const terms = tagged.filter((t) => t.text.length > 0);
  const kinds: ClaimKind[] = [];
  if (hasSuperlative(terms)) kinds.push('superlative');
  if (COMPARISON_PHRASES.test(body) || hasComparative(terms)) kinds.push('comparison');
  if (RECORD.test(body)) kinds.push('record');
  if (FORECAST.test(body)) kinds.push('forecast');
  return { question: false, kinds: Object.freeze(kinds) };
}

function cachedKinds(body: string, tagged: readonly Term[]): OwnKinds {
  return ownKinds.getOrCompute(body, () => readKinds(body, tagged));
}

/** The own kinds of each sentence of a paragraph, in order, remembered under its LocalParagraph. */
const paragraphKindCache = new LocalCache<readonly OwnKinds[]>();

/** The own kinds of sentence s, looked up once per paragraph (one look-up by identity for an unchanged one). */
function paragraphKinds(ctx: Context): (s: number) => OwnKinds {
  const { analysis, text } = ctx;
  return perSentence(ctx, paragraphKindCache, (s) => {
    const sentence = analysis.sentences[s];
    return cachedKinds(text.slice(sentence.start, sentence.end), ctx.tagged[s]?.terms ?? []);
  });
}

/**
 * The claims of the document, step by step: yields every few dozen sentences so that a
 * time-sliced caller (analyzeAsync) can pause inside the stage. Returns the claims.
 */
export function* findClaimSteps(ctx: Context): Generator<void, Claim[]> {
  const { analysis, text } = ctx;
  const claims: Claim[] = [];
  const sources = sourcesOf(ctx);
  const { quoted } = sources;
  const withFigure = new Uint8Array(analysis.sentences.length);
  for (let f = 0; f < analysis.figures.length; f++) withFigure[analysis.figures[f].sentence] = 1;
  const kindsOf = paragraphKinds(ctx);
  for (let s = 0; s < analysis.sentences.length; s++) {
    if (s > 0 && s % SENTENCES_PER_STEP === 0) yield;
    const sentence = analysis.sentences[s];
    const paragraph = analysis.paragraphs[sentence.paragraph];
    if (paragraph && paragraph.kind === 'heading') continue;
    const own = kindsOf(s);
    if (own.question) continue;
    const figure = withFigure[s] === 1;
    // most sentences claim nothing: skip them before reading their quotations
    if (!figure && own.kinds.length === 0) continue;
    if (whollyQuoted(quoted, sentence.start, sentence.end, text)) continue;
    // a copy the claim owns (own.kinds is shared and frozen), built without an iterator
    const kinds: ClaimKind[] = figure ? ['figure'] : [];
    for (let k = 0; k < own.kinds.length; k++) kinds.push(own.kinds[k]);
    // a figure's sentence may take the report an earlier sentence of its paragraph began
    const source = sources.sentenceSource(s) ?? (figure ? sources.carriedSource(s) : null);
    claims.push({ start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end), kinds, sourced: !!source, source, sentence: s });
    creditEntity(ctx, source, 'claims', claims.length - 1);
  }
  return claims;
}

export function findClaims(ctx: Context): Claim[] {
  return runToEnd(findClaimSteps(ctx));
}

/** Whether the sentence is all quotation: nothing but punctuation outside its quotes. */
function whollyQuoted(quoted: readonly { start: number; end: number }[], start: number, end: number, text: string): boolean {
  if (!overlapsAny(quoted, start, end)) return false;
  let pos = start;
  // walk the quotes inside the sentence; any letter or digit outside them means not wholly quoted
  for (let i = firstEndingAfter(quoted, start); i < quoted.length && quoted[i].start < end; i++) {
    if (/[\p{L}\p{N}]/u.test(text.slice(pos, Math.max(pos, quoted[i].start)))) return false;
    pos = Math.max(pos, quoted[i].end);
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(pos, end));
}
