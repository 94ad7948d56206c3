// The extension-host half of `npm run bench:host` (scripts/bench-host.js): how long the
// editor's extension host is held while Newsdesk opens and checks a long article, and while
// a writer types in it. bench:perf times the engine alone, in Node; this times everything
// the host does for Newsdesk in a real VS Code: the sliced analysis, building and
// publishing the diagnostics, the listeners (status bar, highlights, outline), and VS Code's
// own work for each edit. Registered only when bench-host.js sets NEWSDESK_BENCH_HOST, as
// the untrusted suite is: it prints figures and checks nothing (timings are no test).

import * as vscode from 'vscode';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { article, seededRandom } from '../../bench/articles';
import { activate, cleanUp, openArticle } from './helpers';

/** Resolves when VS Code next reports diagnostics for `uri` (or after `timeoutMs`: false). */
function published(uri: vscode.Uri, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(false);
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(true);
    });
  });
}

const ms = (ns: number) => `${(ns / 1e6).toFixed(0)} ms`;
const delays = (h: IntervalHistogram) => `longest block ${ms(h.max)}, p99 ${ms(h.percentile(99))}, mean ${ms(h.mean)}`;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];

/** Types `edits` characters at random places, each once the last one's diagnostics are shown, and prints what it cost. */
async function typeIn(editor: vscode.TextEditor, length: number, edits: number, label: string): Promise<void> {
  const uri = editor.document.uri;
  const typing = monitorEventLoopDelay({ resolution: 5 });
  const latency: number[] = [];
  const random = seededRandom(length);
  typing.enable();
  for (let i = 0; i < edits; i++) {
    const at = editor.document.positionAt(Math.floor(random() * (length + i)));
    const done = published(uri, 60_000);
    const typed = performance.now();
    await editor.edit((b) => b.insert(at, 'x'));
    if (await done) latency.push(performance.now() - typed);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  typing.disable();
  const findings = vscode.languages.getDiagnostics(uri).length;
  console.log(
    `bench:host: ${label}: ${delays(typing)}; keystroke to diagnostics median ${quantile(latency, 0.5).toFixed(0)} ms, p95 ${quantile(latency, 0.95).toFixed(0)} ms (${latency.length} republished; ${findings} diagnostics)`,
  );
}

if (process.env.NEWSDESK_BENCH_HOST) {
  describe('editor host while typing (bench:host)', () => {
    after(cleanUp);

    it('prints how long the extension host is held', async function () {
      this.timeout(0);
      await activate();
      // the host's own start-up (built-in extensions activating) is not Newsdesk's
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      const sizes = (process.env.NEWSDESK_BENCH_HOST_WORDS ?? '1000,10000,100000').split(',').map(Number);
      const edits = Number(process.env.NEWSDESK_BENCH_HOST_EDITS) || 20;
      const delay = vscode.workspace.getConfiguration('newsdesk').get<number>('delay');
      console.log(`bench:host: VS Code ${vscode.version}, ${vscode.env.appHost}; event-loop delay of the extension host (5 ms resolution); keystroke to diagnostics includes newsdesk.delay (${delay} ms) and the ~50 ms VS Code waits before it reports changed diagnostics`);
      for (const [n, words] of sizes.entries()) {
        const text = article(words, 3);
        const opened = monitorEventLoopDelay({ resolution: 5 });
        opened.enable();
        const start = performance.now();
        const editor = await openArticle(text, 'news');
        const uri = editor.document.uri;
        const checked = await published(uri, 10 * 60_000);
        opened.disable();
        const label = `${words.toLocaleString('en-US')} words${n === 0 ? ' (first article of the session: starts the tagging worker, which loads compromise)' : ''}`;
        console.log(`bench:host: ${label}: opened and checked in ${(performance.now() - start).toFixed(0)} ms${checked ? '' : ' (timed out)'}; ${delays(opened)}`);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        await typeIn(editor, text.length, edits, `${label}: ${edits} one-character edits`);
        if (n === sizes.length - 1) {
          // the sidebar outline redraws with every check while it is open
          await vscode.commands.executeCommand('newsdesk.outline.focus');
          await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
          await new Promise((resolve) => setTimeout(resolve, 2000));
          await typeIn(editor, text.length + edits, edits, `${label}: ${edits} one-character edits with the sidebar open`);
        }
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });
  });
}
