#!/usr/bin/env node
// A real VS Code to run Newsdesk in, on machines that reach only npm and Debian:
// code-server (VS Code 1.99.3 served to a browser, with a real Node extension host),
// installed on demand into .vscode-test/code-server, plus headless Chromium driven by
// playwright-core. Used by the integration tests, `npm start`, the screenshots and the
// .vsix check. Everything it starts it also stops: on success, on error and on Ctrl+C.
//
// CLI:  node scripts/vscode-host.js prerequisites   install/check system packages
//       node scripts/vscode-host.js install         + install code-server (idempotent)
//       node scripts/vscode-host.js check           + start it once and stop it

'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { setInterval, clearInterval } = require('node:timers');

const CODE_SERVER_VERSION = '4.99.4';
const VSCODE_VERSION = '1.99.3';
const ROOT = path.resolve(__dirname, '..');
const CACHE_DIR = path.join(ROOT, '.vscode-test', 'code-server');
const MARKER = path.join(CACHE_DIR, '.newsdesk-installed');
const ENTRY = path.join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config', 'build-essential', 'python3'];
const RIPGREP_PACKAGE_VERSION = '1.15.11'; // @vscode/ripgrep used by code-server 4.99.4
const RIPGREP_RELEASE = 'v13.0.0-10';

const MINUTE = 60_000;

function log(message) {
  console.log(`[vscode-host] ${message}`);
}

// ---------------------------------------------------------------------------
// small process helpers

/** Runs a command to completion with a time limit; rejects on non-zero exit. */
function run(command, args, { cwd = ROOT, env = process.env, timeoutMs = 10 * MINUTE, logFile, quiet } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'a') : null;
    const stdio = out !== null ? ['ignore', out, out] : ['ignore', quiet ? 'ignore' : 'inherit', quiet ? 'ignore' : 'inherit'];
    const child = childProcess.spawn(command, args, { cwd, env, stdio, detached: true });
    tracked.add(child);
    const timer = setTimeout(() => {
      killTree(child, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      tracked.delete(child);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      tracked.delete(child);
      if (out !== null) fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})` + (logFile ? `; see ${logFile}` : '')));
    });
  });
}

/** Resolves with the promise's value, or rejects after `ms` with a message naming `what`. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function commandExists(name) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// cleanup: every child process group and temp folder we create is registered here

const tracked = new Set(); // child processes, each the leader of its own process group
const tempDirs = new Set();
const closers = new Set(); // async cleanups (browsers, hosts)

function killTree(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

function removeTempDir(dir) {
  tempDirs.delete(dir);
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // best effort
  }
}

async function cleanupAll() {
  for (const close of [...closers].reverse()) {
    try {
      await withTimeout(Promise.resolve().then(close), 10_000, 'cleanup');
    } catch {
      // keep cleaning
    }
  }
  for (const child of tracked) killTree(child, 'SIGKILL');
  for (const dir of [...tempDirs]) removeTempDir(dir);
}

let handlersInstalled = false;
let stopping = false;
/** True once a signal asked us to stop: cleanup is under way and the process will exit. */
function isStopping() {
  return stopping;
}

/** Stops everything we started when the process ends, however it ends. */
function installCleanupHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const child of tracked) killTree(child, 'SIGKILL');
    for (const dir of [...tempDirs]) removeTempDir(dir);
  });
  const onSignal = (signal, code) => {
    stopping = true;
    log(`${signal}: stopping`);
    // a second signal while we clean up ends at once
    process.once(signal, () => process.exit(code));
    cleanupAll().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  process.once('SIGHUP', () => onSignal('SIGHUP', 129));
}

// ---------------------------------------------------------------------------
// prerequisites: system packages

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = which(name);
    if (found) return found;
  }
  return '/usr/bin/chromium';
}

/** What is missing; `forInstall` adds what building code-server's native modules needs. */
function missingPrerequisites({ forInstall }) {
  const missing = [];
  if (!fs.existsSync(chromiumPath())) missing.push('chromium');
  if (!commandExists('rg')) missing.push('ripgrep');
  if (forInstall) {
    if (!commandExists('make') || !commandExists('g++')) missing.push('build-essential');
    if (!commandExists('python3')) missing.push('python3');
    if (!commandExists('pkg-config')) missing.push('pkg-config');
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !commandExists('krb5-config')) missing.push('libkrb5-dev');
  }
  return missing;
}

async function ensurePrerequisites({ forInstall = true } = {}) {
  const missing = missingPrerequisites({ forInstall });
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && commandExists('apt-get')) {
    log(`installing system packages (missing: ${missing.join(', ')}) with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const lock = ['-o', 'DPkg::Lock::Timeout=600'];
    await run('apt-get', [...lock, 'update', '-q'], { env, timeoutMs: 15 * MINUTE });
    await run('apt-get', [...lock, 'install', '-y', '-q', '--no-install-recommends', ...APT_PACKAGES], {
      env,
      timeoutMs: 30 * MINUTE,
    });
    const still = missingPrerequisites({ forInstall });
    if (still.length) throw new Error(`still missing after apt-get install: ${still.join(', ')}`);
    return;
  }
  throw new Error(
    `missing system packages: ${missing.join(', ')}.\n` +
      `Install them, for example on Debian/Ubuntu:\n  sudo apt-get install -y ${APT_PACKAGES.join(' ')}\n` +
      'or set CHROMIUM_PATH to a Chromium/Chrome executable and put ripgrep (rg) on PATH.',
  );
}

