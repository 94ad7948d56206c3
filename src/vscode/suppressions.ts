// What the writer told Newsdesk to leave alone. The engine is pure and knows nothing of
// this: the adapters drop suppressed findings before showing them.
//
// - Comments in Markdown and news articles: `<!-- newsdesk-ignore-next-line -->` silences
//   the line below it; `<!-- newsdesk-disable -->` … `<!-- newsdesk-enable -->` a stretch
//   of text. Either may name rules (`<!-- newsdesk-disable unsourced-figure -->`).
// - `.newsdesk.json` at the root of a workspace folder, committed with the articles, lists
//   false positives as {rule, sentence}. Matching on the sentence text, not on offsets,
//   keeps an entry valid when the text around it is edited; it works in plain text too.

import * as vscode from 'vscode';
import type { Analysis, DocumentFormat, Finding, RuleCode } from '../engine/model';
import { forgetNotice, guardAsync, log, notifyOnce } from './log';
import { LineIndex } from './positions';
import { RULES } from './settings';

export const CONFIG_FILE = '.newsdesk.json';

export interface FalsePositive {
  rule: RuleCode;
  /** The sentence the finding is in, whitespace collapsed. */
  sentence: string;
}

interface ConfigFile {
  falsePositives?: FalsePositive[];
  [other: string]: unknown;
}

/** Whitespace-insensitive form of a sentence, so re-wrapping a paragraph keeps a match. */
export function normalizeSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the sentence that contains an offset (the finding's start). */
export function sentenceAt(text: string, analysis: Analysis, offset: number): string {
  const sentence =
    analysis.sentences.find((s) => s.start <= offset && offset < s.end) ??
    analysis.sentences.find((s) => s.start >= offset) ??
    undefined;
  return normalizeSentence(sentence ? text.slice(sentence.start, sentence.end) : '');
}

// ---------------------------------------------------------------------------------------
// Comments

const COMMENT = /<!--\s*newsdesk-(ignore-next-line|disable|enable)\b([^>]*?)-->/g;

interface CommentRules {
  /** Rules named in the comment; empty means all. */
  rules: Set<string>;
}

function namedRules(rest: string): Set<string> {
  return new Set(rest.split(/[\s,]+/).filter((word) => (RULES as readonly string[]).includes(word)));
}

function applies(entry: CommentRules, code: string): boolean {
  return entry.rules.size === 0 || entry.rules.has(code);
}

/** Whether the format has HTML comments (plain text does not). */
export function supportsComments(format: DocumentFormat): boolean {
  return format === 'markdown' || format === 'news';
}

function commentFilter(text: string, format: DocumentFormat): ((finding: Finding) => boolean) | undefined {
  if (!supportsComments(format) || !text.includes('newsdesk-')) return undefined;
  const lines = new LineIndex(text);
  const nextLine = new Map<number, CommentRules[]>();
  const disabled: { start: number; end: number; entry: CommentRules }[] = [];
  let open: { start: number; entry: CommentRules }[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const entry = { rules: namedRules(m[2]) };
    const end = m.index + m[0].length;
    if (m[1] === 'ignore-next-line') {
      const line = lines.line(end) + 1;
      nextLine.set(line, [...(nextLine.get(line) ?? []), entry]);
    } else if (m[1] === 'disable') {
      open.push({ start: end, entry });
    } else {
      // `enable` closes the stretches it names (all of them when it names none).
      const still: typeof open = [];
      for (const region of open) {
        const closes = entry.rules.size === 0 || [...region.entry.rules].some((r) => entry.rules.has(r)) || region.entry.rules.size === 0;
        if (closes) disabled.push({ start: region.start, end: m.index, entry: region.entry });
        else still.push(region);
      }
      open = still;
    }
  }
  for (const region of open) disabled.push({ start: region.start, end: text.length, entry: region.entry });
  if (nextLine.size === 0 && disabled.length === 0) return undefined;
  return (finding) => {
    const entries = nextLine.get(lines.line(finding.start));
    if (entries?.some((e) => applies(e, finding.code))) return false;
    return !disabled.some((d) => d.start <= finding.start && finding.start < d.end && applies(d.entry, finding.code));
  };
}

/** The findings left once comments and the false-positive list have had their say. */
export function visibleFindings(text: string, analysis: Analysis, format: DocumentFormat, falsePositives: readonly FalsePositive[]): Finding[] {
  let findings = analysis.findings;
  const byComment = commentFilter(text, format);
  if (byComment) findings = findings.filter(byComment);
  if (falsePositives.length > 0) {
    const hidden = new Set(falsePositives.map((fp) => `${fp.rule}\u0000${normalizeSentence(fp.sentence)}`));
    findings = findings.filter((f) => !hidden.has(`${f.code}\u0000${sentenceAt(text, analysis, f.start)}`));
  }
  return findings;
}

// ---------------------------------------------------------------------------------------
// .newsdesk.json

function parseConfig(raw: string, file: vscode.Uri): FalsePositive[] {
  const trimmed = raw.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    throw new Error(`${file.fsPath || file.toString()} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file.fsPath || file.toString()} must contain a JSON object`);
  }
  const list = (parsed as ConfigFile).falsePositives;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`"falsePositives" in ${file.fsPath || file.toString()} must be a list`);
  const result: FalsePositive[] = [];
  for (const item of list) {
    if (
      typeof item === 'object' &&
      item !== null &&
      typeof item.rule === 'string' &&
      (RULES as readonly string[]).includes(item.rule) &&
      typeof item.sentence === 'string'
    ) {
      result.push({ rule: item.rule, sentence: item.sentence });
    } else {
      throw new Error(`every entry of "falsePositives" in ${file.fsPath || file.toString()} needs a "rule" (${RULES.join(', ')}) and a "sentence"`);
    }
  }
  return result;
}

