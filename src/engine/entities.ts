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
  SHAPE,
  TYPES,
  chunkSentence,
  caseWords,
  isHeadline,
  looksCommon,
  matchHeadline,
  type NameSpan,
  Pace,
  type Scores,
} from './entities/names';
import { caseStatsOf, namesHold } from './entities/caseCounts';
import { moved, recall, recording, remember, type SentenceMemo } from './entities/memo';
import { LocalCache } from './localCache';
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
  const headline = memos.map((m) => m.headline);
  const caseState = caseStatsOf(counted);
  const { stats } = caseState;
  const outside = excludedFilter(ctx.analysis.excluded);

  const names: NameSpan[][] = new Array(tagged.length);
  for (let i = 0; i < tagged.length; i++) {
    if (headline[i]) {
      names[i] = [];
      continue;
    }
    const memo = memos[i];
    const base = sentences[i].start;
    let found: NameSpan[];
    if (memo.names && namesHold(memo.names, caseState)) {
      // names placed at the same start for the same sentence are the same: reused as they are.
      // A placing is kept only once the sentence stands still (two runs at the same start):
      // the sentences after the caret move on every keystroke, and keeping theirs would only
      // keep garbage alive
      const remembered = memo.names;
      const { placed } = remembered;
      if (placed && placed.base === base && placed.sentence === i) found = placed.spans;
      else {
        found = yield* movedAll(remembered.spans, base, i, pace);
        if (remembered.lastBase === base) remembered.placed = { base, sentence: i, spans: found };
        remembered.lastBase = base;
      }
      if (pace.walked(Math.ceil((memo.capitalised.length + memo.lower.length) / 8))) yield;
    } else {
      const { lookup, questions } = recording(stats);
      found = yield* chunkSentence(tagged[i].terms, tagged[i].candidates, i, text, lookup, pace);
      if (terms(i).length)
        memo.names = {
          spans: yield* movedSteps(found, -base, pace),
          questions,
          asked: yield* askedWords(questions, pace),
          checkedAt: caseState.version,
          placed: { base, sentence: i, spans: found },
          lastBase: base,
        };
    }
    names[i] = outside ? found.filter(outside) : found;
  }

  const totals = new Map<string, Scores>();
  yield* addAllScores(totals, names, false, pace);
  yield;

  const alias = new Map<string, string>();
  yield* linkAcronyms(names, terms, totals, alias, pace);
  yield;
  linkCorporateShortForms(totals, alias);
  flattenAliases(alias);
  const personWords = propagatePersonWords(totals, stats.lower);
  yield;

  // headlines last: they can only recognise names the body of the article typed
  const known = new Map(totals);
  for (const w of personWords) if (!known.has(w) && !looksCommon(w)) known.set(w, [3, 0, 0, 0, 0]);
  for (let i = 0; i < tagged.length; i++) {
    if (!headline[i]) continue;
    const matched = yield* matchHeadline(terms(i), i, text, known, pace);
    names[i] = outside ? matched.filter(outside) : matched;
  }
  yield* addAllScores(totals, names, true, pace);
  for (const w of personWords) addScores(totals, w, [5, 0, 0, 0, 0]);

  // names only ever written as modifiers ("Trojan horse") get no type from their shape alone
  const standalone = standaloneKeys(names);
  // asked for every name, several times: decided once per key
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
  const paragraphOf = sentences.map((sentence) => sentence.paragraph);
  return yield* buildEntities(names, terms, text, typeOf, alias, pace, paragraphOf);
}

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

