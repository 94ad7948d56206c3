// "Newsdesk makes no network requests and writes no file except those the user asked for":
// checked on what ships. The two extension bundles (built by `node esbuild.js`, which
// `npm test` runs before the unit tests) may load no module but `vscode` and may name no
// browser network API; the extension sources under src/vscode/ and src/extension.ts may
// write files only where the user asked for it (the `.newsdesk.json` of "Hide this
// finding" / "Turn off this rule", in suppressions.ts). The CLI (src/cli*) is not the
// extension: it reads the files it is given and writes only to stdout.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/engine';
import { compromiseInThisThread, WORKER_MARK } from '../../src/vscode/taggerWorker';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Each bundle that ships in the extension, with the modules it may load. */
const BUNDLES: [string, string[]][] = [
  // worker_threads: the tagging worker (src/vscode/taggerWorker.ts, checked below)
  ['dist/extension.js', ['vscode', 'worker_threads']],
  ['dist/web/extension.js', ['vscode']],
  ['dist/tagger.js', ['worker_threads']],
];

/** Network (and process-spawning) APIs that extension code must never reach for. */
const NETWORK_PATTERNS: [string, RegExp][] = [
  ['fetch()', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['navigator.sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts\s*\(/],
  // a lazy import of the extension's own modules ('../engine') is fine; anything else is not
  // (and `typeof import('x')` is a type, gone after compilation)
  ['dynamic import()', /(?<![\w$.])(?<!typeof\s*)import\s*\(\s*(?!["']\.\.?\/)/],
];

/**
 * Node modules that open connections or start processes. (worker_threads starts a thread
 * in the same process: the extension uses it for its own tagging worker only, see below.)
 */
const FORBIDDEN_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster'];

/** Every module a bundle or source file loads: require("x"), import … from "x", import("x"). */
function loadedModules(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) found.push(m[2]);
  for (const m of code.matchAll(/^\s*(?:import|export)\b[^;'"]*\bfrom\s*(["'])([^"']+)\1/gm)) found.push(m[2]);
  for (const m of code.matchAll(/(?<![\w$.])import\s*(["'])([^"']+)\1/g)) found.push(m[2]);
  return found;
}

/** What in `code` uses the network or a forbidden module, as readable problem strings. */
function networkUse(code: string): string[] {
  const problems: string[] = [];
  for (const [name, pattern] of NETWORK_PATTERNS) if (pattern.test(code)) problems.push(name);
  for (const module of loadedModules(code)) {
    const bare = module.replace(/^node:/, '').split('/')[0];
    if (FORBIDDEN_MODULES.includes(bare)) problems.push(`module ${module}`);
  }
  return problems;
}

/**
 * File-writing calls: VS Code's file system API, Node's, and a WorkspaceEdit's file
 * operations. (A WorkspaceEdit's text edits are quick fixes the user picks: edits to the
 * open document, saved only when the user saves it.)
 */
const WRITE_PATTERN = /\b(?:fs\.(?:writeFile|appendFile|createWriteStream|copyFile|copy|rename|rm|rmdir|unlink|delete|mkdir|createDirectory)(?:Sync)?\s*\(|\.(?:createFile|deleteFile|renameFile)\s*\()/g;

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.ts')) found.push(full);
  }
  return found.sort();
}

/** The extension's own sources: the entry point, the VS Code layer, the engine and its worker (no CLI). */
function extensionSources(): string[] {
  return [
    path.join(ROOT, 'src', 'extension.ts'),
    ...sourceFiles(path.join(ROOT, 'src', 'vscode')),
    ...sourceFiles(path.join(ROOT, 'src', 'engine')),
    ...sourceFiles(path.join(ROOT, 'src', 'worker')),
  ];
}

/** Comments removed, so that a doc comment naming an API is not mistaken for a call. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"'`\\])\/\/.*$/gm, '$1');
}

describe('bundles: no network, no unasked writes', () => {
  describe('the checks themselves', () => {
    it('flag every kind of network use', () => {
      assert.deepEqual(networkUse('const r = await fetch("https://example.com/x");'), ['fetch()']);
      assert.deepEqual(networkUse('globalThis.fetch(url)'), ['fetch()']);
      assert.deepEqual(networkUse('new XMLHttpRequest()'), ['XMLHttpRequest']);
      assert.deepEqual(networkUse('new WebSocket(u)'), ['WebSocket']);
      assert.deepEqual(networkUse('var h = require("https");'), ['module https']);
      assert.deepEqual(networkUse("import * as net from 'node:net';"), ['module node:net']);
      assert.deepEqual(networkUse('const cp = require("child_process")'), ['module child_process']);
      assert.deepEqual(networkUse('require("dgram")'), ['module dgram']);
      assert.deepEqual(networkUse('const m = await import("https://example.com/m.js");'), ['dynamic import()']);
      assert.deepEqual(networkUse('const m = await import(url);'), ['dynamic import()']);
    });

    it('let ordinary code through', () => {
      assert.deepEqual(networkUse('const vscode = require("vscode"); prefetch(x); refetchAll(); obj.fetched = 1;'), []);
      assert.deepEqual(networkUse("import * as vscode from 'vscode';"), []);
      assert.deepEqual(networkUse("this.engine ??= await import('../engine');"), []);
      assert.deepEqual(networkUse("type Nlp = typeof import('compromise');"), []);
      assert.deepEqual(networkUse('const s = "taken from " + where;'), []);
    });

    it('find file writes but not reads', () => {
      assert.equal('await vscode.workspace.fs.writeFile(uri, bytes);'.match(WRITE_PATTERN)?.length, 1);
      assert.equal('fs.writeFileSync(p, s)'.match(WRITE_PATTERN)?.length, 1);
      assert.equal('edit.createFile(uri, { contents });'.match(WRITE_PATTERN)?.length, 1);
      assert.equal('fs.delete(uri)'.match(WRITE_PATTERN)?.length, 1);
      assert.equal('await vscode.workspace.fs.readFile(uri); fs.stat(p)'.match(WRITE_PATTERN), null);
    });
  });

  for (const [bundle, modules] of BUNDLES) {
    describe(bundle, () => {
      const file = path.join(ROOT, bundle);
      const code = () => {
        assert.ok(fs.existsSync(file), `${bundle} is built (run \`node esbuild.js\`; npm test builds before the unit tests)`);
        return fs.readFileSync(file, 'utf8');
      };

      it(`loads no module but ${modules.join(' and ')}`, () => {
        assert.deepEqual([...new Set(loadedModules(code()))].sort(), modules);
      });

      it('names no network API', () => {
        assert.deepEqual(networkUse(code()), []);
      });
    });
  }

  describe('compromise in the desktop extension', () => {
    const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

    it('ships once, in the tagging worker: dist/extension.js takes it from dist/tagger.js', () => {
      // compromise's own model builder is in the worker's bundle, not in the extension's
      assert.match(read('dist/tagger.js'), /expandLexicon|PhrasalVerb/);
      assert.doesNotMatch(read('dist/extension.js'), /expandLexicon|PhrasalVerb/);
      // the one module loaded by a computed name: the worker's bundle, next to it
      const computed = [...read('dist/extension.js').matchAll(/\brequire\s*\(\s*(?!["'`])([^)]*)\)/g)].map((m) => m[1].replace(/\s+/g, ''));
      assert.deepEqual(computed, ['__dirname+"/tagger.js"']);
    });

    it('is what an engine built as the extension is built tags with, when it tags in its own thread', async function () {
      this.timeout(60_000);
      // the engine bundled with the extension's plugin, next to a copy of the worker bundle
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const esbuild = require('esbuild') as typeof import('esbuild');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { compromiseFromTagger } = require(path.join(ROOT, 'esbuild.js')) as { compromiseFromTagger: import('esbuild').Plugin };
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bundle-'));
      try {
        fs.copyFileSync(path.join(ROOT, 'dist', 'tagger.js'), path.join(dir, 'tagger.js'));
        await esbuild.build({
          stdin: { contents: "export { analyze } from './src/engine';", resolveDir: ROOT, loader: 'ts' },
          bundle: true,
          outfile: path.join(dir, 'engine.js'),
          platform: 'node',
          format: 'cjs',
          logLevel: 'silent',
          plugins: [compromiseFromTagger],
        });
        const bundled = fs.readFileSync(path.join(dir, 'engine.js'), 'utf8');
        assert.doesNotMatch(bundled, /expandLexicon|PhrasalVerb/, 'the engine bundle carries no compromise');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const engine = require(path.join(dir, 'engine.js')) as typeof import('../../src/engine');
        const article = fs.readFileSync(path.join(ROOT, 'samples', 'needs-work.md'), 'utf8');
        const own = engine.analyze(article, { format: 'markdown' });
        assert.ok(own.entities.length > 0 && own.findings.length > 0);
        assert.deepEqual(JSON.parse(JSON.stringify(own)), JSON.parse(JSON.stringify(analyze(article, { format: 'markdown' }))));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('is there to take: the worker bundle gives the compromise that tags as the engine expects', () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const taken = (require(path.join(ROOT, 'dist', 'tagger.js')) as { compromise: () => (text: string) => { json: () => { terms: { tags: string[] }[] }[] } }).compromise();
      assert.equal(typeof taken, 'function');
      const terms = taken('Marta Lindqvist, the chief executive, flew to Bergen.').json()[0].terms;
      assert.ok(terms[0].tags.includes('Person'), JSON.stringify(terms[0]));
      assert.ok(terms.some((t) => t.tags.includes('Place') || t.tags.includes('City')), JSON.stringify(terms));
    });
  });

  describe('compromise in the web extension', () => {
    const source = async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { webDefines } = require(path.join(ROOT, 'esbuild.js')) as { webDefines: (minify: boolean) => Promise<Record<string, string>> };
      return JSON.parse((await webDefines(false)).NEWSDESK_WEB_TAGGER) as string;
    };
    const count = (text: string) => text.split('PhrasalVerb').length - 1;

    it('ships once, in the tagging worker’s text', async function () {
      this.timeout(60_000);
      const text = await source();
      assert.ok(count(text) > 0);
      assert.equal(count(fs.readFileSync(path.join(ROOT, 'dist', 'web', 'extension.js'), 'utf8')), count(text));
    });

    it('tags in the extension’s own thread from that text as compromise does, and answers no one there', async function () {
      this.timeout(60_000);
      const text = await source();
      const scope = globalThis as unknown as Record<string, unknown>;
      const listened: string[] = [];
      // a web extension host is itself a worker: the text must not take its messages
      scope.addEventListener = (type: string) => void listened.push(type);
      scope.postMessage = () => undefined;
      try {
        const taken = compromiseInThisThread(text) as (text: string) => { json: () => { terms: { text: string; tags: string[] }[] }[] };
        assert.deepEqual(listened, []);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const own = require('compromise/two') as typeof taken;
        const sentence = 'Marta Lindqvist, the chief executive of the Harbour Authority, flew to Bergen on Monday.';
        assert.deepEqual(taken(sentence).json()[0].terms.map((t) => t.tags), own(sentence).json()[0].terms.map((t) => t.tags));
        // marked as the worker is, the same text listens
        scope[WORKER_MARK] = true;
        compromiseInThisThread(text);
        assert.deepEqual(listened, ['message']);
      } finally {
        delete scope.addEventListener;
        delete scope.postMessage;
        delete scope[WORKER_MARK];
      }
    });
  });

  describe('extension sources', () => {
    it('use no network API and load no network module', () => {
      const problems = extensionSources().flatMap((file) =>
        networkUse(withoutComments(fs.readFileSync(file, 'utf8'))).map((p) => `${path.relative(ROOT, file)}: ${p}`),
      );
      assert.deepEqual(problems, []);
    });

    it('start a thread only in taggerWorker.ts, and only the extension’s own tagging worker', () => {
      const users = extensionSources().filter((file) => /worker_threads/.test(withoutComments(fs.readFileSync(file, 'utf8'))));
      assert.deepEqual(
        users.map((file) => path.relative(ROOT, file)),
        ['src/vscode/taggerWorker.ts', 'src/worker/tagger.ts'],
      );
      // only taggerWorker.ts starts a worker (a Node thread, or a browser Worker from the
      // worker's own text, built in by esbuild.js); the worker side only answers its parent
      const starters = extensionSources().filter((file) => /new\s+(?:threads\.)?Worker\s*\(|createObjectURL/.test(withoutComments(fs.readFileSync(file, 'utf8'))));
      assert.deepEqual(
        starters.map((file) => path.relative(ROOT, file)),
        ['src/vscode/taggerWorker.ts'],
      );
      const starts = [...withoutComments(fs.readFileSync(path.join(ROOT, 'src', 'extension.ts'), 'utf8')).matchAll(/startTagger\((\w+(?:\.\w+)*\([^)]*\))/g)].map((m) => m[1]);
      assert.deepEqual(starts, ["context.asAbsolutePath('dist/tagger.js')"]);
    });

    it('write files only in suppressions.ts (the .newsdesk.json the user asked for)', () => {
      const writers = extensionSources().flatMap((file) =>
        [...withoutComments(fs.readFileSync(file, 'utf8')).matchAll(WRITE_PATTERN)].map((m) => `${path.relative(ROOT, file)}: ${m[0]}`),
      );
      assert.deepEqual(writers, ['src/vscode/suppressions.ts: fs.writeFile(']);
    });

    it('suppressions.ts writes only the .newsdesk.json file', () => {
      const code = fs.readFileSync(path.join(ROOT, 'src', 'vscode', 'suppressions.ts'), 'utf8');
      assert.match(code, /const CONFIG_FILE = '\.newsdesk\.json'/);
      const writes = [...code.matchAll(/workspace\.fs\.writeFile\((\w+)/g)].map((m) => m[1]);
      assert.deepEqual(writes, ['file']);
    });
  });
});
