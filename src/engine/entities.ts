// Stage 4: people, places and organisations. Names are found sentence by sentence
// (entities/names.ts), typed once for the whole document so that a name keeps one type
// wherever it appears, then merged into entities: "Kim", "Mr. Kim" and "Kim Jong Un" are one
// person named by the fullest form; "Clinton" goes to the Clinton mentioned last in its
// paragraph, or else to the first Clinton the article named; "KCNA"
// joins "Korean Central News Agency". Every step is a pass over the names with maps, so the
// stage stays linear in the length of the article.

import type { Context } from './context';
import { appositive, descriptorBefore } from './entities/descriptors';
import { CORPORATE_ENDINGS, INDUSTRY_ENDINGS, NAME_CONNECTORS, PLACES, TEAM_ENDINGS } from './entities/lexicon';
import {
  FIRM,
  ORG,
  PERSON,
  PLACE,
  SHAPE,
  TEAM,
  TYPES,
  WHERE,
  chunkSentence,
  caseWords,
  datelineOf,
  isHeadline,
  looksCommon,
  matchHeadline,
  type NameSpan,
  Pace,
  type Scores,
} from './entities/names';
import { caseStatsSteps, namesHold } from './entities/caseCounts';
import { moved, recall, recording, remember, type AcronymFacts, type SentenceMemo } from './entities/memo';
import { LocalCache } from './localCache';
import { SentenceCache } from './sentenceCache';
import type { Entity, EntityType, Excluded } from './model';
import type { Term } from './tagging';
import { lexiconKind } from './nlp';
import { runToEnd } from './slicing';

const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'y']);

/**
 * About how many terms the stage walks between two pause points: a few milliseconds of
 * work, so analyzeAsync can keep every synchronous slice short on any document.
 */
const TERMS_PER_STEP = 2_000;

/** Finds the entities in one go (tests, and callers that do not slice). */
export function findEntities(ctx: Context): Entity[] {
  return runToEnd(entitySteps(ctx));
}

/**
 * The entity stage as a pipeline step: yields every few thousand terms, inside long
 * sentences too, and returns exactly what findEntities returns.
 */