/** A sentence's remembered names, placed at its start `base` as sentence `sentence`. */
function* movedAll(spans: readonly NameSpan[], base: number, sentence: number, pace: Pace): Generator<void, NameSpan[]> {
  const out: NameSpan[] = new Array(spans.length);
  for (let k = 0; k < spans.length; k++) {
    // a name costs about as much as a few terms elsewhere; a runaway sentence has very many
    if (k > 0 && pace.walked(4)) yield;
    out[k] = moved(spans[k], base, sentence);
  }
  return out;
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

/** Adds the scores of every name (of the headline names only, with `headlines`), pausing as `pace` says. */
function* addAllScores(totals: Map<string, Scores>, names: readonly NameSpan[][], headlines: boolean, pace: Pace): Generator<void, void> {
  for (let s = 0; s < names.length; s++) {
    const sentence = names[s];
    if (pace.walked(1)) yield;
    for (let k = 0; k < sentence.length; k++) {
      if (pace.walked(1)) yield;
      if (!headlines || sentence[k].headline) addScores(totals, sentence[k].key, sentence[k].scores);
    }
  }
}

function standaloneKeys(names: readonly NameSpan[][]): Set<string> {
  const standalone = new Set<string>();
  for (let s = 0; s < names.length; s++) {
    const sentence = names[s];
    for (let k = 0; k < sentence.length; k++) if (!sentence[k].modifier) standalone.add(sentence[k].key);
  }
  return standalone;
}

function addScores(totals: Map<string, Scores>, key: string, scores: Scores): void {
  const total = totals.get(key);
  if (total) for (let k = 0; k < total.length; k++) total[k] += scores[k];
  else totals.set(key, [...scores] as Scores);
}

/** Keeps only names that lie wholly outside code, front matter and other non-prose regions. */
function excludedFilter(excluded: readonly Excluded[]): ((name: NameSpan) => boolean) | null {
  // null when there is nothing to leave out
  if (!excluded.length) return null;
  const sorted = [...excluded].sort((a, b) => a.start - b.start);
  return (name) => {
    // the last region starting before the name's end
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < name.end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = found; k >= 0 && k > found - 8; k--) if (sorted[k].end > name.start) return false;
    return true;
  };
}

/**
 * The type the evidence points to (an index into TYPES). What the article says a name does
 * outweighs what the name looks like: "analysts at Morgan Stanley" and "Morgan Stanley
 * shares" make a firm of a name compromise reads as a person's, however often it is
 * written, unless the article also says something only a person is (a title, a role).
 */
function argmax(scores: Scores): number {
  let best = 0;
  for (let k = 1; k < 3; k++) if (scores[k] > scores[best]) best = k;
  if (best === PERSON && scores[FIRM] >= 3 && scores[PERSON] - scores[SHAPE] < scores[FIRM]) return ORG;
  return best;
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
  if (scores[best] > 0) return TYPES[best];
  const words = key.split(' ');
  // in a run of several capitalised words, a word the dictionary does not know is a name
  // even when it ends like a derived word ("Erling Haaland", "Channing Tatum")
  const common = (w: string) => looksCommon(w) && (words.length === 1 || lexiconKind(w) !== undefined || !/ing$/.test(w));
  const unknown = words.filter((w) => !lower.has(w) && !lower.has(`${w}s`) && !common(w) && /\p{L}/u.test(w)).length;
  if (unknown < words.length) return null;
  if (words.length === 1) return standalone ? 'organization' : null;
  return words.length <= 4 ? 'person' : null;
}

