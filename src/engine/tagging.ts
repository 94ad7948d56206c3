// Stage 2: part-of-speech tagging of each sentence with compromise. This is the expensive
// step (compromise tags ~130 KB/s), so results are cached by sentence text: after an edit
// only the sentences whose text changed are tagged again. Everything after this stage
// reads the cached terms and never calls compromise.

import { ownString } from './ownString';
import { hasLexicon, installLexiconSteps, loadNlp, readyNlpSteps, type LexiconGroups } from './nlp';
import { waitFor } from './slicing';

export interface Term {
  /** Surface text as compromise sees it, without surrounding punctuation. */
  text: string;
  /** compromise's normalised form (lower case, no diacritics). */
  normal: string;
  tags: ReadonlySet<string>;
  /** Absolute offsets of the word itself in the document. */
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as in the text. */
  pre: string;
  post: string;
}

export type CandidateType = 'person' | 'place' | 'organization';

/** A name compromise recognised (its .people(), .places(), .organizations()). */
export interface Candidate {
  type: CandidateType;
  start: number;
  end: number;
  text: string;
}

export interface TaggedSentence {
  terms: Term[];
  candidates: Candidate[];
}

interface RelTerm {
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  pre: string;
  post: string;
}

export interface RelTagged {
  terms: RelTerm[];
  candidates: Candidate[];
}

/**
 * Most sentences the tagging cache keeps, least recently used dropped first: twice
 * the sentences of a 100,000-word article (see document.ts MAX_LOCALS for what this
 * bounds).
 */
const CACHE_LIMIT = 18_000;
/** Tagging by sentence text, with that text as a string of its own (ownString), most recent last. */
const cache = new Map<string, { text: string; rel: RelTagged }>();
let taggerCalls = 0;
let batchCalls = 0;

interface JsonPhrase {
  text: string;
  offset?: { start: number; length: number; index: number };
}

/** compromise's own term objects, read directly: its .json() copies every term. */
interface NlpTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { index: number; start: number; length: number };
}

/** The parts of compromise's internals the batch tagger uses (compromise 14). */
interface NlpInternals {
  world: () => { methods: { one: { tokenize: { fromString: (text: string, world: unknown) => NlpTerm[][] } } } };
}
/** The part of a compromise View (a match of words) that the engine uses. */
interface NlpMatch {
  found: boolean;
  match: (pattern: string) => NlpMatch;
  splitAfter: (at: string | NlpMatch) => NlpMatch;
  notIf: (pattern: string) => NlpMatch;
  filter: (keep: (m: NlpMatch) => boolean) => NlpMatch;
  has: (pattern: string) => boolean;
  after: (pattern: string) => NlpMatch;
  json: (o: object) => unknown;
}
interface NlpView extends NlpMatch {
  document: NlpTerm[][];
  compute: (what: string) => void;
}

// compromise's people(), places() and organizations(), as its "three" build defines them
// (src/3-three/topics/*/find.js, MIT licence), over the "two" build the engine loads (nlp.ts).

/** People: honorifics and person words, split at commas and after a possessive ("Spencer's King"). */
function people(doc: NlpMatch): NlpMatch {
  const m = doc.splitAfter('@hasComma').match('#Honorific+? #Person+');
  return m.splitAfter(m.match('#Possessive').notIf('(his|her)'));
}

/** Places: runs of place and address words, split at commas except in "Paris, France". */
function places(doc: NlpMatch): NlpMatch {
  const m = doc.match('(#Place|#Address)+');
  const splits = m.match('@hasComma').filter((c) => {
    if (c.has('(asia|africa|europe|america)$')) return true;
    return !(c.has('(#City|#Region|#ProperNoun)$') && c.after('^(#Country|#Region)').found);
  });
  return m.splitAfter(splits);
}

/** Organisations: runs of organisation words. */
function organizations(doc: NlpMatch): NlpMatch {
  return doc.match('#Organization+');
}