export function* entitySteps(ctx: Context): Generator<void, Entity[]> {
  const { text, tagged } = ctx;
  const { sentences } = ctx.analysis;
  const pace = new Pace(TERMS_PER_STEP);
  // read only where needed: a sentence's terms are made on first reading (incremental.ts)
  const terms = (i: number): readonly Term[] => tagged[i].terms;

  // what each sentence says on its own, remembered by its text, and the memos of a whole
  // paragraph by its LocalParagraph (one look-up for an unchanged paragraph)
  const memos: SentenceMemo[] = new Array(tagged.length);
  // the memos again, a paragraph at a time: what the case statistics are counted by
  const counted: (readonly SentenceMemo[])[] = [];
  const { paragraphs } = ctx.analysis;
  for (let p = 0; p < paragraphs.length; p++) {
    const indexes = paragraphs[p].sentences;
    const known = paragraphMemos.get(ctx, p);
    if (known && known.length === indexes.length) {
      for (let k = 0; k < indexes.length; k++) memos[indexes[k]] = known[k];
      counted.push(known);
      if (pace.walked(indexes.length)) yield;
      continue;
    }
    let complete = true;
    for (const i of indexes) {
      memos[i] = yield* sentenceMemo(ctx, i, pace);
      if (!terms(i).length) complete = false;
    }
    // a sentence without terms (its tagging failed) is worked out again next time
    const own = Object.freeze(indexes.map((i) => memos[i]));
    if (complete) paragraphMemos.set(ctx, p, own);
    counted.push(own);
  }
  // every sentence is in a paragraph; this only guards a hand-built analysis
  for (let i = 0; i < tagged.length; i++) {
    if (memos[i]) continue;
    memos[i] = yield* sentenceMemo(ctx, i, pace);
    counted.push([memos[i]]);
  }
  const caseState = yield* caseStatsSteps(counted, pace);
  const { stats } = caseState;
  const outside = excludedFilter(ctx.analysis.excluded);

  // Each sentence's names with offsets relative to the sentence's start, as its memo keeps
  // them: after an edit the names of every sentence after the caret move, and placing them
  // in the document again would copy half the article's names on every keystroke. Offsets
  // are made absolute only where the document needs them (a mention, a region left out).
  //
  // Each sentence's names are then walked at once: their scores, which keys stand alone, the
  // first name of each key of several words, and the acronyms introduced in brackets.
  const names: (readonly NameSpan[])[] = new Array(tagged.length);
  const headlines: number[] = [];
  const totals = new Map<string, Scores>();
  const standalone = new Set<string>();
  const firstMulti = new Map<string, FirstName>();
  const alias = new Map<string, string>();
  const spelled: NameSpan[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const memo = memos[i];
    if (memo.headline) {
      names[i] = NONE;
      headlines.push(i);
      continue;
    }
    const base = sentences[i].start;
    let remembered = memo.names;
    if (remembered && namesHold(remembered, caseState)) {
      // a few look-ups, however long the sentence (its names are walked below)
      if (pace.walked(1)) yield;
    } else {
      const { lookup, questions } = recording(stats);
      const placed = yield* chunkSentence(tagged[i].terms, tagged[i].candidates, i, text, lookup, pace);
      const spans = yield* movedSteps(placed, -base, pace);
      remembered = { spans, questions, asked: yield* askedWords(questions, pace), checkedAt: caseState.version };
      if (terms(i).length) memo.names = remembered;
    }
    const found = remembered.spans;
    const sentence = outside ? outside(found, base) : found;
    names[i] = sentence;
    if (!sentence.length) continue;
    for (let k = 0; k < sentence.length; k++) {
      if (pace.walked(1)) yield;
      const name = sentence[k];
      addScores(totals, name.key, name.scores);
      if (!name.modifier) standalone.add(name.key);
      if (name.words.length > 1 && !firstMulti.has(name.key)) firstMulti.set(name.key, { name, start: base + name.start });
    }
    // what a sentence's names say about acronyms is remembered with them
    let facts = sentence === found ? remembered.acronyms : undefined;
    if (!facts) {
      facts = yield* acronymFactsOf(sentence, i, terms, pace);
      if (sentence === found) remembered.acronyms = facts;
    }
    if (facts === NO_ACRONYMS) continue;
    for (const k of facts.introduce) alias.set(sentence[k + 1].key, sentence[k].key);
    for (const k of facts.spelled) spelled.push(sentence[k]);
  }
  yield;
  yield* linkAcronyms(spelled, totals, alias, pace);
  yield;
  linkCorporateShortForms(totals, alias);
  flattenAliases(alias);
  const personWords = propagatePersonWords(totals, stats.lower);
  yield;

  // headlines last: they can only recognise names the body of the article typed
  if (headlines.length) {
    const known = new Map(totals);
    for (const w of personWords) if (!known.has(w) && !looksCommon(w)) known.set(w, [3, 0, 0, 0, 0, 0, 0]);
    for (const i of headlines) {
      const base = sentences[i].start;
      const matched = yield* movedSteps(yield* matchHeadline(terms(i), i, text, known, pace), -base, pace);
      names[i] = outside ? outside(matched, base) : matched;
    }
    // only headline lines have headline names
    for (const i of headlines) {
      const base = sentences[i].start;
      for (const name of names[i]) {
        if (pace.walked(1)) yield;
        if (!name.headline) continue;
        addScores(totals, name.key, name.scores);
      }
      for (const name of names[i]) {
        if (!name.modifier) standalone.add(name.key);
        if (name.words.length < 2) continue;
        // the first of its key in the article: a headline may come before the body's
        const first = firstMulti.get(name.key);
        if (!first || base + name.start < first.start) firstMulti.set(name.key, { name, start: base + name.start });
      }
    }
  }
  for (const w of personWords) addScores(totals, w, [5, 0, 0, 0, 0, 0, 0]);

  // names only ever written as modifiers ("Trojan horse") get no type from their shape alone
  // (standalone); asked for every name, several times: decided once per key
  const types = new Map<string, EntityType | null>();
  const typeOf = (key: string): EntityType | null => {
    let type = types.get(key);
    if (type === undefined) {
      type = decideType(totals.get(key), key, stats.lower, standalone.has(key));
      types.set(key, type);
    }
    return type;
  };
  yield;
  // a place's name the article reads as its club ("Marlow beat Kingsbridge")
  const club = (key: string): boolean => {
    const scores = totals.get(key);
    return !!scores && isClub(scores, leading(scores));
  };
  return yield* buildEntities(names, sentences, terms, text, typeOf, club, alias, firstMulti, pace);
}

