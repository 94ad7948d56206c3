// A faster drop-in for compromise's `bulkMatch`, the step of its tagger that picks which of
// its ~570 tagging patterns to try on each sentence and then tries them. compromise picks
// them by walking every one of the ~730 keys of its pattern index for every comma-split
// piece of every sentence ("does this piece have the word or tag this key names?") and
// concatenating the lists it finds, which was a fifth of compromise's time on news prose.
// This files each pattern under one word or tag it cannot match without, visits only the
// patterns filed under what the piece has, checks them as compromise does, and sorts the
// ones it keeps into the order compromise's walk would have put them in: the same patterns
// in the same order, so the same tags.
//
// Most of the patterns a sentence has the words and tags for still do not match it (nine in
// ten on news prose): their words are there, but not side by side. compromise finds that out
// by trying the pattern from every word of the sentence (copying the rest of the sentence at
// each). Before that, this checks the pattern's opening tokens (those that match exactly one
// word each) against each place the pattern could start, and tries the pattern only if one
// place passes: a pattern no place can start matches nothing, so leaving it out changes no
// tag, and about two in three of the tries are left out.
//
// Installed through compromise's plugin API (`nlp.extend({ methods })`), which is how
// compromise lets a plugin replace one of its methods. Everything else is compromise's own.

/** One compiled pattern of compromise's pattern index (the fields this step reads). */
interface Pattern {
  match: string;
  regs?: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** compromise's pattern index: patterns by a word or tag they need or want, plus those with neither. */
interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

/** A compromise term: the fields its sentence cache (cacheDoc) and term matcher read. */
interface Term {
  text?: string;
  normal?: string;
  root?: string;
  switch?: string;
  implicit?: string;
  machine?: string | null;
  alias?: string[];
  tags: Set<string>;
  [field: string]: unknown;
}

/** One token of a compiled pattern (compromise's parseMatch): the fields the opening check reads. */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  fuzzy?: boolean;
  choices?: unknown;
  min?: number;
  max?: number;
  [field: string]: unknown;
}

type Methods = {
  one: {
    cacheDoc: (document: Term[][]) => Set<string>[];
    match: (docs: Term[][], pattern: Pattern) => { ptrs: number[][] };
  };
};

interface Found extends Pattern {
  pointer: number[];
}

/**
 * What this step works from, laid out once per pattern index (an index is never changed once
 * built). Every word or tag the index mentions gets a number, so that checking a sentence
 * for one is an array read. Each pattern is filed under one word or tag it cannot match
 * without (its "anchor"), so a sentence visits only the patterns whose anchor it has; and
 * each pattern keeps the keys it is listed under in compromise's index with its place in
 * each list, from which its place in compromise's order is found.
 */
interface Layout {
  patterns: Pattern[];
  /** Word or tag → its number ('#Noun' for a tag). */
  items: Map<string, number>;
  /** Tag → its item's number ('Noun' → the number of '#Noun'). */
  tags: Map<string, number>;
  /** Per item number: when the sentence being looked at was found to have it. */
  present: Uint32Array;
  /** Per item number: the patterns anchored there, or undefined. */
  anchored: (Int32Array | undefined)[];
  /** Per pattern: the items it needs, must not have (ifNo) and wants, and its minWant and minWords. */
  needs: Int32Array[];
  ifNo: Int32Array[];
  wants: Int32Array[];
  minWant: Int32Array;
  minWords: Int32Array;
  /** Per pattern: pairs (key's item, rank of that listing in compromise's concatenation). */
  listed: Int32Array[];
  /** Per pattern: when it was last visited. */
  seen: Uint32Array;
  /** Stamp of the sentence being looked at, for `present` and `seen`. */
  visit: number;
  /** Scratch, kept so that a sentence allocates nothing but its list: the items it has, and its patterns' ranks. */
  had: Int32Array;
  hadCount: number;
  ranks: Float64Array;
}

const layouts = new WeakMap<Record<string, Pattern[]>, Layout | null>();

/** Below this many keys (a one-off `doc.match('…')`), laying an index out costs more than it saves. */
const SMALL_INDEX = 64;

