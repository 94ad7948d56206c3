#!/usr/bin/env node
// `npm run verify-vsix`: checks that the packaged newsdesk-<version>.vsix (run
// `npm run package` first) installs into a clean VS Code (code-server's
// --install-extension) and that, installed that way, it activates on an article and flags it.

'use strict';

const fs = require('node:fs');
const path = require('node:path');
const host = require('./vscode-host');
const ui = require('./screenshots');

async function main() {
  const manifest = JSON.parse(fs.readFileSync(path.join(host.ROOT, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const vsix = path.resolve(process.argv[2] || path.join(host.ROOT, `${manifest.name}-${manifest.version}.vsix`));
  if (!fs.existsSync(vsix)) throw new Error(`${path.relative(host.ROOT, vsix)} not found: run \`npm run package\` first`);

  const extensionsDir = host.makeTempDir('newsdesk-vsix-exts-');
  const installed = await host.codeServerCli(['--install-extension', vsix, '--force'], { extensionsDir });
  host.log(installed.trim().split('\n').pop());
  const listed = await host.codeServerCli(['--list-extensions', '--show-versions'], { extensionsDir });
  if (!listed.includes(`${id}@${manifest.version}`)) throw new Error(`${id}@${manifest.version} is not listed after install:\n${listed}`);
  host.log(`installed: ${id}@${manifest.version}`);

  const session = await ui.openWorkbench({ extensionsDir });
  try {
    await ui.openFile(session.page, 'needs-work.md');
    await ui.waitForSquiggles(session.page, host.MINUTE);
    await ui.showProblems(session.page);
    const row = session.page.locator('.markers-panel .monaco-list-row', { hasText: 'Newsdesk' }).first();
    await row.waitFor({ timeout: 30_000 });
    host.log('the installed .vsix activates and flags the sample article');
  } catch (err) {
    await ui.screenshot(session.page, path.join(host.ROOT, '.vscode-test', 'verify-vsix-failure.png')).catch(() => {});
    throw err;
  } finally {
    await session.close();
  }
}

host.installCleanupHandlers();
main().then(
  () => host.cleanupAll().then(() => process.exit(0)),
  (err) => {
    console.error(`[verify-vsix] ${err.message}`);
    host.cleanupAll().then(() => process.exit(1));
  },
);
