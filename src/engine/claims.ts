// Stage 7: claims, sentences that assert a checkable fact, with their source or none.
//
// A sentence is a claim when it carries a figure (figures.ts), a superlative ("the
// world's largest", "the first … to"), a comparison ("higher than", "more than doubled",
// "up from"), a record ("a record", "all-time high", "unprecedented") or a forecast ("is
// expected to", "will reach", "projected to"). Headings, questions and sentences that are
// wholly a quotation are not claims. The source is found as for figures (sourcing.ts).

import type { Context } from './context';
import type { Claim, ClaimKind, Source } from './model';
import { creditEntity, sourcesOf } from './credits';
import { answerSource, asksQuestions, farReadsHold, farReadsOf, heldRecord, workedOut, keeper, keepSource, keptSourceIs, type Kept, placeSource, readsFar, recordsOf, sameSource, sameText, SOURCE_FIELDS, textsOf } from './figures';
import { firstEndingAfter, overlapsAny } from './sourcing';
import { creditLineSource, footnoteSource } from './creditLines';
import { LocalCache, LONG_SENTENCE, longSentenceAhead, MAX_LOCAL_SENTENCES, textAt } from './localCache';
import { SentenceCache } from './sentenceCache';
import type { Term } from './tagging';
import { runToEnd } from './slicing';
import { cacheGeneration } from './tagging';

export const RECORD = /\b(?:(?:a|new|all-time|another) record\b|record[- ](?:high|highs|low|lows|levels?|numbers?|amounts?|turnout|years?|temperatures?|sales|profits?|losses|breaking|setting|heat|rainfall|deficits?|surpluses|prices|demand|growth|enrollment)\b|all-time (?:high|low|record)s?\b|unprecedented\b|(?:highest|lowest|largest|biggest|most|best|worst) (?:level |number |rate )?ever\b|never before\b|historic (?:high|low)s?\b)/i;

export const FORECAST = /\b(?:(?:is|are|was|were|be|been|remains?|seems?) (?:now |still |widely |also )?(?:expected|projected|forecast|forecasted|predicted|estimated|set|likely|unlikely|poised|on track|on course|due|slated) to\b|(?:will|would|is going to|are going to) (?:likely |probably |eventually |soon |also )?(?:reach|rise|fall|grow|increase|decrease|decline|drop|climb|hit|top|exceed|double|triple|halve|surpass|cost|total|approach|shrink|expand|jump|slow|soar|plunge|slump|rebound|peak|outnumber|overtake|account for|save|create|add|lose|generate|reduce|boost|worsen|weaken|strengthen|widen|narrow|accelerate)\b|(?:forecasts?|projections?|predictions?) (?:show|shows|suggest|suggests|that)\b|\bby (?:the end of )?(?:19|20)\d\d\b[^.;]{0,200}\bwill\b)/i;

export const COMPARISON_PHRASES = /\b(?:compared (?:with|to)|up from|down from|(?:rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed) (?:by |from )|outpac(?:ed|ing|es)|outnumber(?:ed|ing|s)?|surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?|twice as|(?:\w+) times (?:as|more|higher|larger|greater)|as (?:many|much) as\b(?! \d)|(?:more|less|fewer) than (?!\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |half |a dozen|dozens|hundreds|thousands|millions|billions))/i;

