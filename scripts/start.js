#!/usr/bin/env node
// `npm start`: builds Newsdesk and serves a VS Code (code-server) on this machine with
// the extension installed from this repo and samples/ open, for a person to try in a
// browser. Ctrl+C stops it and removes its throwaway profile.
//
//   node scripts/start.js [--port N] [--folder DIR] [--check]
//
// --check opens the printed URL in headless Chromium, waits until Newsdesk flags the
// sample article, and exits (0 when it did).

'use strict';

const path = require('node:path');
const host = require('./vscode-host');

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function check(url) {
  const ui = require('./screenshots');
  const browser = await host.launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2 * host.MINUTE });
  await host.waitForWorkbench(page);
  await page.waitForSelector('.activitybar .action-item a.action-label[aria-label^="Newsdesk"]', { timeout: host.MINUTE });
  await ui.openFile(page, 'needs-work.md');
  await ui.waitForSquiggles(page, host.MINUTE);
  await ui.showProblems(page);
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Newsdesk' }).first();
  await row.waitFor({ timeout: 30_000 });
  host.log(`check: the workbench shows Newsdesk; first problem: ${(await row.innerText()).split('\n')[0]}`);
  await browser.closeAndForget();
}

async function main() {
  host.installCleanupHandlers();
  const folder = path.resolve(option('--folder') || path.join(host.ROOT, 'samples'));
  const port = Number(option('--port') || process.env.NEWSDESK_PORT) || undefined;

  host.log('building…');
  await host.run(process.execPath, ['esbuild.js'], { timeoutMs: 5 * host.MINUTE });

  const extensionsDir = host.makeTempDir('newsdesk-start-exts-');
  const id = host.linkDevelopmentExtension(extensionsDir);
  const vscode = await host.startHost({ folder, extensionsDir, port });
  const url = vscode.workbenchUrl({ folder });
  console.log(`\nNewsdesk is running at ${url}`);
  console.log(`(VS Code ${host.VSCODE_VERSION} via code-server ${host.CODE_SERVER_VERSION}, extension ${id} linked from ${host.ROOT};`);
  console.log(' rebuild with `npm run build` and reload the browser window to pick up changes. Ctrl+C stops it.)\n');

  if (process.argv.includes('--check')) {
    await host.withTimeout(check(url), 5 * host.MINUTE, 'the workbench to show Newsdesk');
    await vscode.stop();
    return 0;
  }
  const code = await vscode.exited;
  // Ctrl+C: the signal handler is stopping everything and exits with 130
  if (host.isStopping()) return new Promise(() => {});
  host.log(`code-server stopped unexpectedly (${code})`);
  return 1;
}

main().then(
  (code) => host.cleanupAll().then(() => process.exit(code)),
  (err) => {
    console.error(`[start] ${err.message}`);
    host.cleanupAll().then(() => process.exit(1));
  },
);
