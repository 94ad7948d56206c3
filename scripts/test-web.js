#!/usr/bin/env node
// Proves the browser build (package.json `browser`: dist/web/extension.js) works in VS Code
// for the Web. Two parts:
//  1. the bundle itself: it may require only `vscode` (no fs, path, node: modules);
//  2. the real thing: code-server's workbench in headless Chromium with Newsdesk loaded as a
//     *web* extension, the way @vscode/test-web does it: this script serves the repo over
//     HTTP on loopback (with CORS headers) and passes that http:// URL as
//     extensionDevelopmentPath, so the workbench runs dist/web/extension.js in its web-worker
//     extension host (no Node APIs there). A small suite, served next to it as
//     extensionTestsPath, runs in the same worker: it checks that Newsdesk activated from the
//     http:// location, opens samples/needs-work.md and compares the published diagnostics
//     with what the Node CLI (dist/cli.js) finds in the same file, checks that compromise ran
//     in the extension's tagging worker and never in its host, asks for a hover card and
//     quick fixes, runs "Check attributions" and exports a source sheet. The suite posts each
//     result back to this server.
// Builds nothing: run `node esbuild.js` first (npm test does).
//
// Prints `web: N passed, N failed`; exit code 0 only when everything passed.

'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const util = require('node:util');
const host = require('./vscode-host');