/** No names (a headline's before it is matched). */
const NONE: readonly NameSpan[] = Object.freeze([]);

const paragraphMemos = new LocalCache<readonly SentenceMemo[]>();

/** What sentence i says on its own: remembered by its text, or read from its terms. */
function* sentenceMemo(ctx: Context, i: number, pace: Pace): Generator<void, SentenceMemo> {
  const { start, end } = ctx.analysis.sentences[i];
  const terms = ctx.tagged[i].terms;
  const key = ctx.text.slice(start, end);
  let memo = terms.length ? recall(key) : undefined;
  if (memo) {
    if (pace.walked(Math.ceil(terms.length / 16))) yield;
  } else {
    const headline = yield* isHeadline(terms, pace);
    memo = { headline, ...(yield* caseWords(terms, pace)) };
    if (terms.length) remember(key, memo);
  }
  return memo;
}

/**
 * A sentence's names moved by `by` as a memo keeps them (no sentence), pausing as `pace`
 * says: a runaway sentence may have a hundred thousand names.
 */
function* movedSteps(spans: readonly NameSpan[], by: number, pace: Pace): Generator<void, NameSpan[]> {
  const out: NameSpan[] = new Array(spans.length);
  for (let k = 0; k < spans.length; k++) {
    // a name costs about as much as a few terms elsewhere
    if (pace.walked(4)) yield;
    out[k] = moved(spans[k], by, -1);
  }
  return out;
}

/** The words a sentence's names asked about, pausing as `pace` says. */
function* askedWords(questions: readonly { word: string }[], pace: Pace): Generator<void, Set<string>> {
  const asked = new Set<string>();
  for (let k = 0; k < questions.length; k++) {
    if (pace.walked(1)) yield;
    asked.add(questions[k].word);
  }
  return asked;
}

/** A name with several words, the first of its key, and where it starts in the document. */
interface FirstName {
  name: NameSpan;
  start: number;
}

function addScores(totals: Map<string, Scores>, key: string, scores: Scores): void {
  const total = totals.get(key);
  if (total) for (let k = 0; k < total.length; k++) total[k] += scores[k];
  else totals.set(key, [scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6]]);
}

/**
 * Keeps only names that lie wholly outside code, front matter and other non-prose regions:
 * a sentence's names (offsets relative to its start `base`) as they are when no region
 * reaches into them, else those of them outside every region.
 */
function excludedFilter(excluded: readonly Excluded[]): ((names: readonly NameSpan[], base: number) => readonly NameSpan[]) | null {
  // null when there is nothing to leave out
  if (!excluded.length) return null;
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  // the furthest end of the regions up to each one: whether any region reaches a stretch
  const reach: number[] = new Array(sorted.length);
  for (let k = 0, far = -Infinity; k < sorted.length; k++) reach[k] = far = Math.max(far, sorted[k].end);
  /** The last region starting before `end`, or -1. */
  const lastBefore = (end: number): number => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const keeps = (start: number, end: number): boolean => {
    const found = lastBefore(end);
    for (let k = found; k >= 0 && k > found - 8; k--) if (sorted[k].end > start) return false;
    return true;
  };
  return (names, base) => {
    if (!names.length) return names;
    let from = Infinity;
    let to = -Infinity;
    for (let k = 0; k < names.length; k++) {
      if (names[k].start < from) from = names[k].start;
      if (names[k].end > to) to = names[k].end;
    }
    // a name is left out only for a region that overlaps it, so one that overlaps none of them
    const last = lastBefore(base + to);
    if (last < 0 || reach[last] <= base + from) return names;
    return names.filter((name) => keeps(base + name.start, base + name.end));
  };
}

/**
 * The type the evidence points to (an index into TYPES). What the article says a name does
 * outweighs what the name looks like: "analysts at Morgan Stanley" and "Morgan Stanley
 * shares" make a firm of a name compromise reads as a person's, however often it is
 * written, unless the article also says something only a person is (a title, a role).
 */
