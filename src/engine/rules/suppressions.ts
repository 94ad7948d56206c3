// What the writer told Newsdesk to leave alone, as a pure function over an Analysis, so that
// the command line honours the same silences as the editor:
//
// - Comments in Markdown and news articles: `<!-- newsdesk-ignore-next-line -->` silences
//   the line below it; `<!-- newsdesk-disable -->` … `<!-- newsdesk-enable -->` a stretch
//   of text. Either may name rules (`<!-- newsdesk-disable unsourced-figure -->`).
// - A `.newsdesk.json` committed with the articles lists false positives as {rule, sentence};
//   a finding is hidden when its rule and the text of its sentence match an entry.
//
// runRules does not apply these: the Analysis keeps every finding, and each front end
// filters what it shows with this module (src/vscode/suppressions.ts reads .newsdesk.json
// through the workspace; src/cli/main.ts finds the nearest one on disk).

import type { Analysis, DocumentFormat, Finding, RuleCode } from '../model';
import { isRuleCode } from './index';

export interface FalsePositive {
  rule: RuleCode;
  /** The sentence the finding is in, whitespace collapsed. */
  sentence: string;
}

/** Whitespace-insensitive form of a sentence, so re-wrapping a paragraph keeps a match. */
export function normalizeSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the sentence that contains an offset (or the next sentence after it). */
export function sentenceAt(text: string, analysis: Analysis, offset: number): string {
  const sentence =
    analysis.sentences.find((s) => s.start <= offset && offset < s.end) ?? analysis.sentences.find((s) => s.start >= offset);
  return normalizeSentence(sentence ? text.slice(sentence.start, sentence.end) : '');
}

/** Whether the format has HTML comments (plain text does not). */
export function supportsComments(format: DocumentFormat): boolean {
  return format === 'markdown' || format === 'news';
}

const COMMENT = /<!--\s*newsdesk-(ignore-next-line|disable|enable)\b([^>]*?)-->/g;

/** Rules a comment names; empty means all. */
type Named = Set<string>;

function namedRules(rest: string): Named {
  return new Set(rest.split(/[\s,]+/).filter(isRuleCode));
}

const applies = (named: Named, code: string): boolean => named.size === 0 || named.has(code);

/** Zero-based line of each offset; lines end at \n, \r\n or \r. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
}

function commentFilter(text: string, format: DocumentFormat): ((finding: Finding) => boolean) | undefined {
  if (!supportsComments(format) || !text.includes('newsdesk-')) return undefined;
  const line = lineOf(text);
  const nextLine = new Map<number, Named[]>();
  const disabled: { start: number; end: number; named: Named }[] = [];
  let open: { start: number; named: Named }[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const named = namedRules(m[2]);
    const end = m.index + m[0].length;
    if (m[1] === 'ignore-next-line') {
      const below = line(end) + 1;
      nextLine.set(below, [...(nextLine.get(below) ?? []), named]);
    } else if (m[1] === 'disable') {
      open.push({ start: end, named });
    } else {
      // `enable` closes the stretches it names (all of them when it names none).
      const still: typeof open = [];
      for (const region of open) {
        const closes = named.size === 0 || region.named.size === 0 || [...region.named].some((r) => named.has(r));
        if (closes) disabled.push({ start: region.start, end: m.index, named: region.named });
        else still.push(region);
      }
      open = still;
    }
  }
  for (const region of open) disabled.push({ start: region.start, end: text.length, named: region.named });
  if (nextLine.size === 0 && disabled.length === 0) return undefined;
  return (finding) => {
    if (nextLine.get(line(finding.start))?.some((named) => applies(named, finding.code))) return false;
    return !disabled.some((d) => d.start <= finding.start && finding.start < d.end && applies(d.named, finding.code));
  };
}

/** The findings left once comments and the false-positive list have had their say. */
export function visibleFindings(
  text: string,
  analysis: Analysis,
  format: DocumentFormat,
  falsePositives: readonly FalsePositive[],
): Finding[] {
  let findings = analysis.findings;
  const byComment = commentFilter(text, format);
  if (byComment) findings = findings.filter(byComment);
  if (falsePositives.length > 0) {
    const hidden = new Set(falsePositives.map((fp) => `${fp.rule}\u0000${normalizeSentence(fp.sentence)}`));
    findings = findings.filter((f) => !hidden.has(`${f.code}\u0000${sentenceAt(text, analysis, f.start)}`));
  }
  return findings;
}

/**
 * The false positives in the text of a `.newsdesk.json` (`{"falsePositives": [{rule,
 * sentence}]}`), or a one-line reason why it cannot be used. Other keys are ignored.
 */
export function parseFalsePositives(raw: string): FalsePositive[] | { error: string } {
  const trimmed = raw.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'must contain a JSON object' };
  const list = (parsed as { falsePositives?: unknown }).falsePositives;
  if (list === undefined) return [];
  if (!Array.isArray(list)) return { error: '"falsePositives" must be a list' };
  const result: FalsePositive[] = [];
  for (const item of list as unknown[]) {
    const entry = item as { rule?: unknown; sentence?: unknown } | null;
    if (typeof entry !== 'object' || entry === null || typeof entry.rule !== 'string' || !isRuleCode(entry.rule) || typeof entry.sentence !== 'string') {
      return { error: 'every entry of "falsePositives" needs a "rule" (a finding code) and a "sentence"' };
    }
    result.push({ rule: entry.rule, sentence: entry.sentence });
  }
  return result;
}