const ROOT = host.ROOT;
const WEB_BUNDLE = path.join(ROOT, 'dist', 'web', 'extension.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SAMPLE = 'needs-work.md';
const TIMEOUT_MS = Number(process.env.NEWSDESK_WEB_TIMEOUT_MS) || 6 * host.MINUTE;
const EXT_PREFIX = '/newsdesk'; // the extension folder as the workbench fetches it
const SUITE_PATH = `${EXT_PREFIX}/.web-test/suite.js`; // inside the extension, so the worker host runs it

let passed = 0;
let failed = 0;
function record(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

// ---------------------------------------------------------------------------
// 1. the bundle

function checkBundle(text) {
  const required = [...new Set([...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))];
  const others = required.filter((name) => name !== 'vscode');
  record('web bundle requires only "vscode"', others.length === 0 && required.includes('vscode'), `requires: ${required.join(', ')}`);
  const nodeImports = [...text.matchAll(/["'`]node:[a-z_/]+["'`]/g)].map((m) => m[0]);
  record('web bundle has no node: imports', nodeImports.length === 0, nodeImports.join(', '));
}

// ---------------------------------------------------------------------------
// 2. the workbench

/** What the Node build finds in the sample: the reference the web build must match. */
function expectedFindings(cli, file) {
  const out = childProcess.spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], { encoding: 'utf8' });
  const findings = JSON.parse(out.stdout);
  const entities = JSON.parse(childProcess.spawnSync(process.execPath, [cli, 'analyze', file], { encoding: 'utf8' }).stdout);
  const analysis = Array.isArray(entities) ? entities[0] : entities;
  const person = analysis.entities.find((e) => e.type === 'person' && e.mentions.length > 0);
  return {
    findings: findings.map((f) => `${f.code}@${f.line}:${f.column}`).sort(),
    person: person ? { name: person.name, start: person.mentions[0].start } : null,
  };
}

/** The suite run inside the web-worker extension host: plain CommonJS, requires only vscode. */
function suiteSource({ reportUrl, expected }) {
  return `'use strict';
const vscode = require('vscode');
const REPORT = ${JSON.stringify(reportUrl)};
const EXPECTED = ${JSON.stringify(expected)};
const SAMPLE = ${JSON.stringify(SAMPLE)};
async function report(body) {
  await fetch(REPORT, { method: 'POST', body: JSON.stringify(body) });
}
const tests = [];
function test(name, fn) { tests.push({ name, fn }); }
function assert(ok, message) { if (!ok) throw new Error(message); }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let doc;
let api;

test('runs in a web worker, without Node globals', async () => {
  assert(typeof WorkerGlobalScope !== 'undefined', 'not a worker');
  assert(typeof globalThis.process === 'undefined' || typeof globalThis.process.versions?.node === 'undefined', 'process.versions.node exists');
});

test('Newsdesk is loaded from its http:// location and activates', async () => {
  const ext = vscode.extensions.getExtension('newsdesk.newsdesk');
  assert(ext, 'extension newsdesk.newsdesk not found');
  assert(ext.extensionUri.scheme === 'http', 'loaded from ' + ext.extensionUri.toString());
  assert(ext.extensionKind === vscode.ExtensionKind.UI, 'extensionKind ' + ext.extensionKind);
  api = await ext.activate();
  assert(ext.isActive, 'not active');
  assert(api && api.store, 'activate() returned no store');
});

test('publishes the same ' + EXPECTED.findings.length + ' diagnostics as the Node build on ' + SAMPLE, async () => {
  assert(EXPECTED.findings.length > 0, 'the Node build found nothing to compare with');
  const folder = vscode.workspace.workspaceFolders[0].uri;
  doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, SAMPLE));
  await vscode.window.showTextDocument(doc);
  let got = [];
  for (let i = 0; i < 300; i++) {
    got = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Newsdesk');
    if (got.length >= EXPECTED.findings.length && got.length > 0) break;
    await sleep(100);
  }
  const keys = got
    .map((d) => (typeof d.code === 'object' ? d.code.value : d.code) + '@' + (d.range.start.line + 1) + ':' + (d.range.start.character + 1))
    .sort();
  assert(JSON.stringify(keys) === JSON.stringify(EXPECTED.findings),
    'web: ' + JSON.stringify(keys) + ' node: ' + JSON.stringify(EXPECTED.findings));
});

test('tags in its own worker: compromise is never loaded in the extension host', async () => {
  const status = api.store.taggingStatus();
  assert(status, 'no analysis yet');
  assert(status.workerStarted === true, 'the tagging worker did not start: ' + JSON.stringify(status));
  assert(status.taggedByWorker > 0, 'the worker tagged nothing: ' + JSON.stringify(status));
  assert(status.compromiseLoadedHere === false, 'compromise was loaded in the extension host: ' + JSON.stringify(status));
});

test('shows a hover card on a person', async () => {
  assert(EXPECTED.person, 'the Node build found no person in the sample');
  const position = doc.positionAt(EXPECTED.person.start + 1);
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
  const text = (hovers || []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\\n');
  assert(text.includes(EXPECTED.person.name), 'no hover naming ' + EXPECTED.person.name + ': ' + text.slice(0, 300));
});

test('offers quick fixes on a Newsdesk diagnostic', async () => {
  const diagnostic = vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'Newsdesk');
  assert(diagnostic, 'no Newsdesk diagnostic');
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  // the request's context carries the diagnostics the workbench holds for the range, which
  // reach it from the extension host a moment after getDiagnostics sees them: ask again
  // until they have arrived (a few seconds at most)
  let actions = [];
  let ours = [];
  for (let i = 0; i < 50 && ours.length < 2; i++) {
    if (i > 0) await sleep(100);
    actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    ours = (actions || []).filter((a) => a.title.includes(code)); // turn off / explain the rule
  }
  assert(ours.length >= 2, 'no rule actions for ' + diagnostic.message + '; got ' + JSON.stringify((actions || []).map((a) => a.title)));
});

test('"Check attributions" runs', async () => {
  await vscode.commands.executeCommand('newsdesk.checkAttributions');
  const got = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Newsdesk');
  assert(got.length === EXPECTED.findings.length, got.length + ' diagnostics after the command');
});

test('exports a source sheet that names the person', async () => {
  const sheet = await vscode.commands.executeCommand('newsdesk.exportSourceSheet', doc.uri);
  assert(sheet && typeof sheet.getText === 'function', 'the command returned no document');
  assert(sheet.getText().includes(EXPECTED.person.name), 'the sheet does not name ' + EXPECTED.person.name);
});

exports.run = async function () {
  let failures = 0;
  for (const t of tests) {
    try {
      await t.fn();
      await report({ name: t.name, ok: true });
    } catch (err) {
      failures++;
      await report({ name: t.name, ok: false, detail: String(err && err.stack || err) });
    }
  }
  await report({ done: true });
  if (failures) throw new Error(failures + ' web test(s) failed');
};
`;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': '*',
};
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.md': 'text/markdown' };

/**
 * Serves the repo read-only under EXT_PREFIX (dist/web/extension.js from the snapshot taken
 * at the start), the suite, and the suite's report endpoint.
 */
function serve({ webBundle, onReport }) {
  let suite = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (process.env.NEWSDESK_VERBOSE) console.log(`[http] ${req.method} ${req.url}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.writeHead(204, CORS).end();
        try {
          onReport(JSON.parse(body));
        } catch (err) {
          onReport({ name: 'report', ok: false, detail: err.message });
        }
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, CORS).end();
      return;
    }
    if (url.pathname === SUITE_PATH || url.pathname === SUITE_PATH.replace(/\.js$/, '')) {
      res.writeHead(200, { ...CORS, 'Content-Type': 'text/javascript' }).end(suite);
      return;
    }
    if (url.pathname === `${EXT_PREFIX}/dist/web/extension.js`) {
      res.writeHead(200, { ...CORS, 'Content-Type': 'text/javascript' }).end(webBundle);
      return;
    }
    const rel = decodeURIComponent(url.pathname.startsWith(`${EXT_PREFIX}/`) ? url.pathname.slice(EXT_PREFIX.length + 1) : '\0');
    const file = path.resolve(ROOT, rel);
    if (rel.includes('\0') || !file.startsWith(ROOT + path.sep) || /(^|[/\\])(\.git|node_modules|\.vscode-test)([/\\]|$)/.test(rel)) {
      res.writeHead(404, CORS).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, CORS).end();
        return;
      }
      res.writeHead(200, { ...CORS, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, server, setSuite: (s) => (suite = s) });
    });
  });
}

/**
 * Runs in the page before the workbench: when the workbench reads its configuration (the
 * data-settings attribute code-server fills in), `location` is added to
 * developmentOptions.extensions.
 */
function addDevelopmentExtension(location) {
  const { prototype } = globalThis.Element;
  const getAttribute = prototype.getAttribute;
  prototype.getAttribute = function (name) {
    const value = getAttribute.call(this, name);
    if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
    const settings = JSON.parse(value);
    const url = new URL(location);
    const uri = { scheme: url.protocol.replace(':', ''), authority: url.host, path: url.pathname };
    settings.developmentOptions = { ...settings.developmentOptions, extensions: [uri] };
    return JSON.stringify(settings);
  };
}

async function runWorkbench(webBundle) {
  const workspace = host.makeTempDir('newsdesk-web-workspace-');
  fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  // the CLI as it is now, like the web bundle, so that a rebuild during the run cannot make
  // the two builds differ
  const snapshot = host.makeTempDir('newsdesk-web-dist-');
  const cli = path.join(snapshot, 'cli.js');
  fs.copyFileSync(CLI, cli);
  const expected = expectedFindings(cli, path.join(workspace, SAMPLE));

  let settleDone;
  const done = new Promise((resolve) => (settleDone = resolve));
  const seen = new Set();
  const { base, server, setSuite } = await serve({
    webBundle,
    onReport: (r) => {
      if (r.done) settleDone();
      else {
        seen.add(r.name);
        record(r.name, r.ok, r.detail);
      }
    },
  });
  setSuite(suiteSource({ reportUrl: `${base}/report`, expected }));
  const closeServer = () => new Promise((r) => server.close(() => r()));

  try {
    await host.ensureCodeServer();
    const vscode = await host.startHost({ folder: workspace });
    const browser = await host.launchBrowser();
    // the workbench's CSP allows connections only to itself, ws: and https:; the extension is
    // served over plain http on another loopback port (vscode.dev fetches it over https)
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (process.env.NEWSDESK_VERBOSE) console.log(util.format(...(Array.isArray(args) ? args : [args])));
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
    if (process.env.NEWSDESK_VERBOSE) page.on('console', (m) => console.log(`[console] ${m.text()}`));
    page.on('crash', () => exit(new Error('the browser page crashed')));
    const url = vscode.workbenchUrl({
      folder: workspace,
      payload: [
        ['extensionDevelopmentPath', `${base}${EXT_PREFIX}`],
        ['extensionTestsPath', `${base}${SUITE_PATH}`],
      ],
    });
    // code-server fills the workbench options itself and, unlike @vscode/test-web, never sets
    // developmentOptions.extensions, the list the web extension scanner reads http:// extensions
    // under development from; add it as the workbench reads its configuration.
    await page.addInitScript(addDevelopmentExtension, `${base}${EXT_PREFIX}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2 * host.MINUTE });
    const result = await host.withTimeout(Promise.race([exited, done.then(() => exited)]), TIMEOUT_MS, 'the web suite to finish').catch((e) => e);
    if (result instanceof Error) throw result;
    if (seen.size === 0) record('the web suite ran in the worker', false, `exit code ${result} and no results`);
    else if (result !== 0 && failed === 0) record('the web suite exited cleanly', false, `exit code ${result}`);
  } finally {
    await closeServer();
  }
}

async function main() {
  if (!fs.existsSync(WEB_BUNDLE) || !fs.existsSync(CLI)) throw new Error('not built: run `node esbuild.js` first');
  console.log('web bundle');
  // the web bundle as it is now: what is checked is what is served, even if a rebuild follows
  const webBundle = fs.readFileSync(WEB_BUNDLE);
  checkBundle(webBundle.toString('utf8'));
  console.log('VS Code for the Web (code-server workbench, web-worker extension host)');
  await runWorkbench(webBundle);
}

host.installCleanupHandlers();
main().then(
  async () => {
    await host.cleanupAll();
    console.log(`web: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  },
  async (err) => {
    console.error(`[test-web] ${err.message}`);
    await host.cleanupAll();
    console.log(`web: ${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
