#!/usr/bin/env node
// npm run bench:host: how long the extension host is held while Newsdesk checks long
// articles and a writer types in them, in a real VS Code (code-server and headless
// Chromium, as the integration tests run). Builds the production bundle, then runs only
// test/integration/hostBench.test.ts, which prints `bench:host:` lines.
// NEWSDESK_BENCH_HOST_WORDS=1000,10000,100000 and NEWSDESK_BENCH_HOST_EDITS=20 change the runs.

'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
run(process.execPath, ['esbuild.js', '--production']);
run(process.execPath, ['scripts/test-integration.js'], {
  ...process.env,
  NEWSDESK_BENCH_HOST: '1',
  NEWSDESK_TEST_GREP: 'editor host while typing',
  NEWSDESK_INTEGRATION_TIMEOUT_MS: String(40 * 60_000),
});