/**
 * One read-only tag set per distinct combination of tags: a 100,000-word document has a
 * few hundred combinations, so its cached terms share them instead of holding a set each.
 */
const tagSets = new Map<string, ReadonlySet<string>>();
function sharedTags(tags: string[]): ReadonlySet<string> {
  const key = tags.join('|');
  let set = tagSets.get(key);
  if (!set) {
    if (tagSets.size >= CACHE_LIMIT) tagSets.clear();
    set = new Set(tags);
    tagSets.set(key, set);
  }
  return set;
}

/**
 * Tags several pieces of text (sentences, or chunks of over-long ones) in one compromise
 * call, with exactly the result of tagging each piece alone. Each piece is split into
 * sentences and words by compromise's own tokenizer, as nlp(piece) would, and the pieces'
 * sentences are then tagged together as one document: compromise tags sentence by
 * sentence, so nothing crosses from one piece to the next, but its fixed cost per call
 * (hundreds of tagging rules set up for each document) is paid once per batch instead of
 * once per sentence, which halves the cost of tagging a cold article. Returns undefined
 * when compromise did not keep the pieces' sentences apart, so the caller tags them one
 * by one instead.
 */
function tagBatch(pieces: readonly string[]): RelTagged[] | undefined {
  const nlp = loadNlp();
  const world = (nlp as unknown as NlpInternals).world();
  const owner: number[] = [];
  const input: { terms: NlpTerm[] }[] = [];
  pieces.forEach((piece, k) => {
    for (const terms of world.methods.one.tokenize.fromString(piece, world)) {
      input.push({ terms });
      owner.push(k);
    }
  });
  const out: RelTagged[] = pieces.map(() => ({ terms: [], candidates: [] }));
  if (!input.length) return out;
  const doc = (nlp as unknown as (input: unknown) => NlpView)(input);
  if (pieces.length > 1 && doc.document.length !== input.length) return undefined;
  doc.compute('offset');
  // offsets run on through the whole batch: each piece's own start is where its first word's
  // leading punctuation begins, as it would be at 0 when the piece is tagged alone
  const base: number[] = new Array(pieces.length).fill(-1);
  const ownerOfTerm: number[] = [];
  const tagged = new Set<string>();
  doc.document.forEach((terms, j) => {
    const k = pieces.length === 1 ? 0 : owner[j];
    for (const t of terms) {
      if (!t.offset) continue;
      // "90mph,", "5kg.": compromise splits a number from its unit into a second term with no
      // text, which carries what follows the word ("," here): that goes back to the number,
      // so that the comma after "90mph" still ends its clause
      const last = out[k].terms[out[k].terms.length - 1];
      if (t.text === '' && t.tags.has('Unit') && last && last.post === '' && ownerOfTerm[t.offset.index - 1] === k) {
        last.post = (t.pre ?? '') + (t.post ?? '');
        ownerOfTerm[t.offset.index] = k;
        continue;
      }
      if (base[k] < 0) base[k] = t.offset.start - t.pre.length;
      ownerOfTerm[t.offset.index] = k;
      const start = t.offset.start - base[k];
      // compromise's offset covers the word without its pre/post punctuation
      const tags = [...t.tags];
      for (const tag of tags) tagged.add(tag);
      out[k].terms.push({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        tags: sharedTags(tags),
        start,
        end: start + t.offset.length,
        pre: t.pre ?? '',
        post: t.post ?? '',
      });
    }
  });
  const collect = (type: CandidateType, view: { json: (o: object) => unknown }) => {
    for (const p of view.json({ offset: true }) as JsonPhrase[]) {
      if (!p.offset) continue;
      const k = ownerOfTerm[p.offset.index];
      if (k === undefined) continue;
      const text = pieces[k];
      let start = p.offset.start - base[k];
      let end = start + p.offset.length;
      // trim trailing punctuation compromise includes ("Kim Jong Un,")
      while (end > start && /[\s,;:.!?"“”'’)\]]/.test(text[end - 1]) && !/\b[A-Z]\.$/.test(text.slice(start, end)))
        end--;
      while (start < end && /[\s"“'‘([]/.test(text[start])) start++;
      if (end > start) out[k].candidates.push({ type, start, end, text: text.slice(start, end) });
    }
  };
  // compromise's people(), places() and organizations() only match terms with these tags,
  // and each call costs more than tagging a sentence: skip the calls that cannot match
  if (tagged.has('Person')) collect('person', people(doc));
  if (tagged.has('Place') || tagged.has('Address')) collect('place', places(doc));
  if (tagged.has('Organization')) collect('organization', organizations(doc));
  return out;
}

/** Tags pieces, batched; a batch compromise cannot keep apart is tagged piece by piece. */
function tagPieces(viewed: readonly string[]): RelTagged[] {
  batchCalls++;
  // compromise's words are views into what it is given: give it copies, not the document
  const pieces = viewed.map(ownString);
  const rel = tagBatch(pieces) ?? pieces.map((piece) => (tagBatch([piece]) as RelTagged[])[0]);
  taggerCalls += pieces.length;
  pieces.forEach((piece, k) => remember(piece, rel[k]));
  return rel;
}

// ---------------------------------------------------------------------------------------
// Tagging in a worker. compromise's load (building its model) is one synchronous step of a
// few hundred milliseconds, and tagging a cold long document takes seconds; in the editor
// both run in a worker thread instead (src/worker/tagger.ts), which sends each piece's
// tagging back in the compact form below. The rest of the engine stays where it is: it
// reads the same RelTagged, kept in the same cache, so the Analysis is the same.

/**
 * A piece's tagging as sent between threads: flat lists instead of thousands of small
 * objects, and each term's tags as one string ('Noun|Singular'), turned back into the
 * shared tag sets here. `error` when compromise threw on the piece.
 */
export interface WireTagged {
  /** text, normal, tags, start, end, pre, post for each term in turn. */
  terms: (string | number)[];
  /** type, start, end, text for each candidate in turn. */
  candidates: (string | number)[];
  error?: string;
}

const TERM_FIELDS = 7;
const CANDIDATE_FIELDS = 4;

/** Tags pieces as the worker does: in one batch if compromise keeps them apart, with each piece's failure its own. */
export function tagForWire(pieces: readonly string[]): WireTagged[] {
  let rel: (RelTagged | Error)[];
  try {
    rel = tagBatch(pieces) ?? pieces.map((piece) => tagOne(piece));
  } catch {
    rel = pieces.map((piece) => tagOne(piece));
  }
  return rel.map((r) => {
    if (r instanceof Error) return { terms: [], candidates: [], error: r.message || String(r) };
    const terms: (string | number)[] = [];
    for (const t of r.terms) terms.push(t.text, t.normal, [...t.tags].join('|'), t.start, t.end, t.pre, t.post);
    const candidates: (string | number)[] = [];
    for (const c of r.candidates) candidates.push(c.type, c.start, c.end, c.text);
    return { terms, candidates };
  });
}

function tagOne(piece: string): RelTagged | Error {
  try {
    return (tagBatch([piece]) as RelTagged[])[0];
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A tagging received from the worker, as tagBatch would have made it here. */
export function fromWire(wire: WireTagged): RelTagged {
  const terms: RelTerm[] = [];
  const w = wire.terms;
  for (let k = 0; k + TERM_FIELDS <= w.length; k += TERM_FIELDS) {
    const key = w[k + 2] as string;
    terms.push({
      text: w[k] as string,
      normal: w[k + 1] as string,
      tags: sharedTags(key === '' ? [] : key.split('|')),
      start: w[k + 3] as number,
      end: w[k + 4] as number,
      pre: w[k + 5] as string,
      post: w[k + 6] as string,
    });
  }
  const candidates: Candidate[] = [];
  const c = wire.candidates;
  for (let k = 0; k + CANDIDATE_FIELDS <= c.length; k += CANDIDATE_FIELDS)
    candidates.push({ type: c[k] as CandidateType, start: c[k + 1] as number, end: c[k + 2] as number, text: c[k + 3] as string });
  return { terms, candidates };
}

/** Where pieces are tagged instead of here: the editor's tagging worker. */
export interface TaggingService {
  /** Each piece's tagging, in order; rejects when the worker cannot be used. */
  tag(pieces: readonly string[]): Promise<WireTagged[]>;
  /** compromise's lexicon, for the look-ups the later stages make (nlp.ts lexiconTags). */
  lexicon(): Promise<LexiconGroups>;
}

let service: TaggingService | undefined;
/** Set when the service failed: this session tags here from then on. */
let serviceFailed = false;

/**
 * Has a time-sliced analysis (analyzeAsync) tag in `next` instead of loading compromise
 * here, or here again when undefined; returns the previous service. analyze() always tags
 * here. Once the service fails (its worker died, it could not start), the engine falls back
 * to tagging here for good, and `onFailure` is told why, once.
 */
export function setTaggingService(next: TaggingService | undefined, onFailure?: (error: unknown) => void): TaggingService | undefined {
  const previous = service;
  service = next;
  serviceFailed = false;
  failureListener = onFailure;
  // what the previous service still owes is not waited for: its failure is not this one's
  inFlight.clear();
  if (lexiconRequest && lexiconRequest.value === undefined) lexiconRequest = undefined;
  return previous;
}

let failureListener: ((error: unknown) => void) | undefined;

function serviceFailure(error: unknown): void {
  if (serviceFailed) return;
  serviceFailed = true;
  failureListener?.(error);
}

/** The service a time-sliced run may use now, if any. */
function usableService(): TaggingService | undefined {
  return service && !serviceFailed ? service : undefined;
}

/** A promise's outcome, readable once it has settled (waited for through runSliced). */
interface Settled<T> {
  done: Promise<void>;
  value?: T;
  error?: unknown;
  failed: boolean;
}

function settle<T>(promise: Promise<T>): Settled<T> {
  const box: Settled<T> = { done: Promise.resolve(), failed: false };
  box.done = promise.then(
    (value) => void (box.value = value),
    (error: unknown) => {
      box.error = error;
      box.failed = true;
    },
  );
  return box;
}

/**
 * The batch sent to the tagging worker: its pauses cost the editor nothing, so it tags in
 * batches as large as an unsliced run's, bar the time the editor then spends reading a
 * batch's reply in one piece (a few milliseconds for 8,000 characters).
 */
const REMOTE_BATCH = 8_000;

/** Pieces sent to the service and not yet back, with the request that carries each. */
const inFlight = new Map<string, { request: Settled<WireTagged[]>; index: number }>();

let lexiconRequest: Settled<LexiconGroups> | undefined;

/** Asks the service for compromise's lexicon, unless it is here or on its way. */
function requestLexicon(remote: TaggingService): Settled<LexiconGroups> {
  if (!lexiconRequest || lexiconRequest.failed) {
    let request: Promise<LexiconGroups>;
    try {
      request = remote.lexicon();
    } catch (error) {
      request = Promise.reject(error);
    }
    lexiconRequest = settle(request);
  }
  return lexiconRequest;
}

/**
 * Makes sure the later stages' lexicon look-ups will not load compromise here: in a
 * time-sliced run with a tagging service, the lexicon is fetched from the worker (once a
 * session); without one, or when that fails, compromise is loaded here, in slices.
 */
export function* readyLexiconSteps(sliced: boolean): Generator<void, void> {
  if (hasLexicon()) return;
  const remote = sliced ? usableService() : undefined;
  if (remote) {
    const request = requestLexicon(remote);
    if (request.value === undefined && !request.failed) {
      waitFor(request.done);
      yield;
    }
    if (request.value !== undefined) {
      yield* installLexiconSteps(request.value);
      return;
    }
    serviceFailure(request.error);
  }
  if (sliced) yield* readyNlpSteps();
}

/**
 * Longest piece of text handed to compromise in one call. compromise tags 100-150 KB/s,
 * so a 1,000-character chunk takes under 10 ms: an over-long "sentence" (a 5 MB line with
 * no full stop, a huge table) is tagged chunk by chunk and never blocks the editor for
 * long. News sentences are far shorter, so real prose is never cut. Chunk boundaries
 * depend only on the text, so results are the same however the sentence is reached.
 */
export const MAX_CHUNK = 1_000;

/** End offsets of the chunks a sentence is tagged in (the last one is text.length). */
export function chunkEnds(text: string): number[] {
  const steps = chunkEndSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Chunks worked out between pauses when a runaway sentence is cut (about 5 ms). */
const CHUNKS_PER_STEP = 100;

/**
 * chunkEnds step by step: yields every CHUNKS_PER_STEP chunks, so that cutting a
 * sentence of several megabytes pauses inside it.
 */
export function* chunkEndSteps(text: string): Generator<void, number[]> {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > MAX_CHUNK) {
    if (ends.length > 0 && ends.length % CHUNKS_PER_STEP === 0) yield;
    const limit = start + MAX_CHUNK;
    // prefer a line break, then a clause end, then any whitespace in the last half
    let cut = -1;
    for (const re of [/\n/g, /[.;:!?,][ \t]/g, /\s/g]) {
      const window = text.slice(start + MAX_CHUNK / 2, limit);
      let last = -1;
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + m[0].length;
      if (last > 0) {
        cut = start + MAX_CHUNK / 2 + last;
        break;
      }
    }
    if (cut <= start) {
      cut = limit;
      // never split a surrogate pair
      const code = text.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--;
    }
    ends.push(cut);
    start = cut;
  }
  ends.push(text.length);
  return ends;
}

function cachedTagging(text: string): RelTagged | undefined {
  const entry = cache.get(text);
  if (!entry) return undefined;
  // refresh recency, under the key it was kept with (`text` is a view into this document)
  cache.delete(text);
  cache.set(entry.text, entry);
  return entry.rel;
}

/**
 * `text` as a string of its own (see ownString): the tagging cache's own copy when it holds
 * that sentence, so that the caches keyed by a sentence's text share one copy of it.
 */
export function keptText(text: string): string {
  return cache.get(text)?.text ?? ownString(text);
}

/** Keeps a piece's tagging; `text` must be ownString's (so must every string in `rel`). */
function remember(text: string, rel: RelTagged): void {
  if (cache.size >= CACHE_LIMIT) {
    // drop the oldest entry (Map keeps insertion order)
    const first = cache.keys().next();
    if (!first.done) cache.delete(first.value);
  }
  cache.set(text, { text, rel });
}

function shift(rel: RelTagged, base: number, terms: Term[], candidates: Candidate[]): void {
  // written out rather than spread: this runs for every term a stage reads after an edit,
  // and a literal of one fixed shape is several times faster to build than a spread copy
  // (so list every field of Term and Candidate here)
  for (const t of rel.terms)
    terms.push({ text: t.text, normal: t.normal, tags: t.tags, start: t.start + base, end: t.end + base, pre: t.pre, post: t.post });
  for (const c of rel.candidates) candidates.push({ type: c.type, start: c.start + base, end: c.end + base, text: c.text });
}

/**
 * A sentence's tagging in document offsets, made from the taggings of its pieces (relative
 * to each piece) when a stage first reads it. After an edit every sentence after the caret
 * moves, but the stages read the terms of only the few sentences whose paragraphs changed
 * (they remember the rest per paragraph): the others are never copied. Once made, the
 * arrays are frozen, as several analyses may share them.
 */
/** Pieces of a runaway sentence whose terms are made between pauses (about 5,000 terms). */
const PIECES_PER_STEP = 25;

export class PlacedTagging implements TaggedSentence {
  private madeTerms: Term[] | undefined;
  private madeCandidates: Candidate[] | undefined;

  /** `pieces[k]` is tagged relative to `offsets[k]`, the piece's start within the sentence. */
  constructor(
    readonly pieces: readonly RelTagged[],
    readonly offsets: readonly number[],
    /** The sentence's start in the document. */
    readonly base: number,
  ) {}

  get terms(): Term[] {
    if (!this.madeTerms) this.make();
    return this.madeTerms as Term[];
  }

  get candidates(): Candidate[] {
    if (!this.madeCandidates) this.make();
    return this.madeCandidates as Candidate[];
  }

  /** The same tagging at another start. */
  movedTo(base: number): PlacedTagging {
    return new PlacedTagging(this.pieces, this.offsets, base);
  }

  /** Whether the sentence is long enough for its terms to be made in steps (see `long`). */
  get runaway(): boolean {
    return this.pieces.length > PIECES_PER_STEP;
  }

  /** Whether the terms are not made yet and the sentence is long enough to make them in steps. */
  get long(): boolean {
    return !this.madeTerms && this.pieces.length > PIECES_PER_STEP;
  }

  /**
   * Makes the terms and candidates now, yielding every PIECES_PER_STEP pieces: a runaway
   * sentence has hundreds of thousands of terms, which the first stage to read them would
   * otherwise make in one piece. The same arrays as the lazy path.
   */
  *makeSteps(): Generator<void, void> {
    if (this.madeTerms) return;
    const terms: Term[] = [];
    const candidates: Candidate[] = [];
    for (let k = 0; k < this.pieces.length; k++) {
      if (k > 0 && k % PIECES_PER_STEP === 0) yield;
      // made by a reader meanwhile (a pause lets anything run)
      if (this.madeTerms) return;
      shift(this.pieces[k], this.base + this.offsets[k], terms, candidates);
    }
    this.madeTerms = Object.freeze(terms) as Term[];
    this.madeCandidates = Object.freeze(candidates) as Candidate[];
  }

  private make(): void {
    const terms: Term[] = [];
    const candidates: Candidate[] = [];
    for (let k = 0; k < this.pieces.length; k++) shift(this.pieces[k], this.base + this.offsets[k], terms, candidates);
    this.madeTerms = Object.freeze(terms) as Term[];
    this.madeCandidates = Object.freeze(candidates) as Candidate[];
  }
}

/**
 * Longest batch of pieces handed to compromise in one call when the analysis is time-sliced
 * (analyzeAsync): about ten milliseconds of tagging, so a slice stays short.
 */
export const MAX_BATCH = 1_000;

/**
 * The batch for an analysis that runs straight through (analyze(), the command line):
 * nothing waits between batches there, and fewer, larger calls tag a cold article about a
 * quarter faster. Batching never changes a tag, so both give the same Analysis.
 */
export const MAX_BATCH_UNSLICED = 16_000;

/**
 * A sentence's text as the tagger reads it: the target of a Markdown link in it
 * ("[Zoopla](https://zoopla.co.uk)", "<https://zoopla.co.uk>") as spaces, with the brackets
 * of the link's text, so that the address makes no words of the sentence and "according to
 * [Zoopla](…)" names Zoopla. Every offset stays the text's. A function of the sentence's
 * text alone, as everything remembered by a sentence's text must be (so in plain text too).
 */
export function taggedText(sentence: string): string {
  if (!sentence.includes('](') && !sentence.includes('<')) return sentence;
  return sentence
    .replace(LINK, (_, text: string, target: string) => ` ${text}  ${' '.repeat(target.length)} `)
    .replace(AUTOLINK, (link: string) => ' '.repeat(link.length));
}

/** A Markdown link: its text in brackets (no brackets inside), then its target in parentheses (one level of parentheses inside). */
const LINK = /\[([^[\]\n]{0,500})\]\(((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?)\)/g;
/** An autolink: "<https://…>", "<mailto:…>". */
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/g;

/** The pieces (chunks) a sentence is tagged in. */
export function piecesOf(text: string): string[] {
  if (text.length <= MAX_CHUNK) return [text];
  const steps = pieceSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** piecesOf step by step: a runaway sentence is cut with pauses inside it. */
export function* pieceSteps(text: string): Generator<void, string[]> {
  if (text.length <= MAX_CHUNK) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (const end of yield* chunkEndSteps(text)) {
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** The cached tagging of a piece, if there is one. */
export function cachedPiece(piece: string): RelTagged | undefined {
  return cachedTagging(piece);
}

/**
 * Tags pieces that are not cached yet, in batches of about MAX_BATCH characters, yielding
 * after each batch so that a time-sliced caller can pause. Returns every piece's tagging
 * (the cache may drop some of them before the caller reads it). A batch that throws is
 * tagged again piece by piece; a piece that still throws is left out and `failed` decides
 * whether the error propagates. `sliced`: the caller is run by runSliced, so the pieces
 * may be tagged by the tagging service, when one is set (see setTaggingService).
 */
export function* tagMissing(
  pieces: Iterable<string>,
  failed: (error: unknown) => void,
  maxBatch = MAX_BATCH,
  sliced = false,
): Generator<void, Map<string, RelTagged>> {
  const remote = sliced ? usableService() : undefined;
  if (remote) return yield* tagElsewhere(remote, pieces, failed, REMOTE_BATCH);
  return yield* tagHere(pieces, failed, maxBatch);
}

/** tagMissing with compromise loaded here. */
function* tagHere(pieces: Iterable<string>, failed: (error: unknown) => void, maxBatch: number, known?: Map<string, RelTagged>): Generator<void, Map<string, RelTagged>> {
  const done = known ?? new Map<string, RelTagged>();
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    try {
      tagPieces(batch).forEach((rel, k) => done.set(batch[k], rel));
    } catch {
      for (const piece of batch) {
        try {
          done.set(piece, tagPieces([piece])[0]);
        } catch (error) {
          failed(error);
        }
      }
    }
    batch = [];
    size = 0;
  };
  for (const piece of pieces) {
    if (done.has(piece)) continue;
    const cached = cachedTagging(piece);
    if (cached) {
      done.set(piece, cached);
      continue;
    }
    // the first piece a session tags: load compromise first, in slices of its own
    if (!size && !batch.length) yield* readyNlpSteps();
    if (size > 0 && size + piece.length > maxBatch) {
      flush();
      yield;
    }
    batch.push(piece);
    size += piece.length;
  }
  if (batch.length) {
    flush();
    yield;
  }
  return done;
}

/**
 * tagMissing through the tagging service: every piece not cached is sent at once, in
 * batches of about `maxBatch` characters (a piece another run already sent is waited for,
 * not sent again), and the run waits for each batch in turn, off the editor's thread. When
 * the service fails, what it has not tagged is tagged here.
 */
function* tagElsewhere(remote: TaggingService, pieces: Iterable<string>, failed: (error: unknown) => void, maxBatch: number): Generator<void, Map<string, RelTagged>> {
  const done = new Map<string, RelTagged>();
  // the worker answers in order: the lexicon the later stages need comes with the first batch
  if (!hasLexicon()) requestLexicon(remote);
  const waits: { piece: string; request: Settled<WireTagged[]>; index: number }[] = [];
  const send = (batch: string[]) => {
    let call: Promise<WireTagged[]>;
    try {
      call = remote.tag(batch);
    } catch (error) {
      call = Promise.reject(error);
    }
    const request = settle(call);
    batch.forEach((piece, index) => inFlight.set(piece, { request, index }));
    // kept as soon as they come, even when the run that asked was dropped meanwhile (an edit
    // while a long document is tagged): the next run finds them in the cache
    void request.done.then(() => {
      const replies = request.value;
      batch.forEach((piece, index) => {
        if (inFlight.get(piece)?.request === request) inFlight.delete(piece);
        const wire = replies?.[index];
        if (wire && wire.error === undefined && !cache.has(piece)) {
          remember(ownString(piece), fromWire(wire));
          remotePieces++;
        }
      });
    });
    return request;
  };
  let batch: string[] = [];
  let size = 0;
  const asked = new Set<string>();
  for (const piece of pieces) {
    if (done.has(piece) || asked.has(piece)) continue;
    const cached = cachedTagging(piece);
    if (cached) {
      done.set(piece, cached);
      continue;
    }
    asked.add(piece);
    const flying = inFlight.get(piece);
    if (flying) {
      waits.push({ piece, ...flying });
      continue;
    }
    if (size > 0 && size + piece.length > maxBatch) {
      const request = send(batch);
      batch.forEach((p, index) => waits.push({ piece: p, request, index }));
      batch = [];
      size = 0;
      // sending a cold 100,000-word document's 70-odd batches is ~25 ms: a pause between them
      yield;
    }
    batch.push(piece);
    size += piece.length;
  }
  if (batch.length) {
    const request = send(batch);
    batch.forEach((p, index) => waits.push({ piece: p, request, index }));
  }
  const left: string[] = [];
  for (const { piece, request, index } of waits) {
    if (request.value === undefined && !request.failed) {
      waitFor(request.done);
      yield;
    }
    const wire = request.value?.[index];
    if (!wire) {
      if (request.failed) serviceFailure(request.error);
      left.push(piece);
      continue;
    }
    if (wire.error !== undefined) {
      failed(new Error(wire.error));
      continue;
    }
    // kept in the cache when it came (see send), unless the cache has dropped it since
    done.set(piece, cachedTagging(piece) ?? fromWire(wire));
  }
  // what the service could not tag (it failed meanwhile): here, as without it
  if (left.length) yield* tagHere(left, failed, maxBatch, done);
  return done;
}

let remotePieces = 0;

/** How many pieces the tagging service has tagged for this thread (tests check the worker was used). */
export function remoteTaggedCount(): number {
  return remotePieces;
}

/**
 * A sentence's tagging in document offsets, from the taggings of its pieces; undefined when
 * one of them is missing (its tagging failed).
 */
export function assemble(pieces: readonly string[], base: number, tagged: ReadonlyMap<string, RelTagged>): PlacedTagging | undefined {
  const rels: RelTagged[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const rel = tagged.get(piece) ?? cachedTagging(piece);
    if (!rel) return undefined;
    rels.push(rel);
    offsets.push(offset);
    offset += piece.length;
  }
  return new PlacedTagging(rels, offsets, base);
}

/** Tags one sentence; `base` is the sentence's start offset in the document. */
export function tagSentence(text: string, base: number): TaggedSentence {
  const pieces = piecesOf(taggedText(text));
  const steps = tagMissing(pieces, (error) => {
    throw error;
  });
  let step = steps.next();
  while (!step.done) step = steps.next();
  return assemble(pieces, base, step.value) ?? { terms: [], candidates: [] };
}

/** How many pieces (sentences or chunks) compromise has tagged so far (tests check that an edit re-tags only what changed). */
export function taggerCallCount(): number {
  return taggerCalls;
}

/** How many times compromise has been called to tag (one call tags a whole batch of pieces). */
export function taggerBatchCount(): number {
  return batchCalls;
}

/** Bumped by clearTaggingCache, so that copies made from the cache are not reused after it. */
let generation = 0;

export function cacheGeneration(): number {
  return generation;
}

/** Forget every cached tagging (tests and benchmarks measure cold runs with it). */
export function clearTaggingCache(): void {
  cache.clear();
  generation++;
}