const SUPERLATIVE_HEADS = new Set(['first', 'only', 'last', 'largest', 'biggest', 'most', 'least', 'highest', 'lowest', 'best', 'worst', 'fastest', 'slowest', 'oldest', 'youngest', 'richest', 'poorest', 'deadliest', 'longest', 'shortest', 'greatest', 'smallest', 'strongest', 'weakest']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

function hasSuperlative(terms: Term[], from = 0, to = terms.length): boolean {
  for (let i = from; i < to; i++) {
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
    // "gave his best", "at their worst": a person's own best, no rank among others
    const next = terms[i + 1];
    if (POSSESSIVE_PRONOUNS.has(prev.normal) && (!next || !next.tags.has('Noun') || next.tags.has('Pronoun'))) continue;
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

/** Verbs of foreseeing, whose subject forecasts what follows: "expects sales to fall", "predict the lake will shrink". */
// ("expected" and "anticipated" are left out: in news they mostly tell what someone once
// thought, "he expected to sell", rather than a forecast that can be checked)
const FORESEE = new Set(['expect', 'expects', 'predict', 'predicts', 'predicted', 'forecast', 'forecasts', 'project', 'projects', 'projected', 'anticipate', 'anticipates']);
/** Words before a verb of foreseeing that make it no forecast: "don't expect", "might expect", "never predicted". */
const NOT_FORESEEN = new Set(['not', "n't", 'never', 'might', 'would', 'could', 'may', 'did', 'do', 'does', 'to']);
/** Words that put what follows in the future, after a verb of foreseeing. */
const FUTURE = new Set(['will', 'would', 'could', 'might', 'may', 'shall']);
/** How many words after the verb the forecast's own verb may come ("expects cargo volumes at the port to fall"). */
const FORESEE_REACH = 8;

/**
 * Whether someone in the sentence foresees something: a verb of foreseeing, used as a verb
 * ("The company expects", not "the expected result" or "three projects"), followed within a
 * few words by what is foreseen: "to" and a verb, or "will"/"would"/… ("predict the storm
 * will weaken"). "as expected", "don't expect" and "guests expected at the gala" foresee nothing.
 */
/** Whether the word before a verb of foreseeing denies or supposes it ("didn't" is one term: its "not" has no text). */
const notForeseen = (t: Term): boolean => NOT_FORESEEN.has(t.normal) || /n['’]t$/.test(t.normal);

function hasForesight(terms: Term[], from = 0, to = terms.length): boolean {
  for (let i = from; i < to; i++) {
    const t = terms[i];
    if (!FORESEE.has(t.normal) || !t.tags.has('Verb') || t.tags.has('Adjective')) continue;
    const before = terms[i - 1];
    // "Expect delays": a word to the reader; "as predicted", "than projected": a comparison
    if (!before || before.normal === 'as' || before.normal === 'than') continue;
    // "don't expect", "one might expect": nobody's forecast
    if (notForeseen(before) || (i >= 2 && notForeseen(terms[i - 2]) && before.tags.has('Adverb'))) continue;
    for (let k = i + 1; k < Math.min(terms.length, i + 1 + FORESEE_REACH); k++) {
      const w = terms[k].normal;
      if (FUTURE.has(w)) return true;
      if (w === 'to') {
        const next = terms[k + 1];
        if (next && next.tags.has('Verb') && !next.tags.has('Noun')) return true;
        break;
      }
      // a clause of its own ends the reach
      if (/[.;:!?]$/.test(terms[k].text) || (k > i + 1 && /,$/.test(terms[k - 1].text))) break;
    }
  }
  return false;
}

function hasComparative(terms: Term[], from = 0, to = terms.length): boolean {
  for (let i = from; i < to; i++) {
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
/** Characters of sentences read between pauses, when the sentences are long. */
const SENTENCE_CHARS_PER_STEP = 50_000;

function readKinds(body: string, tagged: readonly Term[]): OwnKinds {
  if (/\?["”’)\]]*\s*$/.test(body)) return { question: true, kinds: [] };
  // compromise adds empty terms for expanded contractions ("world's" → "world is")
  const terms = tagged.filter((t) => t.text.length > 0);
  const kinds: ClaimKind[] = [];
  if (hasSuperlative(terms)) kinds.push('superlative');
  if (COMPARISON_PHRASES.test(body) || hasComparative(terms)) kinds.push('comparison');
  if (RECORD.test(body)) kinds.push('record');
  if (FORECAST.test(body) || hasForesight(terms)) kinds.push('forecast');
  return { question: false, kinds: Object.freeze(kinds) };
}

function cachedKinds(body: string, tagged: readonly Term[]): OwnKinds {
  return ownKinds.getOrCompute(body, () => readKinds(body, tagged));
}

// ---------------------------------------------------------------------------------------
// A runaway sentence (a 5 MB line with no full stop), read in pieces

/** Characters tested, or terms read, between pauses. */
const CHARS_PER_STEP = 50_000;
const TERMS_PER_STEP = 10_000;
/**
 * How far a piece of text reaches past the stretch whose matches it answers for: more than
 * the longest match of RECORD, FORECAST and COMPARISON_PHRASES with its look-ahead (their
 * only unbounded part, a word before "times", never crosses a piece's edge: see below).
 */
const REACH = 1_000;

/** The first position at or after i that holds no word character (\w), or the text's length. */
function boundaryAt(text: string, i: number): number {
  while (i < text.length && /\w/.test(text[i])) i++;
  return i;
}

/**
 * pattern.test(body), in pieces. Each piece answers for matches that start in its stretch
 * [start, end), and holds the text from start to REACH characters past end. Every edge is
 * a character that is no word character, so \b and \w+ read the same as in the whole
 * text, and a match that starts in the stretch lies whole in the piece; exec() finds the
 * leftmost match, so there is one in the stretch when it starts before end.
 */
export function* testSteps(body: string, pattern: RegExp): Generator<void, boolean> {
  for (let start = 0; start < body.length; ) {
    const end = boundaryAt(body, Math.min(body.length, start + CHARS_PER_STEP));
    const reach = boundaryAt(body, Math.min(body.length, end + REACH));
    const match = pattern.exec(body.slice(start, reach));
    if (match && match.index < end - start) return true;
    if (end >= body.length) break;
    start = end;
    yield;
  }
  return false;
}

/** readKinds, pausing every few thousand terms or tens of thousands of characters. */
function* readKindSteps(body: string, tagged: readonly Term[]): Generator<void, OwnKinds> {
  if (/\?["”’)\]]*\s*$/.test(body)) return { question: true, kinds: [] };
  const terms: Term[] = [];
  for (let i = 0; i < tagged.length; i++) {
    if (i % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    if (tagged[i].text.length > 0) terms.push(tagged[i]);
  }
  const any = function* (test: (from: number, to: number) => boolean): Generator<void, boolean> {
    for (let from = 0; from < terms.length; from += TERMS_PER_STEP) {
      if (test(from, Math.min(terms.length, from + TERMS_PER_STEP))) return true;
      yield;
    }
    return false;
  };
  const kinds: ClaimKind[] = [];
  if (yield* any((from, to) => hasSuperlative(terms, from, to))) kinds.push('superlative');
  if ((yield* testSteps(body, COMPARISON_PHRASES)) || (yield* any((from, to) => hasComparative(terms, from, to)))) kinds.push('comparison');
  if (yield* testSteps(body, RECORD)) kinds.push('record');
  if ((yield* testSteps(body, FORECAST)) || (yield* any((from, to) => hasForesight(terms, from, to)))) kinds.push('forecast');
  return { question: false, kinds: Object.freeze(kinds) };
}

const isLong = (ctx: Context, s: number): boolean => ctx.analysis.sentences[s].end - ctx.analysis.sentences[s].start > LONG_SENTENCE;

/** Reads the kinds of a long sentence s ahead, in pieces, into the cache that paragraphBits() looks in. */
function* prepareLongSentence(ctx: Context, s: number): Generator<void, void> {
  if (!isLong(ctx, s)) return;
  const sentence = ctx.analysis.sentences[s];
  const body = ctx.text.slice(sentence.start, sentence.end);
  if (ownKinds.get(body) === undefined) ownKinds.set(body, yield* readKindSteps(body, ctx.tagged[s]?.terms ?? []));
}

/** Prepares the long sentences the walk is about to reach in one piece (see paragraphBits). */
function* prepareAhead(ctx: Context, s: number): Generator<void, void> {
  const { analysis } = ctx;
  const p = analysis.paragraphs[analysis.sentences[s].paragraph];
  if (!p || p.sentences.length > MAX_LOCAL_SENTENCES) yield* prepareLongSentence(ctx, s);
  else if (s === p.sentences[0] && paragraphKindCache.get(ctx, analysis.sentences[s].paragraph) === undefined) for (const k of p.sentences) yield* prepareLongSentence(ctx, k);
}

/**
 * A sentence's own kinds as bits (QUESTION, or the KIND_BITS of its kinds): a paragraph's
 * are kept together in one small typed array, which a walk over thousands of unchanged
 * paragraphs reads far faster than an object per sentence.
 */
const QUESTION = 1;
const KIND_BITS: readonly (readonly [ClaimKind, number])[] = [['superlative', 2], ['comparison', 4], ['record', 8], ['forecast', 16]];

function bitsOf(own: OwnKinds): number {
  if (own.question) return QUESTION;
  let bits = 0;
  for (const kind of own.kinds) bits |= KIND_BITS.find(([k]) => k === kind)?.[1] ?? 0;
  return bits;
}

/**
 * The kinds of a claim for each set of own kind bits, and with 'figure' first
 * (KIND_LISTS[bits | 1]), in the order readKinds finds them; each claim gets a copy. (Not
 * frozen: slice() copies a frozen array many times slower than a plain one.)
 */
const KIND_LISTS: readonly (readonly ClaimKind[])[] = Array.from({ length: 32 }, (_, i) => {
  const kinds: ClaimKind[] = (i & 1) !== 0 ? ['figure'] : [];
  for (const [kind, bit] of KIND_BITS) if ((i & bit) !== 0) kinds.push(kind);
  return kinds;
});

/** The own kind bits of each sentence of a paragraph, in order, remembered under its LocalParagraph. */
const paragraphKindCache = new LocalCache<Uint8Array>();

/** The own kind bits of sentence s, from its text and tags (or the sentence cache). */
function readBits(ctx: Context, s: number): number {
  const sentence = ctx.analysis.sentences[s];
  return bitsOf(cachedKinds(ctx.text.slice(sentence.start, sentence.end), ctx.tagged[s]?.terms ?? []));
}

/**
 * The own kind bits of every sentence of paragraph `index`, looked up once per paragraph
 * (one look-up by identity for an unchanged one); undefined for a paragraph of very many
 * sentences, which is read sentence by sentence so that the stage can pause between them.
 */
function paragraphBits(ctx: Context, index: number): Uint8Array | undefined {
  const p = ctx.analysis.paragraphs[index];
  if (!p || p.sentences.length > MAX_LOCAL_SENTENCES) return undefined;
  let bits = paragraphKindCache.get(ctx, index);
  if (bits === undefined) {
    bits = new Uint8Array(p.sentences.length);
    for (let k = 0; k < p.sentences.length; k++) bits[k] = readBits(ctx, p.sentences[k]);
    paragraphKindCache.set(ctx, index, bits);
  }
  return bits;
}

/** Numbers of a remembered claim: its sentence (within the paragraph), its kind bits (own bits, 1 for a figure), its source (SOURCE_FIELDS, see keepSource). */
const CLAIM_FIELDS = 2 + SOURCE_FIELDS;

/** Paragraphs laid out from their records between pauses. */
const RECORDS_PER_STEP = 128;

/** Claims given again between pauses (see LastClaims). */
const CLAIMS_PER_STEP = 2_000;

/** LastClaims.unsure: a paragraph's claims were not laid out from, or kept in, its record. */
const UNSURE = 1;
/** LastClaims.unsure: they were, but read past the paragraph (they hold only where RunRecords.farOk). */
const FAR = 2;

/**
 * The claims the last run returned, with the entity each credits (-1 for none), the number
 * of that run (RunRecords.id), and a mark for each paragraph whose claims were not laid
 * out from, or kept in, its record (UNSURE: it has none), or read past the paragraph (FAR).
 * The first paragraphs of a run that have the last run's figures (RunRecords.sameParagraphs)
 * read what their claims read then: up to the first UNSURE mark, or FAR mark where not all
 * before the paragraph's end is as it was (RunRecords.farOk), their claims are the last
 * run's, the very objects (nothing changes a returned claim), credited again without
 * touching them.
 */
interface LastClaims {
  readonly id: number;
  readonly generation: number;
  readonly claims: readonly Claim[];
  readonly entities: readonly number[];
  readonly unsure: Uint8Array;
  /** Each claim's kind bits (see KIND_LISTS). */
  readonly bits: readonly number[];
}

let lastClaims: LastClaims | undefined;

/** The index of the first claim of the sorted `claims` whose sentence is `s` or later. */
function firstClaimFrom(claims: readonly Claim[], s: number): number {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].sentence < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The claims of the document, step by step: yields every few dozen sentences so that a
 * time-sliced caller (analyzeAsync) can pause inside the stage. Returns the claims. A
 * paragraph whose record holds (see ParagraphRecord in figures.ts) and whose sentences
 * hold the same figures as when its claims were worked out gets them from the record.
 */
export function* findClaimSteps(ctx: Context): Generator<void, Claim[]> {
  const { analysis, text } = ctx;
  const { sentences, paragraphs } = analysis;
  const claims: Claim[] = [];
  const sources = sourcesOf(ctx);
  const { quoted } = sources;
  const withFigure = sources.figureSentences(analysis.figures);
  const run = recordsOf(ctx);
  /** The claim of sentence s, if it makes one, given its own kind bits; noted in `kept` when given. */
  function* sentenceSteps(s: number, own: number, mayBeLong: boolean, kept?: Kept, first = 0): Generator<void, void> {
    if (own === QUESTION) return;
    const sentence = sentences[s];
    const figure = withFigure[s] === 1;
    // most sentences claim nothing: skip them before reading their quotations
    if (!figure && own === 0) return;
    if (whollyQuoted(quoted, sentence.start, sentence.end, text)) return;
    const bits = own | (figure ? 1 : 0);
    if (mayBeLong && isLong(ctx, s)) yield* sources.prepareSteps(s);
    // a figure's sentence may take the report an earlier sentence of its paragraph began
    const source = sources.sentenceSource(s) ?? (figure ? sources.carriedSource(s) : null);
    if (kept) {
      kept.numbers.push(s - first, bits);
      keepSource(text, source, kept, run);
    }
    add(s, bits, source);
  }
  // (an answer's claims depend on whether the article asks "Q:" anywhere; when that changes,
  // the figures stage reuses nothing, run.sameParagraphs is 0, and neither do the claims)
  const interview = { asksQ: asksQuestions(ctx) };
  const claimEntities: number[] = [];
  const claimBits: number[] = [];
  const unsure = new Uint8Array(paragraphs.length);
  // the last run's claims, given again where equal (as the figures stage does, see lastFigures):
  // nothing changes a claim after the stage returns it, so two analyses may share it
  const previous = lastClaims && lastClaims.generation === cacheGeneration() ? lastClaims : undefined;
  /** The last run's claim at this run's next index, when its sentence stands where it stood and it has these fields. */
  const sameAsLast = (s: number, bits: number): Claim | undefined => {
    const at = claims.length;
    const sentence = sentences[s];
    const old = previous && run.samePlace[sentence.paragraph] === 1 ? previous.claims[at] : undefined;
    return old !== undefined && old.sentence === s && previous?.bits[at] === bits && old.start === sentence.start && old.end === sentence.end && sameText(old.text, text, sentence.start, sentence.end) ? old : undefined;
  };
  const push = (claim: Claim, bits: number): void => {
    const { source } = claim;
    claims.push(claim);
    claimBits.push(bits);
    claimEntities.push(source && source.entity !== null ? source.entity : -1);
    creditEntity(ctx, source, 'claims', claims.length - 1);
  };
  const add = (s: number, bits: number, own: Source | null): void => {
    const sentence = sentences[s];
    // a sentence with a footnote ("….[^2]") has the footnote's source; a figure's sentence
    // under a credit line ("Source: Environment Agency") has that source, as its figures do;
    // an interview's answer is the interviewee's word, as its figures are
    const source = own ?? footnoteSource(ctx, s, sentence.start) ?? ((bits & 1) !== 0 ? creditLineSource(ctx, sentence.paragraph) : null) ?? answerSource(ctx, sentence.paragraph, interview);
    const old = sameAsLast(s, bits);
    if (old && sameSource(old.source, source)) return push(old, bits);
    // a copy the claim owns (the lists are shared and frozen)
    push({ start: sentence.start, end: sentence.end, text: textAt(ctx, sentence.start, sentence.end, sentence.paragraph), kinds: KIND_LISTS[bits].slice(), sourced: !!source, source, sentence: s }, bits);
  };
  // the claims of the first paragraphs: the last run's (see LastClaims)
  let firstSentence = 0;
  const last = lastClaims;
  if (last && last.generation === cacheGeneration() && run.compared !== 0 && last.id === run.compared && run.sameParagraphs > 0) {
    let p = 0;
    while (p < run.sameParagraphs && p < last.unsure.length && (last.unsure[p] === 0 || (last.unsure[p] === FAR && run.farOk[p] === 1))) firstSentence += paragraphs[p++].sentences.length;
    unsure.set(last.unsure.subarray(0, p));
    const count = firstClaimFrom(last.claims, firstSentence);
    const { entities } = analysis;
    for (let i = 0; i < count; i++) {
      if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
      claims.push(last.claims[i]);
      claimBits.push(last.bits[i]);
      const e = last.entities[i];
      claimEntities.push(e);
      if (e >= 0) entities[e]?.claims.push(i);
    }
  }
  // the own kind bits of the paragraph the walk is in
  let bitsParagraph = -1;
  let bits: Uint8Array | undefined;
  let mayBeLong = true;
  let chars = 0;
  let laidOut = 0;
  for (let s = firstSentence; s < sentences.length; s++) {
    const sentence = sentences[s];
    chars += sentence.end - sentence.start;
    // a pause every few dozen sentences, or sooner when they are long
    if ((s > 0 && s % SENTENCES_PER_STEP === 0) || chars >= SENTENCE_CHARS_PER_STEP) {
      yield;
      chars = sentence.end - sentence.start;
    }
    const paragraph = paragraphs[sentence.paragraph];
    if (paragraph && paragraph.kind === 'heading') continue;
    if (paragraph && sentence.paragraph !== bitsParagraph) {
      const record = heldRecord(ctx, sentence.paragraph);
      const n = paragraph.sentences.length;
      if (record && paragraph.sentences[0] === s && record.sentences === n) {
        // a whole paragraph at once: laid out from its record, or worked out and recorded
        bitsParagraph = sentence.paragraph;
        let figureMask = 0;
        for (let k = 0; k < n; k++) if (withFigure[s + k] === 1) figureMask |= 1 << k;
        const known = record.claims;
        // (claims that read past the paragraph hold only where all before its end is as it was)
        if (known && known.figureMask === figureMask && (!known.far || run.farOk[sentence.paragraph] === 1 || farReadsHold(ctx, run, sentence.paragraph, known.farReads, run.firsts[sentence.paragraph]))) {
          const c = known.claims;
          const base = paragraph.start;
          const first = run.firsts[sentence.paragraph];
          if (known.far) unsure[sentence.paragraph] = FAR;
          for (let i = 0; i < c.length; i += CLAIM_FIELDS) {
            // (a claim with a source of its own takes no other: the last run's, when equal, without making this one)
            const old = c[i + 2] === 1 ? sameAsLast(s + c[i], c[i + 1]) : undefined;
            if (old && keptSourceIs(old.source, text, c, i + 2, base, run, first)) push(old, c[i + 1]);
            else add(s + c[i], c[i + 1], placeSource(ctx, c, i + 2, base, run, first));
          }
          if (++laidOut >= RECORDS_PER_STEP) {
            laidOut = 0;
            yield;
          }
        } else {
          bits = paragraphBits(ctx, bitsParagraph) as Uint8Array;
          const kept = keeper(run, paragraph.start, paragraph.end);
          workedOut.claims++;
          for (let k = 0; k < n; k++) {
            if (k > 0) {
              chars += sentences[s + k].end - sentences[s + k].start;
              if ((s + k) % SENTENCES_PER_STEP === 0 || chars >= SENTENCE_CHARS_PER_STEP) {
                yield;
                chars = sentences[s + k].end - sentences[s + k].start;
              }
            }
            yield* sentenceSteps(s + k, bits[k], false, kept, s);
          }
          const texts = textsOf(ctx, run, paragraph.start, paragraph.end, kept, CLAIM_FIELDS);
          const far = kept.far || readsFar(sources, s, n);
          record.claims = texts ? { figureMask, claims: Int32Array.from(kept.numbers), texts, far, farReads: far ? farReadsOf(ctx, run, sentence.paragraph, s, n, kept.first) : null } : undefined;
          if (!texts) unsure[sentence.paragraph] = UNSURE;
          else if (far) unsure[sentence.paragraph] = FAR;
        }
        s += n - 1;
        continue;
      }
    }
    if (sentence.paragraph !== bitsParagraph) {
      bitsParagraph = sentence.paragraph;
      unsure[bitsParagraph] = UNSURE;
      workedOut.claims++;
      // the sentences of a paragraph no longer than LONG_SENTENCE lie inside it: none is long
      mayBeLong = !paragraph || paragraph.end - paragraph.start > LONG_SENTENCE;
      // (its long sentences are read ahead before its bits are looked up, which may read them)
      if (mayBeLong && longSentenceAhead(ctx, s)) yield* prepareAhead(ctx, s);
      bits = paragraphBits(ctx, bitsParagraph);
    } else if (mayBeLong && longSentenceAhead(ctx, s)) yield* prepareAhead(ctx, s);
    const k = bits ? s - paragraph.sentences[0] : -1;
    const own = bits && k >= 0 && k < bits.length ? bits[k] : readBits(ctx, s);
    yield* sentenceSteps(s, own, mayBeLong);
  }
  lastClaims = { id: run.id, generation: cacheGeneration(), claims, entities: claimEntities, unsure, bits: claimBits };
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