// ---------------------------------------------------------------------------
// code-server: install once into .vscode-test/code-server

function isInstalled() {
  try {
    return fs.readFileSync(MARKER, 'utf8').trim() === CODE_SERVER_VERSION && fs.existsSync(ENTRY);
  } catch {
    return false;
  }
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the tarball. */
function seedRipgrepCache(tmpdir) {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[os.arch()];
  const rg = which('rg');
  if (!target || !rg || process.platform !== 'linux') return;
  const cache = path.join(tmpdir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(cache, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  const stage = path.join(cache, 'stage');
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  childProcess.execFileSync('tar', ['czf', tarball, '-C', stage, 'rg']);
}

/** The native parts that code-server's postinstall builds; absent ones mean it did not run. */
function installProblems() {
  const vscodeModules = path.join(CACHE_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const expected = [
    ['entry point', ENTRY],
    ['node-pty native module', path.join(vscodeModules, 'node-pty', 'build', 'Release', 'pty.node')],
    ['spdlog native module', path.join(vscodeModules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node')],
    ['ripgrep binary', path.join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg')],
  ];
  return expected.filter(([, file]) => !fs.existsSync(file)).map(([what, file]) => `${what} missing (${file})`);
}

async function withInstallLock(fn) {
  const lock = `${CACHE_DIR}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 20 * MINUTE;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 20 * MINUTE) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another install holds ${lock}`, { cause: err });
      else await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs code-server into the cache folder unless a verified install is there; returns entry.js. */
async function ensureCodeServer() {
  if (isInstalled()) return ENTRY;
  await ensurePrerequisites({ forInstall: true });
  return withInstallLock(async () => {
    if (isInstalled()) return ENTRY;
    log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CACHE_DIR)} (about 2 minutes, 300 MB)…`);
    fs.rmSync(CACHE_DIR, { recursive: true, force: true });
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // A package.json of our own so npm treats the folder as a project; allowScripts
    // approves the install scripts that newer npm versions would otherwise only warn about
    // or skip (code-server's postinstall builds VS Code's native modules).
    const scripted = ['code-server', 'node-pty', '@vscode/ripgrep', '@vscode/spdlog', 'native-watchdog', 'kerberos',
      '@parcel/watcher', '@vscode/deviceid', '@vscode/windows-process-tree', '@vscode/windows-registry', 'argon2'];
    fs.writeFileSync(
      path.join(CACHE_DIR, 'package.json'),
      JSON.stringify({
        name: 'newsdesk-vscode-host',
        private: true,
        description: 'code-server for Newsdesk integration tests (installed by scripts/vscode-host.js)',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        allowScripts: Object.fromEntries(scripted.map((name) => [name, true])),
      }, null, 2),
    );
    const tmpdir = os.tmpdir();
    seedRipgrepCache(tmpdir);
    // Settings of an outer `npm test`/`npm start` (prefix, nodedir, loglevel, …) must not
    // leak into this install: keep only the user's own environment.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const env = {
      ...inherited,
      TMPDIR: tmpdir,
      // as root, code-server's postinstall refuses to run without unsafe_perm
      npm_config_unsafe_perm: 'true',
      // node-pty's build runs `npx node-gyp`, which must not prompt
      npm_config_yes: 'true',
      // install scripts must run, also inside code-server's own nested `npm install`
      npm_config_ignore_scripts: 'false',
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_foreground_scripts: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_progress: 'false',
    };
    const logFile = path.join(path.dirname(CACHE_DIR), 'code-server-install.log');
    fs.writeFileSync(logFile, '');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    try {
      await run(npm, ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
        cwd: CACHE_DIR, env, timeoutMs: 20 * MINUTE, logFile,
      });
      let problems = installProblems();
      if (problems.length) {
        log(`install scripts did not all run (${problems.join('; ')}); running them again…`);
        await run(npm, ['rebuild', '--foreground-scripts'], {
          cwd: path.join(CACHE_DIR, 'node_modules', 'code-server', 'lib', 'vscode'), env, timeoutMs: 15 * MINUTE, logFile,
        });
        problems = installProblems();
      }
      if (problems.length) throw new Error(problems.join('; '));
      const version = await probeVersion();
      if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`unexpected code-server --version: ${version}`);
    } catch (err) {
      throw new Error(`installing code-server failed: ${err.message}\n(install log: ${logFile})`, { cause: err });
    }
    fs.writeFileSync(MARKER, `${CODE_SERVER_VERSION}\n`);
    log(`code-server ${CODE_SERVER_VERSION} installed`);
    return ENTRY;
  });
}

/** `code-server --version`, with a throwaway HOME so it writes no config into the user's. */
async function probeVersion() {
  const home = makeTempDir('newsdesk-cs-home-');
  try {
    return await new Promise((resolve, reject) => {
      childProcess.execFile(process.execPath, [ENTRY, '--version'], {
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') },
        timeout: MINUTE,
      }, (err, stdout) => (err ? reject(err) : resolve(String(stdout).trim())));
    });
  } finally {
    removeTempDir(home);
  }
}

// ---------------------------------------------------------------------------
// starting code-server

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** VS Code settings that keep a test or demo window quiet and deterministic. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'git.openRepositoryInParentFolders': 'never',
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'chat.commandCenter.enabled': false,
  'github.copilot.enable': { '*': false },
  'workbench.editor.enablePreview': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'editor.minimap.enabled': false,
};

/**
 * Starts code-server on a free loopback port with throwaway profile folders.
 * Options: folder (workspace opened by default), settings (merged over QUIET_SETTINGS),
 * extensionsDir (defaults to an empty temp folder), startTimeoutMs, verbose, workspaceTrust
 * (true: leave workspace trust on, so the folder opens untrusted unless settings say otherwise).
 * Returns { port, baseUrl, remote(path), workbenchUrl({ folder, payload }), extensionsDir, output(), stop() }.
 */
async function startHost(options = {}) {
  installCleanupHandlers();
  const entry = await ensureCodeServer();
  const base = makeTempDir('newsdesk-host-');
  const dataDir = path.join(base, 'data');
  const home = path.join(base, 'home');
  const extensionsDir = options.extensionsDir || path.join(base, 'extensions');
  for (const dir of [path.join(dataDir, 'User'), home, extensionsDir]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...(options.settings || {}) }, null, 2),
  );
  const port = options.port || (await freePort());
  const configFile = path.join(base, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (options.folder) args.push(options.folder);
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    // no marketplace: nothing to fetch, nothing to log about failing to fetch it
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '' }),
    VSCODE_CLI_DISABLE_KEYCHAIN_ENCRYPT: '1',
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.PORT;
  delete env.VSCODE_IPC_HOOK_CLI;
  const child = childProcess.spawn(process.execPath, args, { cwd: base, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  tracked.add(child);
  let output = '';
  let exited = false;
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    if (options.verbose) process.stdout.write(text.replace(/^(?=.)/gm, '[code-server] '));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = true;
    tracked.delete(child);
    resolve(signal ?? code);
  }));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    closers.delete(stop);
    if (!exited) {
      killTree(child, 'SIGTERM');
      const gone = await Promise.race([exitPromise.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!gone) killTree(child, 'SIGKILL');
    }
    // the extension host and pty host live in the same process group; make sure they are gone
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // group empty
    }
    removeTempDir(base);
  };
  closers.add(stop);

  try {
    await withTimeout(
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          if (/HTTP server listening on/.test(output)) {
            clearInterval(timer);
            resolve();
          } else if (exited) {
            clearInterval(timer);
            reject(new Error('code-server exited before it was ready'));
          }
        }, 100);
      }),
      options.startTimeoutMs || 2 * MINUTE,
      'code-server to listen',
    );
  } catch (err) {
    const tail = output.split('\n').slice(-30).join('\n');
    await stop();
    throw new Error(`${err.message}\n--- code-server output ---\n${tail}`, { cause: err });
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  // the authority of vscode-remote URIs must match the page's host and port
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
  const workbenchUrl = ({ folder, payload } = {}) => {
    const params = [];
    if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
    if (payload) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
    return `${baseUrl}/${params.length ? `?${params.join('&')}` : ''}`;
  };
  return { port, baseUrl, remote, workbenchUrl, extensionsDir, dataDir, output: () => output, stop, exited: exitPromise };
}

/** Makes the repo an installed extension in `extensionsDir` (a symlink; no packaging). */
function linkDevelopmentExtension(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const link = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(ROOT, link, 'dir');
  return `${manifest.publisher}.${manifest.name}`;
}

/** Runs code-server's CLI (e.g. --install-extension) against a profile folder. */
async function codeServerCli(args, { extensionsDir, timeoutMs = 5 * MINUTE } = {}) {
  const entry = await ensureCodeServer();
  const home = makeTempDir('newsdesk-cs-cli-');
  try {
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') };
    const full = [entry, '--user-data-dir', path.join(home, 'data'), ...(extensionsDir ? ['--extensions-dir', extensionsDir] : []), ...args];
    return await new Promise((resolve, reject) => {
      childProcess.execFile(process.execPath, full, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
        err ? reject(new Error(`code-server ${args.join(' ')} failed: ${err.message}\n${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`),
      );
    });
  } finally {
    removeTempDir(home);
  }
}

// ---------------------------------------------------------------------------
// the browser

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Launches headless Chromium (Debian's) through playwright-core; closed by cleanup too. */
async function launchBrowser({ headless = true } = {}) {
  installCleanupHandlers();
  await ensurePrerequisites({ forInstall: false });
  const { chromium } = require('playwright-core');
  const browser = await withTimeout(
    chromium.launch({
      executablePath: chromiumPath(),
      headless,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: MINUTE,
    }),
    90_000,
    'Chromium to start',
  );
  const close = async () => {
    closers.delete(close);
    await browser.close().catch(() => {});
  };
  closers.add(close);
  browser.closeAndForget = close;
  return browser;
}

/** Waits until the workbench has rendered in `page`. */
async function waitForWorkbench(page, timeoutMs = 2 * MINUTE) {
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
}

module.exports = {
  CODE_SERVER_VERSION,
  VSCODE_VERSION,
  ROOT,
  CACHE_DIR,
  MINUTE,
  chromiumPath,
  ensurePrerequisites,
  ensureCodeServer,
  startHost,
  launchBrowser,
  waitForWorkbench,
  linkDevelopmentExtension,
  codeServerCli,
  makeTempDir,
  removeTempDir,
  cleanupAll,
  installCleanupHandlers,
  isStopping,
  withTimeout,
  run,
  log,
};

if (require.main === module) {
  const command = process.argv[2] || 'check';
  installCleanupHandlers();
  (async () => {
    if (command === 'prerequisites') {
      await ensurePrerequisites({ forInstall: true });
      log('system packages present');
    } else if (command === 'install') {
      await ensureCodeServer();
      log(`ready: ${path.relative(ROOT, ENTRY)}`);
    } else if (command === 'check') {
      const host = await startHost({ verbose: process.argv.includes('--verbose') });
      log(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) answered at ${host.baseUrl}`);
      await host.stop();
    } else {
      throw new Error(`unknown command ${command}; use prerequisites, install or check`);
    }
  })().then(
    () => cleanupAll().then(() => process.exit(0)),
    (err) => {
      console.error(`[vscode-host] ${err.message}`);
      cleanupAll().then(() => process.exit(1));
    },
  );
}
