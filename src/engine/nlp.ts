// The one place that loads compromise. It is required lazily, on the first analysis, so
// that activating the extension does not pay for building the NLP model. It is compromise's
// "two" build: the tokenizer, lexicon and tagger, which is all the engine reads. The default
// "three" build adds only methods over tagged text (verbs, numbers, people()…) and the
// chunker, which adds no tags; the engine does the three name look-ups it needs itself
// (tagging.ts), and leaving the rest out saves ~60 KB of every bundle.

// The type-only import keeps compromise out of the module graph until load() runs.
type Nlp = typeof import('compromise/two');

import { bulkMatch } from './sweep';

let nlp: Nlp | undefined;
let compromiseBulkMatch: unknown;

/** compromise's own bulkMatch, which sweep.ts replaces (for the test that compares the two). */
export function originalBulkMatch(): unknown {
  loadNlp();
  return compromiseBulkMatch;
}

export function loadNlp(): Nlp {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('compromise/two') as Nlp | { default: Nlp };
    nlp = typeof mod === 'function' ? mod : mod.default;
    // the same tagging, with the step that picks each sentence's patterns done faster (sweep.ts)
    const plugin = nlp as unknown as { extend: (plugin: object) => void; methods: () => { one: { bulkMatch: unknown } } };
    compromiseBulkMatch = plugin.methods().one.bulkMatch;
    plugin.extend({ methods: { one: { bulkMatch } } });
  }
  return nlp;
}

let warm = false;

/**
 * Loads compromise and readies it, in steps for a time-sliced caller: the module's load
 * (which builds its model) and its first call (which sets up its tagging rules) each cost
 * more than a slice, and neither can be split, so each gets a slice of its own instead of
 * both landing, with the first batch of sentences, in one. A failure is left to the first
 * real call, which reports it as a tagging error.
 */
export function* readyNlpSteps(): Generator<void, void> {
  if (warm) return;
  try {
    if (!nlp) {
      yield;
      loadNlp();
    }
    yield;
    (nlp as unknown as (text: string) => unknown)('Ready.');
    warm = true;
  } catch {
    return;
  }
  yield;
}

/** True once compromise has been loaded (used by the activation benchmark and tests). */
export function isNlpLoaded(): boolean {
  return nlp !== undefined;
}

// Tags of compromise's lexicon that mark a word as (part of) a name rather than a common word.
const NAME_LEXICON_TAGS = new Set([
  'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Place', 'Country', 'City',
  'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym',
]);

/**
 * Ordinary nouns of news prose that compromise's lexicon lacks (it tags them by their
 * suffix and context instead): without them a sentence that opens with one ("Revenue fell
 * 4%", "Turnout was low", "Profit rose") reads as a company's name. Singular forms; a
 * plural is found through its singular ("fans" only as a plural: "Fan" is also a surname).
 */
const NEWS_NOUNS = new Set(
  (
    'revenue|profit|sale|output|turnout|income|loss|losses|turnover|margin|stock|fee|tariff|deficit|debt|surplus|' +
    'job|payroll|wage|mortgage|asset|slowdown|downturn|upturn|recovery|slump|selloff|sell-off|rebound|volume|' +
    'benchmark|outlook|quota|subsidy|subsidies|passenger|arrival|departure|flight|outage|blackout|rainfall|' +
    'snowfall|drought|temperature|wildfire|fans|villager|shopper|prosecutor|juror|testimony|lawsuit|ballot|' +
    'campaign|scorer|goal|fixture|summary|scoreboard|data|delivery|deliveries|rumor|rumour|nickel|copper|zinc|' +
    'aluminium|aluminum|platinum|palladium|wheat|corn|soybean|cocoa|ticket|entry|literacy|poverty|famine|' +
    'gamble|merger|takeover|buyout|layoff|walkout|lockout|shutdown|lockdown|crackdown|headline|earnings|' +
    'shipment|inflow|outflow|backlog|workforce|headcount|ridership|viewership|enrolment|enrollment|' +
    'casualty|casualties|fatality|fatalities|evacuation|ceasefire|truce|airstrike|shelling|rainstorm|heatwave|' +
    'downpour|landslide|aftershock|epidemic|outbreak|vaccination|admission|footfall|occupancy|booking|' +
    'tourism|unrest|turmoil|volatility|sentiment|confidence|' +
    // public life: "Uptake of the vaccine has fallen", "Life is getting harder", "Dementia is …"
    'uptake|life|emergency|health|sewage|childcare|healthcare|welfare|immigration|migration|crime|security|' +
    'pollution|climate|employment|unemployment|inflation|investment|attendance|membership|treatment|evidence|' +
    'capacity|homelessness|obesity|dementia|cancer|tuition|litter|vandalism|fraud|theft|insulation|broadband'
  ).split('|'),
);
const NEWS_NOUN_TAGS: readonly string[] = ['Noun'];

