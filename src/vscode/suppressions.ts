// What the writer told Newsdesk to leave alone. The analysis keeps every finding; the
// adapters drop suppressed ones before showing them.
//
// - Comments in Markdown and news articles: `<!-- newsdesk-ignore-next-line -->` silences
//   the line below it; `<!-- newsdesk-disable -->` … `<!-- newsdesk-enable -->` a stretch
//   of text. Either may name rules (`<!-- newsdesk-disable unsourced-figure -->`).
// - `.newsdesk.json` at the root of a workspace folder, committed with the articles, lists
//   false positives as {rule, sentence}. Matching on the sentence text, not on offsets,
//   keeps an entry valid when the text around it is edited; it works in plain text too.

import * as vscode from 'vscode';
import { normalizeSentence, parseFalsePositives, type FalsePositive } from '../engine/rules/suppressions';
import { forgetNotice, guardAsync, log, notifyOnce } from './log';

// The matching itself is the engine's pure module, shared with `newsdesk check`, so the
// editor and the command line silence exactly the same findings.
export { normalizeSentence, sentenceAt, supportsComments, visibleFindings, type FalsePositive } from '../engine/rules/suppressions';

export const CONFIG_FILE = '.newsdesk.json';

interface ConfigFile {
  falsePositives?: FalsePositive[];
  [other: string]: unknown;
}

function parseConfig(raw: string, file: vscode.Uri): FalsePositive[] {
  const parsed = parseFalsePositives(raw);
  if (Array.isArray(parsed)) return parsed;
  throw new Error(`${file.fsPath || file.toString()}: ${parsed.error}`);
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
