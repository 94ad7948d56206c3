// Newsdesk in a virtual workspace: package.json declares `virtualWorkspaces: true`, so
// articles that live on no disk (a remote repository, an in-memory file system) must be
// checked like any other. The test registers an in-memory FileSystemProvider for its own
// scheme, writes an article there through workspace.fs, opens it, and expects the same
// diagnostics, hover card and "Check attributions" summary as for a file on disk.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckSummary } from '../../src/vscode/commands';
import { BRIDGE_ARTICLE, BRIDGE_FINDINGS, activate, describeAll, waitForDiagnostics } from './helpers';
import { closeAll, hoverAt, inside, markdownOf, rangeOf } from './viewHelpers';

const SCHEME = 'newsdesk-memfs';

/** Files and folders in memory; folders are the paths that some file or createDirectory made. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; ctime: number; mtime: number }>();
  private readonly folders = new Set<string>(['/']);
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: file.ctime, mtime: file.mtime, size: file.data.byteLength };
    if (this.folders.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    const children = new Map<string, vscode.FileType>();
    for (const p of this.files.keys()) if (p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) children.set(p.slice(prefix.length), vscode.FileType.File);
    for (const p of this.folders) if (p !== prefix && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) children.set(p.slice(prefix.length), vscode.FileType.Directory);
    return [...children];
  }

  createDirectory(uri: vscode.Uri): void {
    this.folders.add(uri.path);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const parent = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    if (!this.folders.has(parent)) throw vscode.FileSystemError.FileNotFound(uri.with({ path: parent }));
    const existing = this.files.get(uri.path);
    const now = Date.now();
    this.files.set(uri.path, { data: content, ctime: existing?.ctime ?? now, mtime: now });
    this.changes.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) this.folders.delete(uri.path);
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    const file = this.files.get(from.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(from);
    this.files.delete(from.path);
    this.files.set(to.path, file);
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }
}

describe('Newsdesk in a virtual workspace (in-memory file system)', function () {
  this.timeout(90_000);
  let registration: vscode.Disposable;
  let document: vscode.TextDocument;

  before(async () => {
    await activate();
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, new MemoryFileSystem(), { isCaseSensitive: true });
    const folder = vscode.Uri.from({ scheme: SCHEME, path: '/desk' });
    await vscode.workspace.fs.createDirectory(folder);
    const uri = vscode.Uri.joinPath(folder, 'bridge.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BRIDGE_ARTICLE));
    document = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false })).document;
  });

  after(async () => {
    await closeAll();
    registration?.dispose();
  });

  it('opens the article from the in-memory file system as Markdown', () => {
    assert.equal(document.uri.scheme, SCHEME);
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), BRIDGE_ARTICLE);
  });

  it('reports the article’s findings as diagnostics', async () => {
    await waitForDiagnostics(document.uri, BRIDGE_FINDINGS);
  });

  it('shows a hover card on a person', async () => {
    const hover = await hoverAt(document, inside(document, 'Ana Ruiz'));
    assert.deepEqual(hover.range, rangeOf(document, 'Ana Ruiz'));
    assert.match(markdownOf(hover)[0].value, /^\$\(person\) \*\*Ana Ruiz\*\* · person\n\n_Mayor_\n\n/);
  });

  it('“Check attributions” checks it and counts its findings', async () => {
    const summary = await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkAttributions', document.uri);
    assert.ok(summary, 'the command returns a summary');
    assert.deepEqual(summary.counts, { 'unattributed-quote': 1, 'unsourced-figure': 1, 'anonymous-source': 1, 'unclosed-quote': 0 });
    assert.equal(summary.total, 3);
    assert.equal(summary.message, `Newsdesk: 1 unattributed quote, 1 unsourced figure, 1 anonymous source in ${vscode.workspace.asRelativePath(document.uri)}.`);
    assert.deepEqual(describeAll(document.uri).sort(), [...BRIDGE_FINDINGS].sort());
  });
});
