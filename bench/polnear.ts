// Reads the PolNeAR development split (brat standoff: NAME.txt + NAME.ann) into
// attribution relations with their Source, Cue and Content spans. Used by the quality
// benchmark only; the corpus text never enters the repository.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BratSpan {
  id: string;
  type: string;
  /** Discontinuous spans keep every fragment. */
  fragments: { start: number; end: number }[];
  text: string;
}

export interface Relation {
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  relations: Relation[];
}

export function loadPolnear(dir: string): PolnearArticle[] {
  const articles: PolnearArticle[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    let ann = '';
    try {
      ann = readFileSync(join(dir, `${name}.ann`), 'utf8');
    } catch {
      // an article without annotations has no relations
    }
    const spans = new Map<string, BratSpan>();
    const events: string[][] = [];
    for (const line of ann.split('\n')) {
      const cols = line.split('\t');
      if (cols[0]?.startsWith('T') && cols.length >= 2) {
        const m = /^(\S+) (.*)$/.exec(cols[1]);
        if (!m) continue;
        const fragments = m[2].split(';').map((p) => {
          const [s, e] = p.trim().split(/\s+/).map(Number);
          return { start: s, end: e };
        });
        spans.set(cols[0], { id: cols[0], type: m[1], fragments, text: cols[2] ?? '' });
      } else if (cols[0]?.startsWith('E') && cols.length >= 2) {
        events.push(cols[1].trim().split(/\s+/));
      }
    }
    const relations: Relation[] = events.map((args) => {
      const rel: Relation = { source: null, cue: null, content: null };
      for (const arg of args) {
        const [role, id] = arg.split(':');
        const span = spans.get(id) ?? null;
        if (/^Source/.test(role)) rel.source = span;
        else if (/^Cue/.test(role)) rel.cue = span;
        else if (/^Content/.test(role)) rel.content = span;
      }
      return rel;
    });
    articles.push({ name, text, relations });
  }
  return articles;
}

/** Whether [start, end) lies inside one of the span's fragments. */
export function inside(span: BratSpan | null, start: number, end: number): boolean {
  return !!span && span.fragments.some((f) => f.start <= start && end <= f.end);
}

/** Whether [start, end) overlaps one of the span's fragments. */
export function overlaps(span: BratSpan | null, start: number, end: number): boolean {
  return !!span && span.fragments.some((f) => f.start < end && start < f.end);
}

/** Reads `--name value` arguments. */
export function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
