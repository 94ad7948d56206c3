#!/usr/bin/env node
// `npm run package`: a production build (minified bundles) and the .vsix that installs it,
// newsdesk-<version>.vsix in the repo root. What goes in is decided by .vscodeignore (an
// allowlist); the bundles carry their dependencies, so vsce skips node_modules.

'use strict';

const fs = require('node:fs');
const path = require('node:path');
const host = require('./vscode-host');

async function main() {
  const manifest = JSON.parse(fs.readFileSync(path.join(host.ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(host.ROOT, `${manifest.name}-${manifest.version}.vsix`);
  await host.run(process.execPath, ['esbuild.js', '--production'], { timeoutMs: 5 * host.MINUTE });
  // --no-rewrite-relative-links: the README's screenshots ship in the .vsix (docs/*.png) and
  // stay relative links, which VS Code resolves inside the installed extension; without it
  // vsce wants a GitHub or GitLab repository to turn them into web addresses, and fails
  await host.run(path.join(host.ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], {
    timeoutMs: 5 * host.MINUTE,
  });
  const size = fs.statSync(vsix).size;
  console.log(`${path.basename(vsix)}: ${(size / 1024).toFixed(1)} KB`);
}

main().catch((err) => {
  console.error(`[package] ${err.message}`);
  process.exit(1);
});