function layoutOf(hooks: Record<string, Pattern[]>): Layout | null {
  let layout = layouts.get(hooks);
  if (layout !== undefined) return layout;
  const keys = Object.keys(hooks);
  if (keys.length < SMALL_INDEX) return null;
  const items = new Map<string, number>();
  const item = (text: string) => {
    let n = items.get(text);
    if (n === undefined) items.set(text, (n = items.size));
    return n;
  };
  const ids = new Map<Pattern, number>();
  const patterns: Pattern[] = [];
  const pairs: number[][] = [];
  const byMatch = new Set<string>();
  let duplicated = false;
  keys.forEach((key, k) => {
    const keyItem = item(key);
    hooks[key].forEach((pattern, place) => {
      let id = ids.get(pattern);
      if (id === undefined) {
        id = patterns.length;
        ids.set(pattern, id);
        patterns.push(pattern);
        pairs.push([]);
        if (byMatch.has(pattern.match)) duplicated = true;
        byMatch.add(pattern.match);
      }
      // key index, then place in its list (a list holds far fewer than 2^16 patterns)
      pairs[id].push(keyItem, k * 65536 + place);
    });
  });
  // two patterns with the same text: compromise keeps whichever comes first, before it
  // checks either; the anchored walk would not see which, so such an index takes the plain
  // walk (as would one too big for a pattern's number to fit in 16 bits)
  if (duplicated || patterns.length >= 65536) {
    layouts.set(hooks, null);
    return null;
  }
  const anchoredLists: number[][] = [];
  const file = (text: string, id: number) => (anchoredLists[item(text)] ||= []).push(id);
  patterns.forEach((pattern, id) => {
    if (pattern.needs.length > 0) {
      // any need will do; a word is rarer than a tag, and a tag few patterns need rarer than one many need
      const cost = (need: string) => (need.startsWith('#') ? 1e6 : 0) + (hooks[need]?.length ?? 0);
      let best = pattern.needs[0];
      for (const need of pattern.needs) if (cost(need) < cost(best)) best = need;
      file(best, id);
    } else {
      // listed only under its wants: it is tried when one of them is there
      for (const want of new Set(pattern.wants)) file(want, id);
    }
  });
  const numbers = (texts: readonly string[] | undefined) => Int32Array.from(texts ?? [], item);
  layout = {
    patterns,
    needs: patterns.map((p) => numbers(p.needs)),
    ifNo: patterns.map((p) => numbers(p.ifNo)),
    wants: patterns.map((p) => numbers(p.wants)),
    minWant: Int32Array.from(patterns, (p) => p.minWant),
    minWords: Int32Array.from(patterns, (p) => p.minWords),
    listed: pairs.map((p) => Int32Array.from(p)),
    items,
    tags: new Map([...items].filter(([text]) => text.startsWith('#')).map(([text, n]) => [text.slice(1), n])),
    present: new Uint32Array(items.size),
    anchored: Array.from({ length: items.size }, (_, n) => (anchoredLists[n] ? Int32Array.from(anchoredLists[n]) : undefined)),
    seen: new Uint32Array(patterns.length),
    visit: 0,
    had: new Int32Array(items.size),
    hadCount: 0,
    ranks: new Float64Array(patterns.length),
  };
  layouts.set(hooks, layout);
  return layout;
}

/** compromise's trim-down: every need present, no `ifNo` present, enough wants present. */
function applies(pattern: Pattern, haves: Set<string>): boolean {
  const { needs, ifNo, wants } = pattern;
  for (let i = 0; i < needs.length; i++) if (!haves.has(needs[i])) return false;
  if (ifNo !== undefined) for (let i = 0; i < ifNo.length; i++) if (haves.has(ifNo[i])) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (haves.has(wants[i])) found++;
  return found >= pattern.minWant;
}

/**
 * The patterns to try on one sentence, in the order compromise's own bulkMatch tries them:
 * it concatenates the lists of the index's keys the sentence has, in the index's key order,
 * keeps each pattern where it first comes, then drops those that do not apply. So a pattern's
 * place is its first listing under a key the sentence has.
 */
function anchoredWalk(layout: Layout, terms: Term[]): Pattern[] {
  const { patterns, items, tags, present, anchored, needs, ifNo, wants, minWant, minWords, listed, seen } = layout;
  const termCount = terms.length;
  if (++layout.visit === 0xffffffff) {
    seen.fill(0);
    present.fill(0);
    layout.visit = 1;
  }
  const visit = layout.visit;
  // what compromise's cacheDoc puts in a sentence's cache, as item numbers (words and tags
  // the index never mentions are left out: no pattern asks for them)
  layout.hadCount = 0;
  for (const term of terms) {
    if (term.normal !== '') mark(layout, items.get(term.normal as string));
    if (term.switch) mark(layout, items.get(`%${term.switch}%`));
    if (term.implicit) mark(layout, items.get(term.implicit));
    if (term.machine) mark(layout, items.get(term.machine));
    if (term.root) mark(layout, items.get(term.root));
    if (term.alias) for (const alias of term.alias) mark(layout, items.get(alias));
    for (const tag of term.tags) mark(layout, tags.get(tag));
  }
  const { had, hadCount, ranks } = layout;
  let count = 0;
  for (let h = 0; h < hadCount; h++) {
    const ids = anchored[had[h]];
    if (!ids) continue;
    next: for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (seen[id] === visit) continue;
      seen[id] = visit;
      // compromise's trim-down: enough words, every need, no ifNo, enough wants
      if (termCount < minWords[id]) continue;
      const need = needs[id];
      for (let j = 0; j < need.length; j++) if (present[need[j]] !== visit) continue next;
      const no = ifNo[id];
      for (let j = 0; j < no.length; j++) if (present[no[j]] === visit) continue next;
      const want = wants[id];
      if (want.length > 0) {
        let found = 0;
        for (let j = 0; j < want.length; j++) if (present[want[j]] === visit) found++;
        if (found < minWant[id]) continue;
      }
      const pairs = listed[id];
      for (let j = 0; j < pairs.length; j += 2) {
        if (present[pairs[j]] === visit) {
          // rank, then pattern id, in one number (ranks are distinct), sorted as numbers
          ranks[count++] = pairs[j + 1] * 65536 + id;
          break;
        }
      }
    }
  }
  const order = ranks.subarray(0, count).sort();
  const list: Pattern[] = new Array(count);
  for (let i = 0; i < count; i++) list[i] = patterns[order[i] % 65536];
  return list;
}

