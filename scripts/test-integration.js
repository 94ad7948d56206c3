#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) inside a real VS Code:
// code-server with this repo as the extension under development, a throwaway copy of
// samples/ as the workspace, and headless Chromium as the window. Same contract as
// @vscode/test-electron: the workbench calls the suite's run() and reports how it settled.
// Builds nothing: run `tsc -p .` and `node esbuild.js` first (npm test does).
//
// Two passes, each in a fresh code-server and workspace copy:
//  - main: workspace trust off (as in CI), every test file;
//  - untrusted: workspace trust ON and the folder NOT trusted (restricted mode, no trust
//    prompt), running only test/integration/untrusted.test.ts, which registers its tests
//    only when NEWSDESK_INTEGRATION_PASS=untrusted (code-server's environment reaches the
//    extension host, as NEWSDESK_TEST_GREP does).
// NEWSDESK_TEST_GREP narrows the main pass; the untrusted pass runs with no grep, or with a
// grep that mentions "untrusted" (then alone).
// Ends with one `integration: N passed, N failed` line that totals both passes.
//
// Exit code: 0 when every test of both passes passed, 1 on failure or timeout.

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
/** The current pass's `integration: N passed, N failed` line, as numbers, once printed. */
let tally = null;

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
  const counted = TALLY.exec(line.trim());
  if (counted) tally = { passed: Number(counted[1]), failed: Number(counted[2]) };
  if (!process.env.NEWSDESK_VERBOSE && NOISE.some((re) => re.test(line))) return;
  if (type === 'error' || type === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

/** The title of the untrusted pass's suite (test/integration/untrusted.test.ts). */
const UNTRUSTED_SUITE = 'Newsdesk in an untrusted workspace';
const TALLY = /^integration: (\d+) passed, (\d+) failed$/;

/** Which passes to run, given the user's NEWSDESK_TEST_GREP. */
function passes() {
  const grep = process.env.NEWSDESK_TEST_GREP || '';
  const untrusted = { name: 'untrusted', trust: true, grep: grep || UNTRUSTED_SUITE };
  if (!grep) return [{ name: 'main', trust: false, grep: '' }, untrusted];
  return /untrusted/i.test(grep) ? [untrusted] : [{ name: 'main', trust: false, grep }];
}

/**
 * Runs the suite once in a fresh code-server and workspace. Resolves with the suite's exit
 * code and its tally (the `integration:` line index.ts prints), or rejects on a timeout or crash.
 */
async function runPass(pass, deadline) {
  finished = false;
  tally = null;
  const workspace = host.makeTempDir('newsdesk-workspace-');
  fs.cpSync(path.join(host.ROOT, 'samples'), workspace, { recursive: true });

  // code-server's environment is the extension host's: the suite reads these two
  if (pass.grep) process.env.NEWSDESK_TEST_GREP = pass.grep;
  else delete process.env.NEWSDESK_TEST_GREP;
  if (pass.name === 'untrusted') process.env.NEWSDESK_INTEGRATION_PASS = 'untrusted';
  else delete process.env.NEWSDESK_INTEGRATION_PASS;

  const started = Date.now();
  const vscode = await host.startHost({
    folder: workspace,
    workspaceTrust: pass.trust,
    // trust on, no start-up prompt: the folder opens in restricted mode and stays there
    settings: pass.trust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {},
  });
  host.log(`${pass.name} pass: code-server listening at ${vscode.baseUrl} (${Math.round((Date.now() - started) / 1000)} s)`);
  const browser = await host.launchBrowser();
  try {
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

    const result = await host.withTimeout(exitCode, deadline - Date.now(), `the ${pass.name} pass to finish`).catch((err) => err);
    finished = true;
    if (result instanceof Error) throw result;
    host.log(`${pass.name} pass finished with exit code ${result} in ${Math.round((Date.now() - started) / 1000)} s`);
    return { code: result, tally };
  } finally {
    finished = true;
    await browser.close().catch(() => {});
    await vscode.stop();
    host.removeTempDir(workspace);
  }
}

async function main() {
  checkBuilt();
  // a first run installs code-server (bounded by its own time limits) before the clock starts
  await host.ensureCodeServer();
  const deadline = Date.now() + OVERALL_TIMEOUT_MS;
  let passed = 0;
  let failed = 0;
  let ok = true;
  for (const pass of passes()) {
    try {
      const { code, tally: counted } = await runPass(pass, deadline);
      passed += counted ? counted.passed : 0;
      failed += counted ? counted.failed : 0;
      if (code !== 0) {
        ok = false;
        // a suite that failed without a failing test (no tests, a crash) still counts one
        if (!counted || counted.failed === 0) failed++;
      }
    } catch (err) {
      console.error(`[test-integration] ${pass.name} pass: ${err.message}`);
      ok = false;
      passed += tally ? tally.passed : 0;
      failed += (tally ? tally.failed : 0) + 1;
    }
  }
  // the parseable total of both passes (scripts/test.js reads the last such line)
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return ok && failed === 0 ? 0 : 1;
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