/** The .newsdesk.json of each workspace folder, read through vscode.workspace.fs and watched. */
export class Suppressions implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<FalsePositive[]>>();
  private readonly loaded = new Map<string, FalsePositive[]>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  /** Fires when a .newsdesk.json was created, changed or deleted. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const changed = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || vscode.Uri.joinPath(folder.uri, CONFIG_FILE).toString() !== uri.toString()) return;
      this.cache.delete(folder.uri.toString());
      void guardAsync('reading .newsdesk.json', () => this.load(folder), []).then(() => this.emitter.fire());
    };
    this.disposables.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }

  /** The config file of the folder that holds a document, if it is in a folder. */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  }

  /** The false positives that apply to a document (loads the folder's file if needed). */
  async forDocument(uri: vscode.Uri): Promise<FalsePositive[]> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.load(folder) : [];
  }

  /** Already-loaded false positives, without waiting. */
  loadedFor(uri: vscode.Uri): FalsePositive[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.loaded.get(folder.uri.toString())) ?? [];
  }

  private load(folder: vscode.WorkspaceFolder): Promise<FalsePositive[]> {
    const key = folder.uri.toString();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.read(vscode.Uri.joinPath(folder.uri, CONFIG_FILE)).then((list) => {
        this.loaded.set(key, list);
        return list;
      });
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async read(file: vscode.Uri): Promise<FalsePositive[]> {
    let raw: string;
    try {
      raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return []; // no file: nothing hidden
    }
    try {
      const list = parseConfig(raw, file);
      forgetNotice(`config:${file.toString()}`);
      return list;
    } catch (error) {
      notifyOnce(
        `config:${file.toString()}`,
        `Newsdesk: ignoring ${CONFIG_FILE}: ${error instanceof Error ? error.message : String(error)}. No findings are hidden until it is fixed.`,
      );
      return [];
    }
  }

  /** Records a false positive in the folder's .newsdesk.json (creating it), keeping other keys. */
  async hide(document: vscode.Uri, entry: FalsePositive): Promise<vscode.Uri> {
    const folder = vscode.workspace.getWorkspaceFolder(document);
    if (!folder) throw new Error('Hiding a finding needs the article to be in a workspace folder (the list is kept in .newsdesk.json).');
    const file = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    let content: ConfigFile = {};
    let raw: string | undefined;
    try {
      raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      raw = undefined;
    }
    if (raw !== undefined && raw.trim()) {
      parseConfig(raw, file); // refuse to overwrite a file we cannot read back
      content = JSON.parse(raw.replace(/^\uFEFF/, '')) as ConfigFile;
    }
    const list = content.falsePositives ?? [];
    const sentence = normalizeSentence(entry.sentence);
    if (!list.some((fp) => fp.rule === entry.rule && normalizeSentence(fp.sentence) === sentence)) {
      list.push({ rule: entry.rule, sentence });
    }
    content.falsePositives = list;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`));
    log(`Hid a ${entry.rule} finding in ${file.toString()}`);
    const key = folder.uri.toString();
    this.loaded.set(key, list);
    this.cache.set(key, Promise.resolve(list));
    this.emitter.fire();
    return file;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
