// What a rule is: one module per finding code, stating its code, default severity, title and
// an explanation a journalist can read, plus one `check` that reports through a callback.
// The runner (index.ts) owns severities, `off`, codes and sorting, so a rule only says
// where the problem is and what to do about it.

import type { Context } from '../context';
import type { Finding, RelatedLocation, RuleCode, Severity } from '../model';
import { SentenceCache } from '../sentenceCache';
import { cacheGeneration } from '../tagging';

/** What a rule reports; the runner adds the code and the effective severity. */
export interface Report {
  start: number;
  end: number;
  message: string;
  related?: RelatedLocation[];
  subject: { type: 'quote' | 'figure'; index: number };
}

/** The documentation of a rule: what the editor's "Explain this rule", the README and the CLI show. */
export interface RuleInfo {
  code: RuleCode;
  defaultSeverity: Severity;
  /** One line, sentence case, no final full stop: "Quotation with no speaker". */
  title: string;
  /** A paragraph for a reporter or editor: what the rule flags and why it matters. */
  explanation: string;
  /** A short passage that the rule flags. */
  bad: string;
  /** The same passage written so that the rule is satisfied. */
  good: string;
}

/**
 * How a rule reports: called with a Report, it makes the finding (with the rule's code and
 * severity, its ranges kept inside the text) and returns it. A rule may instead give again,
 * as it is, a finding it made in an earlier run (see KeptFindings), when that finding is
 * what the Report would make now: findings are never changed once returned.
 */
export interface Reporter {
  (finding: Report): Finding;
  /** The severity this run's findings get. */
  readonly severity: Severity;
  /** The length of the text, which findings' ranges are kept inside. */
  readonly textLength: number;
  /** Gives an earlier run's finding again. */
  again(finding: Finding): void;
}

export interface Rule extends RuleInfo {
  /**
   * Reports what the rule finds. A rule that walks a list as long as the document (every
   * quote, every figure) is a generator that yields every ITEMS_PER_STEP items, so that the
   * rules stage can pause inside it.
   */
  check(ctx: Context, report: Reporter): void | Iterator<void>;
}

/** n kept between low and high (low when n is not a finite number), as the runner keeps ranges. */
export function clamp(n: number, low: number, high: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(n, low), high) : low;
}

/**
 * The findings a rule made in the last run, by the index of their subject (a quote or a
 * figure), each with the texts its message was made from. After an edit nearly every
 * quote and figure keeps its index, text and sources: the finding is then either the very
 * same (before the edit: same ranges too), or one with the same message moved. Each entry
 * says what it was made from, and the rule compares all of it before using one, so an
 * entry left by an abandoned run, another document or a hand-built analysis is only a miss.
 * Emptied with the tagging cache (cold runs stay cold); as long as the last run's list.
 */
export class KeptFindings {
  private generation = -1;
  findings: (Finding | undefined)[] = [];
  /** The subject's text (a quote's or figure's), and a second text its message read (or null). */
  texts: (string | undefined)[] = [];
  others: (string | null | undefined)[] = [];

  /** Starts a run: forgets everything when the tagging cache was cleared. */
  begin(): void {
    if (this.generation === cacheGeneration()) return;
    this.generation = cacheGeneration();
    this.findings = [];
    this.texts = [];
    this.others = [];
  }

  /** The message of the finding kept for subject `index`, when it was made from these texts. */
  message(index: number, text: string, other: string | null): string | undefined {
    const kept = this.findings[index];
    return kept && this.texts[index] === text && this.others[index] === other ? kept.message : undefined;
  }

  keep(index: number, finding: Finding, text: string, other: string | null): void {
    this.findings[index] = finding;
    this.texts[index] = text;
    this.others[index] = other;
  }

  /** Ends a run over `count` subjects: nothing is kept past them. */
  end(count: number): void {
    if (this.findings.length > count) {
      this.findings.length = count;
      this.texts.length = count;
      this.others.length = count;
    }
  }
}

/** Items a rule looks at between pauses (a runaway document has a hundred thousand quotes). */
export const ITEMS_PER_STEP = 2_000;

/**
 * A short excerpt of a quotation or figure for a message: its first few words between
 * curly quotes, on one line, with "…" when cut. Marks at the ends of `text` are dropped so
 * that the excerpt is not quoted twice.
 */
export function excerpt(text: string, maxWords = 4, maxChars = 40): string {
  // most figures are a few plain words, kept whole: no need to look them up
  if (keptWhole(text, maxWords, maxChars)) return `“${/[,;:]$/.test(text) ? text.slice(0, -1) : text}”`;
  // the same quotations and figures come back after every edit: cut each once
  const shape = `${maxWords}:${maxChars}`;
  let cache = excerpts.get(shape);
  if (!cache) {
    cache = new SentenceCache<string>(10_000);
    excerpts.set(shape, cache);
  }
  return cache.getOrCompute(text, () => cutExcerpt(text, maxWords, maxChars));
}

/**
 * Whether cutExcerpt would keep `text` whole, as it is but for a final , ; or : — at most
 * maxChars characters and maxWords words, single spaces between them and no other white
 * space, no quotation mark to drop at either end.
 */
function keptWhole(text: string, maxWords: number, maxChars: number): boolean {
  const n = text.length;
  if (n === 0 || n > maxChars || OPENING_MARKS.includes(text[0]) || CLOSING_MARKS.includes(text[n - 1])) return false;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // not at either end, nor two together
      if (i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32 || ++spaces >= maxWords) return false;
    } else if (c < 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

/** Remembered excerpts, one cache for each length limit the rules use. */
const excerpts = new Map<string, SentenceCache<string>>();

/** The excerpt worked out in full (excerpt() remembers it, or sees that the text is kept whole). */
export function cutExcerpt(text: string, maxWords: number, maxChars: number): string {
  let body = text.replace(/\s+/g, ' ').trim();
  while (body && OPENING_MARKS.includes(body[0])) body = body.slice(1).trimStart();
  while (body && CLOSING_MARKS.includes(body[body.length - 1])) body = body.slice(0, -1).trimEnd();
  let cut = body.split(' ').slice(0, maxWords).join(' ');
  if (cut.length > maxChars) {
    cut = cut.slice(0, maxChars).replace(/\s+\S*$/, '') || cut.slice(0, maxChars);
    // Never leave half of a surrogate pair (an emoji, say) at the cut.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  }
  if (cut.length < body.length) return `“${cut.replace(/[\s,;:.!?—–-]+$/, '')}…”`;
  return `“${cut.replace(/[,;:]$/, '')}”`;
}

const OPENING_MARKS = '“"‘\'«„‚‹»';
const CLOSING_MARKS = '”"’\'»“‹›«';

const CLOSING_MARK_OF: Record<string, string> = {
  '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '»': '«', '„': '“', '‚': '‘', '‹': '›', '›': '‹',
};

/** The mark that closes a quotation opened with `open` (”  for “, « for », …). */
export function closingMark(open: string): string {
  return CLOSING_MARK_OF[open] ?? '”';
}
