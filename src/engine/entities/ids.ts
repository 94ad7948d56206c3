// Small numbers for the strings the entity stage walks on every run (names' keys, their
// words, the lower-case forms of descriptors), so that a paragraph's names can be kept as
// typed arrays (entities/paragraphs.ts) and the document-level tables indexed by number
// instead of hashed by string for each of the article's thousands of mentions.
//
// A table lives until the tagging cache is cleared or it grows past a bound; a run keeps
// the table it started with (a paused run must not see its numbers change), and what was
// made with another table is made again.

import { cacheGeneration } from '../tagging';

/** Beyond this many strings a new table is started at the next run. */
const MAX_IDS = 400_000;

export class IdTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  constructor(readonly generation: number) {}

  /** The number of `s`, given one if it has none. */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }

  string(id: number): string {
    return this.strings[id];
  }

  get size(): number {
    return this.strings.length;
  }
}

let current: IdTable | undefined;

/** The table a run starting now uses. */
export function idTable(): IdTable {
  if (!current || current.generation !== cacheGeneration() || current.size > MAX_IDS) current = new IdTable(cacheGeneration());
  return current;
}

/** No entry yet in a run's per-key or per-word tables. */
export const UNSET = -1;

/**
 * Per-run tables indexed by key and by word number, kept from run to run (stamped with the
 * run, so nothing is cleared or allocated per run). A run takes them while it works and puts
 * them back when it is done; a run that finds them taken (another paused one) makes its own.
 */
export class Scratch {
  run = 0;
  capacity = 0;
  keyStamp = new Int32Array(0);
  /** Totals of the body's evidence, 7 per key. */
  totals = new Float64Array(0);
  standalone = new Uint8Array(0);
  /** The first name of several words of each key: its paragraph unit and its index there. */
  firstUnit = new Int32Array(0);
  firstIndex = new Int32Array(0);
  /** The key's resolved type (UNSET: not resolved yet; 3: none), its target key and its entity. */
  resolvedType = new Int8Array(0);
  resolvedKey = new Int32Array(0);
  resolvedSlot = new Int32Array(0);
  /** club() of the key, once asked (UNSET: not asked; 0 or 1). */
  club = new Int8Array(0);
  people = new Int32Array(0);
  places = new Int32Array(0);
  organizations = new Int32Array(0);
  wordStamp = new Int32Array(0);
  firstByWord = new Int32Array(0);
  lastByWord = new Int32Array(0);
  lastParagraph = new Int32Array(0);

  /** Starts a run whose numbers are below `size`. */
  begin(size: number): void {
    this.ensure(size);
    if (++this.run >= 0x3fffffff) {
      this.run = 1;
      this.keyStamp.fill(0);
      this.wordStamp.fill(0);
    }
  }

  ensure(size: number): void {
    if (size <= this.capacity) return;
    const capacity = Math.max(size, this.capacity * 2, 1024);
    const grow = <T extends Int32Array | Float64Array | Uint8Array | Int8Array>(a: T, per = 1): T => {
      const next = new (a.constructor as new (n: number) => T)(capacity * per);
      next.set(a);
      return next;
    };
    this.keyStamp = grow(this.keyStamp);
    this.totals = grow(this.totals, 7);
    this.standalone = grow(this.standalone);
    this.firstUnit = grow(this.firstUnit);
    this.firstIndex = grow(this.firstIndex);
    this.resolvedType = grow(this.resolvedType);
    this.resolvedKey = grow(this.resolvedKey);
    this.resolvedSlot = grow(this.resolvedSlot);
    this.club = grow(this.club);
    this.people = grow(this.people);
    this.places = grow(this.places);
    this.organizations = grow(this.organizations);
    this.wordStamp = grow(this.wordStamp);
    this.firstByWord = grow(this.firstByWord);
    this.lastByWord = grow(this.lastByWord);
    this.lastParagraph = grow(this.lastParagraph);
    this.capacity = capacity;
  }

  /** Makes key `k`'s entries this run's (empty) if they are not yet; true when they were new. */
  touchKey(k: number): boolean {
    if (k >= this.capacity) this.ensure(k + 1);
    if (this.keyStamp[k] === this.run) return false;
    this.keyStamp[k] = this.run;
    this.totals.fill(0, 7 * k, 7 * k + 7);
    this.standalone[k] = 0;
    this.firstUnit[k] = UNSET;
    this.firstIndex[k] = UNSET;
    this.resolvedType[k] = UNSET;
    this.resolvedKey[k] = UNSET;
    this.resolvedSlot[k] = UNSET;
    this.club[k] = UNSET;
    this.people[k] = UNSET;
    this.places[k] = UNSET;
    this.organizations[k] = UNSET;
    return true;
  }

  /** Makes word `w`'s entries this run's (empty) if they are not yet. */
  touchWord(w: number): void {
    if (w >= this.capacity) this.ensure(w + 1);
    if (this.wordStamp[w] === this.run) return;
    this.wordStamp[w] = this.run;
    this.firstByWord[w] = UNSET;
    this.lastByWord[w] = UNSET;
    this.lastParagraph[w] = UNSET;
  }
}

let spare: Scratch | undefined = new Scratch();

/** The run's tables: the kept ones when free, else new ones. */
export function takeScratch(): Scratch {
  const scratch = spare ?? new Scratch();
  spare = undefined;
  return scratch;
}

/** Gives the tables back for the next run. */
export function returnScratch(scratch: Scratch): void {
  spare = scratch;
}