function argmax(scores: Scores): number {
  const best = leading(scores);
  if (best === PERSON && scores[FIRM] >= 3 && scores[PERSON] - scores[SHAPE] < scores[FIRM]) return ORG;
  if (isClub(scores, best)) return ORG;
  return best;
}

/** The type with the most evidence, before what the name does is weighed. */
function leading(scores: Scores): number {
  let best = 0;
  for (let k = 1; k < 3; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

/**
 * A place's name (or one shaped like a person's) that the article shows playing as a team
 * at least as often as it says something happens in it ("Marlow beat Kingsbridge", "in
 * Marlow") is its club.
 */
function isClub(scores: Scores, best: number): boolean {
  if (scores[TEAM] === 0 || scores[TEAM] < scores[WHERE]) return false;
  return best === PLACE || (best === PERSON && scores[PERSON] - scores[SHAPE] < 2 * scores[TEAM]);
}

/**
 * The type the document's evidence points to. A capitalised name with no evidence at all is
 * read, as a reader would, by its shape: two to four unknown words make a person's name
 * ("Petra Langrova"), one unknown word a company or body ("Pirelli"); capitalised ordinary
 * words ("World Cup", "Scorers") are no name.
 */
function decideType(
  scores: Scores | undefined,
  key: string,
  lower: ReadonlySet<string>,
  standalone: boolean,
): EntityType | null {
  if (!scores) return null;
  const best = argmax(scores);
  if (scores[best] > 0 || scores[TEAM] > 0) return TYPES[best];
  const words = key.split(' ');
  // in a run of several capitalised words, a word the dictionary does not know is a name
  // even when it ends like a derived word ("Erling Haaland", "Channing Tatum")
  const common = (w: string) => looksCommon(w) && (words.length === 1 || lexiconKind(w) !== undefined || !/ing$/.test(w));
  const unknown = words.filter((w) => !lower.has(w) && !lower.has(`${w}s`) && !common(w) && /\p{L}/u.test(w)).length;
  if (unknown < words.length) return null;
  // one unknown word: where things happen ("in Tavildara") is a place, else a company or body
  if (words.length === 1) return standalone ? (scores[WHERE] ? 'place' : 'organization') : null;
  return words.length <= 4 ? 'person' : null;
}

function initials(key: string): string {
  return key
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w))
    .map((w) => w[0])
    .join('');
}

/** initials() of the keys of the articles read lately (emptied with the tagging cache). */
const initialsOf = new SentenceCache<string>();

const NO_ACRONYMS: AcronymFacts = Object.freeze({ introduce: Object.freeze([]), spelled: Object.freeze([]) });

/**
 * What a sentence's names say about acronyms (it reads only the sentence, so it is
 * remembered with the names: after an edit the other sentences' names are not walked for
 * it again, nor their terms made).
 */
