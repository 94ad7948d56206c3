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
        tags: new Set(t.tags ?? []),
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
  collect('person', doc.people());
  collect('place', doc.places());
  collect('organization', doc.organizations());
  return { terms, candidates };
}

/** Tags one sentence; `base` is the sentence's start offset in the document. */
export function tagSentence(text: string, base: number): TaggedSentence {
  let rel = cache.get(text);
  if (!rel) {
    rel = tagText(text);
    if (cache.size >= CACHE_LIMIT) {
      // drop the oldest entry (Map keeps insertion order)
      const first = cache.keys().next();
      if (!first.done) cache.delete(first.value);
    }
    cache.set(text, rel);
  } else {
    // refresh recency
    cache.delete(text);
    cache.set(text, rel);
  }
  if (base === 0) return rel;
  return {
    terms: rel.terms.map((t) => ({ ...t, start: t.start + base, end: t.end + base })),
    candidates: rel.candidates.map((c) => ({ ...c, start: c.start + base, end: c.end + base })),
  };
}

/** Forget every cached tagging (tests and benchmarks measure cold runs with it). */
export function clearTaggingCache(): void {
  cache.clear();
}
