#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) inside a real VS Code:
// code-server with this repo as the extension under development, a throwaway copy of
// samples/ as the workspace, and headless Chromium as the window. Same contract as
// @vscode/test-electron: the workbench calls the suite's run() and reports how it settled.
// Builds nothing: run `tsc -p .` and `node esbuild.js` first (npm test does).
//
// Exit code: the suite's (0 when every test passed), 1 on failure or timeout.

'use strict';

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const host = require('./vscode-host');

const OVERALL_TIMEOUT_MS = Number(process.env.NEWSDESK_INTEGRATION_TIMEOUT_MS) || 10 * host.MINUTE;
const SUITE = path.join(host.ROOT, 'out', 'test', 'integration', 'index');

function checkBuilt() {
  const missing = [path.join(host.ROOT, 'dist', 'extension.js'), `${SUITE}.js`].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(`not built: ${missing.map((f) => path.relative(host.ROOT, f)).join(', ')} (run \`npx tsc -p . && node esbuild.js\`)`);
  }
}

let finished = false;

// workbench start-up chatter that says nothing about Newsdesk (NEWSDESK_VERBOSE=1 shows it)
const NOISE = [
  /^Creation of workbench contribution/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(/,
  /^ChatSessionStore:/,
  /^\[remote-connection\]/,
  /^Started local extension host/,
  /^Extension host \(Remote\) is responsive/,
  /^CodeExpectedError/, // the workbench's own "expected" errors (e.g. a cancelled quick input)
];

/** Prints what the extension host logs (console.log's format string and all), as a terminal would. */
function printLog(type, args) {
  if (finished) return; // the workbench's reconnect chatter while everything shuts down
  const line = util.format(...(Array.isArray(args) ? args : [args]));
  if (!process.env.NEWSDESK_VERBOSE && NOISE.some((re) => re.test(line))) return;
  if (type === 'error' || type === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

async function main() {
  checkBuilt();
  const workspace = host.makeTempDir('newsdesk-workspace-');
  fs.cpSync(path.join(host.ROOT, 'samples'), workspace, { recursive: true });

  // a first run installs code-server (bounded by its own time limits) before the clock starts
  await host.ensureCodeServer();
  const started = Date.now();
  const vscode = await host.startHost({ folder: workspace });
  host.log(`code-server listening at ${vscode.baseUrl} (${Math.round((Date.now() - started) / 1000)} s)`);
  const browser = await host.launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  let settle;
  const exitCode = new Promise((resolve) => {
    settle = resolve;
  });
  // both must exist before the workbench loads
  await page.exposeFunction('codeAutomationLog', printLog);
  await page.exposeFunction('codeAutomationExit', (code) => {
    finished = true;
    settle(Number(code));
  });
  page.on('pageerror', (err) => {
    if (process.env.NEWSDESK_VERBOSE) process.stderr.write(`[page] ${err.message}\n`);
  });
  page.on('crash', () => settle(new Error('the browser page crashed')));
  vscode.exited.then((code) => settle(new Error(`code-server exited (${code}) during the tests`)));

  const url = vscode.workbenchUrl({
    folder: workspace,
    payload: [
      ['extensionDevelopmentPath', vscode.remote(host.ROOT)],
      ['extensionTestsPath', vscode.remote(SUITE)],
    ],
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2 * host.MINUTE });

  const remaining = OVERALL_TIMEOUT_MS - (Date.now() - started);
  const result = await host.withTimeout(exitCode, remaining, 'the integration suite to finish').catch((err) => err);
  finished = true;
  if (result instanceof Error) throw result;
  host.log(`suite finished with exit code ${result} in ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
}

host.installCleanupHandlers();
main().then(
  async (code) => {
    await host.cleanupAll();
    process.exit(code === 0 ? 0 : 1);
  },
  async (err) => {
    console.error(`[test-integration] ${err.message}`);
    // the parseable tally, so that a broken run never reads as "no tests"
    console.log('integration: 0 passed, 1 failed');
    await host.cleanupAll();
    process.exit(1);
  },
);