function* acronymFactsOf(
  sentence: readonly NameSpan[],
  s: number,
  terms: (sentence: number) => readonly { pre: string; post: string }[],
  pace: Pace,
): Generator<void, AcronymFacts> {
  if (!sentence.length) return NO_ACRONYMS;
  const introduce: number[] = [];
  const spelled: number[] = [];
  for (let k = 0; k < sentence.length; k++) {
    if (pace.walked(1)) yield;
    const name = sentence[k];
    if (name.words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(name.text)) spelled.push(k);
    if (k + 1 >= sentence.length) continue;
    const full = name;
    const short = sentence[k + 1];
    if (short.first !== full.last + 1 || short.words.length !== 1 || full.words.length < 2) continue;
    const sentenceTerms = terms(s);
    if (!/^\s*\(\s*$/.test(sentenceTerms[full.last].post + sentenceTerms[short.first].pre)) continue;
    if (!sentenceTerms[short.last].post.trimStart().startsWith(')')) continue;
    if (!/^[\p{Lu}.&]+$/u.test(short.text)) continue;
    // "NEW YORK (AP)" is a dateline and its agency: an acronym starts with its name's initial
    if (short.key[0] !== full.key[0]) continue;
    introduce.push(k);
  }
  return introduce.length || spelled.length ? { introduce, spelled } : NO_ACRONYMS;
}

/**
 * "the Korean Central News Agency (KCNA)" introduces an acronym (acronymFactsOf; the walk
 * over the body's names sets those aliases); later "KCNA" is the same organisation. An
 * acronym never introduced (`spelled`: the names written like one, in the order of the
 * article) still joins a name whose initials it spells, when exactly one name in the
 * article does. Then an acronym and its full form share their evidence.
 */
function* linkAcronyms(spelled: readonly NameSpan[], totals: Map<string, Scores>, alias: Map<string, string>, pace: Pace): Generator<void, void> {
  const byInitials = new Map<string, string | null>();
  for (const key of totals.keys()) {
    if (!key.includes(' ')) continue;
    const letters = initialsOf.getOrCompute(key, () => initials(key));
    if (letters.length < 2) continue;
    byInitials.set(letters, byInitials.has(letters) ? null : key);
  }
  for (let n = 0; n < spelled.length; n++) {
    if (pace.walked(1)) yield;
    const name = spelled[n];
    if (alias.has(name.key)) continue;
    const full = byInitials.get(name.key);
    if (full) alias.set(name.key, full);
  }
  // an acronym and its full form share their evidence, so they get one type
  for (const [short, full] of alias) {
    const a = totals.get(short);
    const b = totals.get(full);
    if (!a || !b) continue;
    const sum = a.map((x, k) => x + b[k]) as Scores;
    totals.set(short, sum);
    totals.set(full, [...sum] as Scores);
  }
}

/**
 * "Acme" after "Acme Corp." is the company, "Lunova" after "Lunova Semiconductor", "Marlow"
 * after "Marlow Athletic", and both "Vantor Motors" and "Vantor" after "Vantor Motors Inc.".
 */
function linkCorporateShortForms(totals: Map<string, Scores>, alias: Map<string, string>): void {
  for (const [key, scores] of [...totals]) {
    if (argmax(scores) !== ORG) continue;
    let words = key.split(' ');
    while (words.length > 1) {
      const ending = words[words.length - 1];
      const short = words.slice(0, -1).join(' ');
      const trade = INDUSTRY_ENDINGS.has(ending) || TEAM_ENDINGS.has(ending);
      if (!CORPORATE_ENDINGS.has(ending) && !(trade && !PLACES.has(short))) break;
      words = words.slice(0, -1);
      linkShortForm(totals, alias, short, key);
    }
  }
}

/** "Vantor" → "Vantor Motors" → "Vantor Motors Inc.": every alias points at the last of its chain. */
function flattenAliases(alias: Map<string, string>): void {
  for (const [short, full] of alias) {
    let target = full;
    for (let hops = 0; hops < 8 && alias.has(target) && alias.get(target) !== short; hops++) target = alias.get(target) as string;
    if (target !== full && target !== short) alias.set(short, target);
  }
}

function linkShortForm(totals: Map<string, Scores>, alias: Map<string, string>, short: string, key: string): void {
  const shortScores = totals.get(short);
  if (!shortScores || alias.has(short)) return;
  shortScores[ORG] += 3;
  alias.set(short, key);
}

/**
 * Words of multi-word person names: "Simmons" alone is still the person "Phil Simmons",
 * whether the tagger knew the name or only its shape says so ("a Bukayo Saka penalty").
 */
function propagatePersonWords(totals: Map<string, Scores>, lower: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const [key, scores] of totals) {
    if (!key.includes(' ')) continue;
    const person = scores[PERSON] > 0 ? argmax(scores) === PERSON : decideType(scores, key, lower, true) === 'person';
    if (!person) continue;
    for (const w of key.split(' ')) if (w.length > 1 && !NAME_CONNECTORS.has(w)) words.add(w);
  }
  return words;
}

/** A key's type, the key its entity is filed under, and (not a person's) that entity once made. */
interface Resolved {
  type: EntityType | null;
  key: string;
  b: Building | undefined;
}

interface Building {
  entity: Entity;
  best: NameSpan;
  seen: Set<string>;
  words: string[];
}

function better(a: NameSpan, b: NameSpan): boolean {
  if (a.headline !== b.headline) return !a.headline;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  return a.text.length > b.text.length;
}