/** Notes that the sentence has item n (once). */
function mark(layout: Layout, n: number | undefined): void {
  if (n !== undefined && layout.present[n] !== layout.visit) {
    layout.present[n] = layout.visit;
    layout.had[layout.hadCount++] = n;
  }
}

/** compromise's own way, for an index the anchored walk cannot take. */
function plainWalk(net: Net, haves: Set<string>, termCount: number): Pattern[] {
  const seen = new Set<string>();
  const list: Pattern[] = [];
  for (const key of Object.keys(net.hooks)) {
    if (!haves.has(key)) continue;
    for (const pattern of net.hooks[key]) {
      // a pattern listed under several keys is considered once, where it first comes
      if (seen.has(pattern.match)) continue;
      seen.add(pattern.match);
      if (termCount >= pattern.minWords && applies(pattern, haves)) list.push(pattern);
    }
  }
  return list;
}

/** The fields of a token that make compromise's term matcher test something other than a word, a tag or a fast OR. */
const OTHER_TESTS = ['id', 'method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'] as const;

/**
 * A pattern's opening tokens that each match exactly one word, in order: up to the first
 * optional, negative, any-word, multi-choice, ranged or end-anchored token, and including a
 * greedy one ("#Noun+" matches at least its first word) as the last.
 */
const openings = new WeakMap<Pattern, Reg[]>();

function openingOf(pattern: Pattern): Reg[] {
  let opening = openings.get(pattern);
  if (opening) return opening;
  opening = [];
  for (const reg of pattern.regs ?? []) {
    if (reg.optional || reg.negative || reg.anything || reg.choices !== undefined || reg.end || reg.max !== undefined || (reg.min !== undefined && !reg.fuzzy)) break;
    if (OTHER_TESTS.some((field) => reg[field] !== undefined)) break;
    opening.push(reg);
    if (reg.greedy) break;
  }
  openings.set(pattern, opening);
  return opening;
}

/**
 * False only when compromise's term matcher (match/term/doesMatch.js) certainly finds that
 * the token does not match the term at `index` of its sentence; true when it
 * may (a fuzzy word is not worked out here).
 */
function mayMatchTerm(term: Term, reg: Reg, index: number): boolean {
  if (reg.start === true && index !== 0) return false;
  if (reg.word !== undefined) {
    if (reg.use) return reg.word === term[reg.use];
    if (reg.fuzzy === true) return true;
    if (term.machine !== null && term.machine === reg.word) return true;
    if (term.alias) for (const alias of term.alias) if (alias === reg.word) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return false;
    const word = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(word as string) || reg.fastOr.has(term.text as string);
  }
  return true;
}

/**
 * Whether the pattern may match somewhere in the sentence: some place it may start at (only
 * the first, for a pattern anchored there) has terms its opening tokens may match, one each.
 * A term that is part of a contraction may take two tokens ("we've" is "we have"): the check
 * stops there and lets the pattern be tried.
 */
function mayMatch(terms: Term[], pattern: Pattern): boolean {
  const opening = openingOf(pattern);
  if (opening.length === 0) return true;
  const n = terms.length;
  const last = opening[0].start === true ? 1 : n;
  next: for (let i = 0; i < last; i++) {
    for (let k = 0; k < opening.length; k++) {
      const t = i + k;
      if (t >= n || !mayMatchTerm(terms[t], opening[k], t)) continue next;
      if (terms[t].implicit) return true;
    }
    return true;
  }
  return false;
}

/** compromise's bulkMatch(document, net, methods, opts), the same results faster. */
export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const layout = layoutOf(net.hooks);
  const docCache = layout ? undefined : methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const termCount = document[n].length;
    const list = layout ? anchoredWalk(layout, document[n]) : plainWalk(net, (docCache as Set<string>[])[n], termCount);
    for (const pattern of net.always) if (termCount >= pattern.minWords) list.push(pattern);
    for (let i = 0; i < list.length; i++) {
      const pattern = list[i];
      if (!mayMatch(document[n], pattern)) continue;
      const res = methods.one.match([document[n]], pattern);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const todo = Object.assign({}, pattern, { pointer: ptr });
          if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
          results.push(todo);
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
}
