// Stage 2: part-of-speech tagging of each sentence with compromise. This is the expensive
// step (compromise tags ~130 KB/s), so results are cached by sentence text: after an edit
// only the sentences whose text changed are tagged again. Everything after this stage
// reads the cached terms and never calls compromise.

import { loadNlp } from './nlp';

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

interface RelTagged {
  terms: RelTerm[];
  candidates: Candidate[];
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, RelTagged>();
let taggerCalls = 0;

interface JsonTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface JsonPhrase {
  text: string;
  offset?: { start: number; length: number };
  terms?: JsonTerm[];
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

function tagText(text: string): RelTagged {
  const nlp = loadNlp();
  const doc = nlp(text);
  const terms: RelTerm[] = [];
  const json = doc.json({ offset: true, terms: { offset: true } }) as JsonPhrase[];
  for (const phrase of json) {
    for (const t of phrase.terms ?? []) {
      if (!t.offset) continue;
      const start = t.offset.start;
      // compromise's offset covers the word without its pre/post punctuation
      const end = start + t.offset.length;
      terms.push({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        tags: sharedTags(t.tags ?? []),
        start,
        end,
        pre: t.pre ?? '',
        post: t.post ?? '',
      });
    }
  }
  const candidates: Candidate[] = [];
  const collect = (type: CandidateType, view: { json: (o: object) => unknown }) => {
    for (const p of view.json({ offset: true }) as JsonPhrase[]) {
      if (!p.offset) continue;
      let start = p.offset.start;
      let end = start + p.offset.length;
      // trim trailing punctuation compromise includes ("Kim Jong Un,")
      while (end > start && /[\s,;:.!?"“”'’)\]]/.test(text[end - 1]) && !/\b[A-Z]\.$/.test(text.slice(start, end)))
        end--;
      while (start < end && /[\s"“'‘([]/.test(text[start])) start++;
      if (end > start) candidates.push({ type, start, end, text: text.slice(start, end) });
    }
  };
  // compromise's people(), places() and organizations() only match terms with these tags,
  // and each call costs more than tagging the sentence: skip the calls that cannot match
  const has = (tag: string) => terms.some((t) => t.tags.has(tag));
  if (has('Person')) collect('person', doc.people());
  if (has('Place') || has('Address')) collect('place', doc.places());
  if (has('Organization')) collect('organization', doc.organizations());
  return { terms, candidates };
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
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > MAX_CHUNK) {
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
  const rel = cache.get(text);
  if (rel) {
    // refresh recency
    cache.delete(text);
    cache.set(text, rel);
  }
  return rel;
}

function remember(text: string, rel: RelTagged): void {
  if (cache.size >= CACHE_LIMIT) {
    // drop the oldest entry (Map keeps insertion order)
    const first = cache.keys().next();
    if (!first.done) cache.delete(first.value);
  }
  cache.set(text, rel);
}

function shift(rel: RelTagged, base: number, into: TaggedSentence): void {
  // written out rather than spread: this runs for every term after each edit, and a
  // literal of one fixed shape is several times faster to build than a spread copy (so
  // list every field of Term and Candidate here)
  for (const t of rel.terms)
    into.terms.push({ text: t.text, normal: t.normal, tags: t.tags, start: t.start + base, end: t.end + base, pre: t.pre, post: t.post });
  for (const c of rel.candidates) into.candidates.push({ type: c.type, start: c.start + base, end: c.end + base, text: c.text });
}

/**
 * Tags one sentence step by step: yields after each chunk that compromise had to tag, so a
 * time-sliced caller (analyzeAsync) can pause between chunks. Returns the tagged sentence.
 */
export function* tagSentenceSteps(text: string, base: number): Generator<void, TaggedSentence> {
  const ends = text.length > MAX_CHUNK ? chunkEnds(text) : [text.length];
  const tagged: TaggedSentence = { terms: [], candidates: [] };
  let start = 0;
  for (const end of ends) {
    const chunk = end === text.length && start === 0 ? text : text.slice(start, end);
    let rel = cachedTagging(chunk);
    if (!rel) {
      rel = tagText(chunk);
      taggerCalls++;
      remember(chunk, rel);
      shift(rel, base + start, tagged);
      yield;
    } else {
      shift(rel, base + start, tagged);
    }
    start = end;
  }
  return tagged;
}

/** Tags one sentence; `base` is the sentence's start offset in the document. */
export function tagSentence(text: string, base: number): TaggedSentence {
  const steps = tagSentenceSteps(text, base);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many chunks compromise has tagged so far (tests check that an edit re-tags only what changed). */
export function taggerCallCount(): number {
  return taggerCalls;
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
