#!/usr/bin/env node
// `npm test`: everything a change must pass, in order: lint, type check (which also
// compiles the tests to out/), the esbuild bundles, the unit tests, the integration
// suite in a real VS Code and the browser build in VS Code for the Web (test-web.js).
// Ends with one line, `N passed, N failed`: the unit, integration and web tests, plus
// one failure for each lint/type/build step that failed.

'use strict';

const childProcess = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

/** Runs a step, echoing its output, and returns { code, output }. */
function step(title, command, args) {
  console.log(`\n=== ${title}: ${[path.basename(command), ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = childProcess.spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (err) => resolve({ code: 1, output: `${output}\n${err.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function lastMatch(output, regex) {
  let found = null;
  for (const m of output.matchAll(regex)) found = m;
  return found;
}

async function main() {
  let passed = 0;
  let failed = 0;
  const problems = [];
  const check = async (title, command, args) => {
    const { code } = await step(title, command, args);
    if (code !== 0) {
      failed++;
      problems.push(title);
    }
    return code === 0;
  };

  await check('lint', bin('eslint'), ['src', 'test', 'bench', 'scripts']);
  const compiled = await check('type check', bin('tsc'), ['-p', '.']);
  const built = await check('build', process.execPath, ['esbuild.js']);

  if (compiled && built) {
    const unit = await step('unit tests', bin('mocha'), ['--config', '.mocharc.json', '--reporter', 'spec', '--no-color']);
    const unitPassed = lastMatch(unit.output, /^\s*(\d+) passing/gm);
    const unitFailed = lastMatch(unit.output, /^\s*(\d+) failing/gm);
    const unitPending = lastMatch(unit.output, /^\s*(\d+) pending/gm);
    passed += unitPassed ? Number(unitPassed[1]) : 0;
    failed += unitFailed ? Number(unitFailed[1]) : 0;
    if (unitPending) {
      failed += Number(unitPending[1]);
      problems.push('unit tests: skipped tests are not allowed');
    }
    if (unit.code !== 0 && !unitFailed) {
      failed++;
      problems.push('unit tests did not run to the end');
    } else if (unitFailed) problems.push('unit tests');

    const integration = await step('integration tests', process.execPath, [path.join(__dirname, 'test-integration.js')]);
    const tally = lastMatch(integration.output, /^integration: (\d+) passed, (\d+) failed$/gm);
    passed += tally ? Number(tally[1]) : 0;
    failed += tally ? Number(tally[2]) : 0;
    if (integration.code !== 0 && (!tally || Number(tally[2]) === 0)) {
      failed++;
      problems.push('integration suite did not finish cleanly');
    } else if (tally && Number(tally[2]) > 0) problems.push('integration tests');

    const web = await step('web extension tests', process.execPath, [path.join(__dirname, 'test-web.js')]);
    const webTally = lastMatch(web.output, /^web: (\d+) passed, (\d+) failed$/gm);
    passed += webTally ? Number(webTally[1]) : 0;
    failed += webTally ? Number(webTally[2]) : 0;
    if (web.code !== 0 && (!webTally || Number(webTally[2]) === 0)) {
      failed++;
      problems.push('web extension tests did not finish cleanly');
    } else if (webTally && Number(webTally[2]) > 0) problems.push('web extension tests');
  } else {
    problems.push('tests not run: the build failed');
  }

  console.log(`\n${problems.length ? `FAILED: ${problems.join('; ')}` : 'all checks passed'}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