function initials(key: string): string {
  return key
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "the Korean Central News Agency (KCNA)" introduces an acronym; later "KCNA" is the same
 * organisation. An acronym never introduced still joins a name whose initials it spells,
 * when exactly one name in the article does.
 */
function* linkAcronyms(
  names: NameSpan[][],
  terms: (sentence: number) => readonly { pre: string; post: string }[],
  totals: Map<string, Scores>,
  alias: Map<string, string>,
  pace: Pace,
): Generator<void, void> {
  for (const sentence of names) {
    if (pace.walked(1)) yield;
    for (let k = 0; k + 1 < sentence.length; k++) {
      if (pace.walked(1)) yield;
      const full = sentence[k];
      const short = sentence[k + 1];
      if (short.first !== full.last + 1 || short.words.length !== 1 || full.words.length < 2) continue;
      const sentenceTerms = terms(full.sentence);
      if (!/^\s*\($/.test(sentenceTerms[full.last].post + sentenceTerms[short.first].pre)) continue;
      if (!sentenceTerms[short.last].post.startsWith(')')) continue;
      if (!/^[\p{Lu}.&]+$/u.test(short.text)) continue;
      // "NEW YORK (AP)" is a dateline and its agency: an acronym starts with its name's initial
      if (short.key[0] !== full.key[0]) continue;
      alias.set(short.key, full.key);
    }
  }
  const byInitials = new Map<string, string | null>();
  for (const key of totals.keys()) {
    if (!key.includes(' ')) continue;
    const letters = initials(key);
    if (letters.length < 2) continue;
    byInitials.set(letters, byInitials.has(letters) ? null : key);
  }
  for (const sentence of names) {
    if (pace.walked(1)) yield;
    for (const name of sentence) {
      if (pace.walked(1)) yield;
      if (alias.has(name.key) || name.words.length !== 1) continue;
      if (!/^(?:\p{Lu}\.?){2,6}$/u.test(name.text)) continue;
      const full = byInitials.get(name.key);
      if (full) alias.set(name.key, full);
    }
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

/** Is `short` (words) found in order inside `long`? */
function isSubsequence(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/** descriptorBefore, remembered with the name (it reads only the name's sentence). */
function before(terms: (s: number) => readonly Term[], s: number, name: NameSpan, text: string): string | null {
  const { notes } = name;
  if (notes.before === undefined) notes.before = descriptorBefore(terms(s), name, text);
  return notes.before;
}

/** appositive, remembered with the name: a person's differs only in wanting a role noun. */
function appositiveOf(terms: (s: number) => readonly Term[], s: number, name: NameSpan, text: string, type: EntityType): string | null {
  const { notes } = name;
  if (type === 'person') {
    if (notes.personAppositive === undefined) notes.personAppositive = appositive(terms(s), name, text, type);
    return notes.personAppositive;
  }
  if (notes.appositive === undefined) notes.appositive = appositive(terms(s), name, text, type);
  return notes.appositive;
}

/** Adds a descriptor to the entity being built, once however often it is written. */
function describe(b: Building, descriptor: string | null): void {
  if (!descriptor) return;
  const k = descriptor.toLowerCase();
  if (b.seen.has(k)) return;
  b.seen.add(k);
  b.entity.descriptors.push(descriptor);
}

/** The first name of each key with several words that is typed a person. */
function multiWordPeople(names: readonly NameSpan[][], typeOf: (key: string) => EntityType | null): Map<string, NameSpan> {
  const multi = new Map<string, NameSpan>();
  for (let s = 0; s < names.length; s++) {
    const sentence = names[s];
    for (let k = 0; k < sentence.length; k++) {
      const name = sentence[k];
      if (name.words.length > 1 && !multi.has(name.key) && typeOf(name.key) === 'person') multi.set(name.key, name);
    }
  }
  return multi;
}

function* buildEntities(
  names: NameSpan[][],
  terms: (sentence: number) => readonly Term[],
  text: string,
  typeOf: (key: string) => EntityType | null,
  alias: ReadonlyMap<string, string>,
  pace: Pace,
  paragraphOf: readonly number[],
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
  const multi = multiWordPeople(names, typeOf);
  yield;
  const byLastWord = new Map<string, Building[]>();
  const firstByWord = new Map<string, Building>();
  const ordered = [...multi.values()].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const name of ordered) {
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
  for (const name of [...multi.values()].sort((a, b) => a.start - b.start)) {
    const b = people.get(name.key);
    if (b) for (const w of name.words) if (!firstByWord.has(w)) firstByWord.set(w, b);
  }

  yield;
  // a surname alone is the person of that name last mentioned in the same paragraph; in a
  // new paragraph it is the first one the article named (its subject: AP style gives the
  // others their first names on second reference)
  const lastByWord = new Map<string, { b: Building; paragraph: number }>();
  for (let s = 0; s < names.length; s++) {
    const sentence = names[s];
    for (let n = 0; n < sentence.length; n++) {
      const name = sentence[n];
      // a name costs about as much as a few terms elsewhere (its descriptors, its maps)
      if (pace.walked(8)) yield;
      const type = typeOf(alias.get(name.key) ?? name.key) ?? typeOf(name.key);
      if (!type) continue;
      let b: Building | undefined;
      if (type === 'person') {
        if (name.words.length > 1) b = people.get(name.key);
        else {
          const w = name.words[0];
          const last = lastByWord.get(w);
          b = (last && last.paragraph === paragraphOf[s] ? last.b : undefined) ?? firstByWord.get(w) ?? last?.b ?? people.get(name.key);
        }
        if (!b) {
          b = create('person', name);
          people.set(name.key, b);
        }
        for (const w of name.words) lastByWord.set(w, { b, paragraph: paragraphOf[s] });
      } else {
        const target = alias.get(name.key);
        const key = target && typeOf(target) === type ? target : name.key;
        b = byKey[type].get(key);
        if (!b) {
          b = create(type, name);
          byKey[type].set(key, b);
        }
      }
      if (better(name, b.best)) b.best = name;
      b.entity.mentions.push({ start: name.start, end: name.end, text: name.text, entity: -1 });
      if (!name.headline) {
        describe(b, before(terms, s, name, text));
        describe(b, appositiveOf(terms, s, name, text, type));
      }
    }
  }

  const entities = building
    .filter((b) => b.entity.mentions.length > 0)
    .sort((a, b) => a.entity.mentions[0].start - b.entity.mentions[0].start)
    .map((b) => {
      b.entity.name = b.best.text;
      return b.entity;
    });
  entities.forEach((entity, index) => {
    for (const m of entity.mentions) m.entity = index;
  });
  return entities;
}
