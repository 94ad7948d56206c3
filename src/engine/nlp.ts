// The one place that loads compromise. It is required lazily, on the first analysis, so
// that activating the extension does not pay for building the NLP model.

// The type-only import keeps compromise out of the module graph until load() runs.
type Nlp = typeof import('compromise');

let nlp: Nlp | undefined;

export function loadNlp(): Nlp {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('compromise') as Nlp | { default: Nlp };
    nlp = typeof mod === 'function' ? mod : mod.default;
  }
  return nlp;
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

let lexicon: Record<string, string | string[]> | undefined;

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
  if (!lexicon) {
    const model = (loadNlp() as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model();
    lexicon = model.one.lexicon;
  }
  const found = Object.prototype.hasOwnProperty.call(lexicon, word)
    ? lexicon[word]
    : word.length > 3 && word.endsWith('s') && Object.prototype.hasOwnProperty.call(lexicon, word.slice(0, -1))
      ? lexicon[word.slice(0, -1)]
      : undefined;
  if (!found) {
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