/** "NEW YORK" as "New York", "ST. LOUIS" as "St. Louis". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase());
}

/** Is `short` (words) found in order inside `long`? */
function isSubsequence(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/** A sentence's name (offsets relative to the sentence) placed in the document as sentence `s` starting at `base`. */
function placedName(name: NameSpan, base: number, s: number): NameSpan {
  return moved(name, base, s);
}

/** descriptorBefore, remembered with the name (it reads only the name's sentence), added to `b`. */
function describeBefore(b: Building, terms: (s: number) => readonly Term[], s: number, base: number, name: NameSpan, text: string): void {
  const { notes } = name;
  if (notes.before === undefined) notes.before = descriptorBefore(terms(s), placedName(name, base, s), text);
  if (!notes.before) return;
  if (notes.beforeLower === undefined) notes.beforeLower = notes.before.toLowerCase();
  describe(b, notes.before, notes.beforeLower);
}

/** appositive, remembered with the name, added to `b`: a person's differs only in wanting a role noun. */
function describeAppositive(
  b: Building,
  terms: (s: number) => readonly Term[],
  s: number,
  base: number,
  name: NameSpan,
  text: string,
  type: EntityType,
): void {
  const { notes } = name;
  if (type === 'person') {
    if (notes.personAppositive === undefined) notes.personAppositive = appositive(terms(s), placedName(name, base, s), text, type);
    if (!notes.personAppositive) return;
    if (notes.personAppositiveLower === undefined) notes.personAppositiveLower = notes.personAppositive.toLowerCase();
    describe(b, notes.personAppositive, notes.personAppositiveLower);
    return;
  }
  if (notes.appositive === undefined) notes.appositive = appositive(terms(s), placedName(name, base, s), text, type);
  if (!notes.appositive) return;
  if (notes.appositiveLower === undefined) notes.appositiveLower = notes.appositive.toLowerCase();
  describe(b, notes.appositive, notes.appositiveLower);
}

/** Adds a descriptor (`lower`: in lower case) to the entity being built, once however often it is written. */
function describe(b: Building, descriptor: string, lower: string): void {
  if (b.seen.has(lower)) return;
  b.seen.add(lower);
  b.entity.descriptors.push(descriptor);
}

function* buildEntities(
  names: readonly (readonly NameSpan[])[],
  sentences: readonly { start: number; paragraph: number }[],
  terms: (sentence: number) => readonly Term[],
  text: string,
  typeOf: (key: string) => EntityType | null,
  club: (key: string) => boolean,
  alias: ReadonlyMap<string, string>,
  firstMulti: ReadonlyMap<string, FirstName>,
  pace: Pace,
): Generator<void, Entity[]> {
  const building: Building[] = [];
  // one map per type: a name's key is looked up without building a "type:key" string
  const byKey: Record<EntityType, Map<string, Building>> = { person: new Map(), place: new Map(), organization: new Map() };
  const people = byKey.person;
  const create = (type: EntityType, name: NameSpan): Building => {
    const b: Building = {
      entity: { name: name.text, type, descriptors: [], mentions: [], quotes: [], figures: [], claims: [] },
      best: name,
      seen: new Set(),
      words: name.words,
    };
    building.push(b);
    return b;
  };

  // People with several words in their name first, longest first, so that "Kim Jong" and
  // "Kim Jong Un" are one person and single words can find the full names they belong to.
  // (the first name of each such key typed a person, in the order of the article)
  const multi: FirstName[] = [];
  for (const first of firstMulti.values()) if (typeOf(first.name.key) === 'person') multi.push(first);
  yield;
  const byLastWord = new Map<string, Building[]>();
  const firstByWord = new Map<string, Building>();
  const ordered = [...multi].sort((a, b) => b.name.words.length - a.name.words.length || a.start - b.start);
  for (const { name } of ordered) {
    const last = name.words[name.words.length - 1];
    const host = (byLastWord.get(last) ?? []).find((b) => isSubsequence(name.words, b.words));
    const b = host ?? create('person', name);
    people.set(name.key, b);
    if (!host) {
      const list = byLastWord.get(last);
      if (list) list.push(b);
      else byLastWord.set(last, [b]);
    }
  }
  for (const { name } of multi.sort((a, b) => a.start - b.start)) {
    const b = people.get(name.key);
    if (b) for (const w of name.words) if (!firstByWord.has(w)) firstByWord.set(w, b);
  }

  yield;
  // a surname alone is the person of that name last mentioned in the same paragraph; in a
  // new paragraph it is the first one the article named (its subject: AP style gives the
  // others their first names on second reference)
  const lastByWord = new Map<string, Building>();
  const lastParagraph = new Map<string, number>();
  // each key's type, and for a place or an organisation the entity it goes to, found once
  const resolved = new Map<string, Resolved>();
  // the places of datelines: written in capitals there, named in ordinary case ("Springfield")
  const datelined = new Set<Building>();
  let previous: Building | undefined;
  const inDateline = (town: NameSpan, name: NameSpan, s: number): Building | undefined => {
    const b = previous;
    if (!b || b.entity.type !== 'place' || name.first !== town.last + 1 || !name.scores[WHERE]) return undefined;
    const d = datelineOf(terms(s));
    if (!d || d.place !== town.last || name.last > d.end || name.last >= d.agency) return undefined;
    datelined.add(b);
    return b;
  };
  for (let s = 0; s < names.length; s++) {
    const sentence = names[s];
    const { start: base, paragraph } = sentences[s];
    for (let n = 0; n < sentence.length; n++) {
      const name = sentence[n];
      // a name costs about as much as a few terms elsewhere (its descriptors, its maps)
      if (pace.walked(8)) yield;
      let r = resolved.get(name.key);
      if (!r) {
        const type = typeOf(alias.get(name.key) ?? name.key) ?? typeOf(name.key);
        const target = type && type !== 'person' ? alias.get(name.key) : undefined;
        r = { type, key: target && typeOf(target) === type ? target : name.key, b: undefined };
        resolved.set(name.key, r);
      }
      if (!r.type) {
        previous = undefined;
        continue;
      }
      // one mention against its name's type: the town in "a storm in Marlow" when the article
      // reads Marlow as its club, the club in "Marlow beat Kingsbridge" when it reads the town
      const type: EntityType =
        r.type === 'place' && name.scores[TEAM] > 0
          ? 'organization'
          : r.type === 'organization' && name.scores[WHERE] > 0 && club(r.key)
            ? 'place'
            : r.type;
      let b: Building | undefined;
      // "SPRINGFIELD, Ill. (AP) —": the state or country after a dateline's place says where
      // the place is; one place, described by it, not two
      const town = n > 0 && type === 'place' ? inDateline(sentence[n - 1], name, s) : undefined;
      if (town) {
        b = town;
        describe(b, name.text, name.key);
      } else if (type === 'person') {
        if (name.words.length > 1) b = people.get(name.key);
        else {
          const w = name.words[0];
          const last = lastByWord.get(w);
          b = (last && lastParagraph.get(w) === paragraph ? last : undefined) ?? firstByWord.get(w) ?? last ?? people.get(name.key);
        }
        if (!b) {
          b = create('person', name);
          people.set(name.key, b);
        }
        for (const w of name.words) {
          lastByWord.set(w, b);
          lastParagraph.set(w, paragraph);
        }
      } else {
        b = (type === r.type ? r.b : undefined) ?? byKey[type].get(r.key);
        if (!b) {
          b = create(type, name);
          byKey[type].set(r.key, b);
        }
        if (type === r.type) r.b = b;
      }
      if (!town && better(name, b.best)) b.best = name;
      previous = b;
      b.entity.mentions.push({ start: base + name.start, end: base + name.end, text: name.text, entity: -1 });
      if (!name.headline) {
        describeBefore(b, terms, s, base, name, text);
        describeAppositive(b, terms, s, base, name, text, type);
      }
    }
  }

  const entities = building
    .filter((b) => b.entity.mentions.length > 0)
    .sort((a, b) => a.entity.mentions[0].start - b.entity.mentions[0].start)
    .map((b) => {
      b.entity.name = datelined.has(b) && !/\p{Ll}/u.test(b.best.text) ? titleCase(b.best.text) : b.best.text;
      return b.entity;
    });
  // a runaway sentence names a hundred thousand times: numbered with pauses
  for (let index = 0; index < entities.length; index++) {
    const { mentions } = entities[index];
    for (let k = 0; k < mentions.length; k++) {
      if (pace.walked(1)) yield;
      mentions[k].entity = index;
    }
  }
  return entities;
}