export type Lexicon = Record<string, string | string[]>;

let lexicon: Lexicon | undefined;

/** compromise's lexicon, loading compromise here if need be (the tagging worker sends it on). */
export function compromiseLexicon(): Lexicon {
  return (loadNlp() as unknown as { model: () => { one: { lexicon: Lexicon } } }).model().one.lexicon;
}

/**
 * Whether lexicon look-ups can be answered without loading compromise here: it is loaded,
 * or its lexicon was received from the tagging worker (see installLexicon).
 */
export function hasLexicon(): boolean {
  return lexicon !== undefined || nlp !== undefined;
}

/**
 * compromise's lexicon as the tagging worker sends it: its words grouped by what the
 * lexicon says of them (a few dozen groups, each one string of words separated by line
 * breaks), which crosses between threads far faster than an object of 25,000 keys.
 */
export type LexiconGroups = [value: string | string[], words: string][];

export function lexiconGroups(): LexiconGroups {
  const groups = new Map<string, [string | string[], string[]]>();
  const all = compromiseLexicon();
  for (const word of Object.keys(all)) {
    const value = all[word];
    const key = Array.isArray(value) ? value.join(',') + ',' : value;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = [value, []]));
    group[1].push(word);
  }
  return [...groups.values()].map(([value, words]) => [value, words.join('\n')]);
}

/** Words put in the lexicon between pauses (see installLexiconSteps): a few milliseconds. */
const WORDS_PER_STEP = 4_000;

/**
 * Answers lexicon look-ups from compromise's lexicon as the tagging worker sent it
 * (lexiconGroups), so that the extension host need not load compromise at all; yields
 * between groups of words.
 */
export function* installLexiconSteps(groups: LexiconGroups): Generator<void, void> {
  if (lexicon) return;
  const made: Lexicon = Object.create(null) as Lexicon;
  let count = 0;
  for (const [value, words] of groups) {
    for (const word of words.split('\n')) {
      made[word] = value;
      if (++count % WORDS_PER_STEP === 0) yield;
    }
  }
  lexicon ??= made;
}

/**
 * What compromise's lexicon says a (lower-case) word is: 'name' (a given name, surname, place,
 * organisation…), 'common' (a noun, verb, adjective, number…) or undefined when it does not
 * know the word. "Cup" is common, "Pirelli" unknown.
 */
export function lexiconKind(word: string): 'name' | 'common' | undefined {
  const tags = lexiconTags(word);
  if (!tags) return undefined;
  return tags.some((t) => NAME_LEXICON_TAGS.has(t)) ? 'name' : 'common';
}

/** The tags compromise's lexicon gives a lower-case word (or its singular), if it knows it. */
export function lexiconTags(word: string): readonly string[] | undefined {
  lexicon ??= compromiseLexicon();
  const found = Object.prototype.hasOwnProperty.call(lexicon, word)
    ? lexicon[word]
    : word.length > 3 && word.endsWith('s') && Object.prototype.hasOwnProperty.call(lexicon, word.slice(0, -1))
      ? lexicon[word.slice(0, -1)]
      : undefined;
  if (!found) {
    if (NEWS_NOUNS.has(word) || (word.length > 3 && word.endsWith('s') && NEWS_NOUNS.has(word.slice(0, -1)))) return NEWS_NOUN_TAGS;
    // British spellings of words the lexicon has in American: "neighbours", "centre", "organised"
    const american = word
      .replace(/our(s?)$/, 'or$1')
      .replace(/^(\p{L}{2,})tre(s?)$/u, '$1ter$2')
      .replace(/^(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2');
    return american !== word ? lexiconTags(american) : undefined;
  }
  return Array.isArray(found) ? found : found.split(',');
}

/** True when compromise's lexicon knows the word as an ordinary word, not as a name. */
export function isCommonWord(word: string): boolean {
  return lexiconKind(word) === 'common';
}
