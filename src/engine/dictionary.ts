// Common English words that compromise's lexicon lacks (dictionaryWords.ts, made from SCOWL
// by scripts/dictionary.js). compromise tags such a word by its suffix and its place in the
// sentence, so "Floodwater reached the doors" or "Autumn is coming" could only be told from
// "Leeson said" by the engine's own guess; a dictionary says which is an ordinary word.

import { PACKED_WORDS } from './dictionaryWords';

/** The words of each first letter, unpacked the first time a word of that letter is asked about. */
const sections = new Map<string, Set<string>>();

/**
 * The words that start with `letter`. The list is sorted, so they stand together, and the
 * first of them shares nothing with the word before: it is the one place a "0" opens a word.
 * One letter's words are a few thousand characters, unpacked in a few milliseconds even
 * before the JIT has compiled the loop (the whole list would hold a slice for tens).
 */
function section(letter: string): Set<string> {
  let words = sections.get(letter);
  if (words) return words;
  words = new Set<string>();
  sections.set(letter, words);
  const from = PACKED_WORDS.indexOf(`0${letter}`);
  if (from < 0) return words;
  const next = PACKED_WORDS.indexOf('0', from + 1);
  const to = next < 0 ? PACKED_WORDS.length : next;
  let previous = '';
  let i = from;
  while (i < to) {
    const shared = PACKED_WORDS.charCodeAt(i) - 48;
    let j = i + 1;
    // (the next digit opens the next word)
    for (let c = PACKED_WORDS.charCodeAt(j); j < to && (c < 48 || c > 57); c = PACKED_WORDS.charCodeAt(++j));
    previous = previous.slice(0, shared) + PACKED_WORDS.slice(i + 1, j);
    words.add(previous);
    i = j;
  }
  return words;
}

function listed(w: string): boolean {
  return w.length > 0 && section(w[0]).has(w);
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
  if (listed(w)) return true;
  for (const base of inflectionBases(w)) if (listed(base)) return true;
  return false;
}
