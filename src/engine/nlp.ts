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
 * True when compromise's lexicon knows the (lower-case) word as an ordinary word (a noun, verb,
 * adjective, number…) and not as a name: "Cup" and "Series" are common words, "Pirelli" is not.
 */
export function isCommonWord(word: string): boolean {
  if (!lexicon) {
    const model = (loadNlp() as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model();
    lexicon = model.one.lexicon;
  }
  const found = lexicon[word] ?? (word.length > 3 && word.endsWith('s') ? lexicon[word.slice(0, -1)] : undefined);
  if (!found) return false;
  const tags = Array.isArray(found) ? found : found.split(',');
  return !tags.some((t) => NAME_LEXICON_TAGS.has(t));
}
