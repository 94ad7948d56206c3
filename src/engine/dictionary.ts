// Common English words that compromise's lexicon lacks (dictionaryWords.ts, made from SCOWL
// by scripts/dictionary.js). compromise tags such a word by its suffix and its place in the
// sentence, so "Floodwater reached the doors" or "Autumn is coming" could only be told from
// "Leeson said" by the engine's own guess; a dictionary says which is an ordinary word.

import { PACKED_WORDS } from './dictionaryWords';

let words: Set<string> | undefined;

/** The list, unpacked on first use (a few milliseconds, once; never at activation). */
function dictionary(): Set<string> {
  if (words) return words;
  const made = new Set<string>();
  let previous = '';
  let i = 0;
  while (i < PACKED_WORDS.length) {
    const shared = PACKED_WORDS.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < PACKED_WORDS.length && !/\d/.test(PACKED_WORDS[j])) j++;
    previous = previous.slice(0, shared) + PACKED_WORDS.slice(i + 1, j);
    made.add(previous);
    i = j;
  }
  return (words = made);
}

/**
 * The forms an inflected word may come from: "sandbags" → "sandbag", "flooded" → "flood",
 * "floodie"… (wrong guesses cost nothing: only listed forms count), "ferries" → "ferry".
 */
export function inflectionBases(w: string): string[] {
  const bases: string[] = [];
  const n = w.length;
  if (n < 5) return bases;
  if (w.endsWith('ies')) bases.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) bases.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) bases.push(w.slice(0, -1));
  if (w.endsWith('ied')) bases.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    bases.push(w.slice(0, -2), w.slice(0, -1));
    if (w[n - 3] === w[n - 4]) bases.push(w.slice(0, -3));
  }
  if (w.endsWith('ing')) {
    bases.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
    if (w[n - 4] === w[n - 5]) bases.push(w.slice(0, -4));
  }
  if (w.endsWith('er')) bases.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('est')) bases.push(w.slice(0, -3), w.slice(0, -2));
  if (w.endsWith('ily')) bases.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ly')) bases.push(w.slice(0, -2));
  return bases;
}


/**
 * Whether a lower-case word is a common English word that compromise's lexicon lacks
 * ("floodwater", "autumn", "sandbags"); false for words the lexicon knows (ask it first)
 * and for names ("leeson").
 */
export function isDictionaryWord(w: string): boolean {
  const list = dictionary();
  if (list.has(w)) return true;
  for (const base of inflectionBases(w)) if (list.has(base)) return true;
  return false;
}
