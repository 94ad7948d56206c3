// Builds the four bundles from one source tree: the Node extension host entry, its tagging
// worker, the web-worker entry for vscode.dev (with its own tagging worker built into it as
// text, see webTagger), and the command-line tool. Type checking is separate (`tsc
// --noEmit`); esbuild only bundles.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * A browser has no worker_threads: the web build gets an empty module in its place, so
 * src/vscode/taggerWorker.ts finds no Worker there and the engine tags in the extension's
 * own (web) worker, in slices.
 */
const noWorkerThreads = {
  name: 'no-worker-threads',
  setup(build) {
    build.onResolve({ filter: /^(node:)?worker_threads$/ }, () => ({ path: 'worker_threads', namespace: 'no-worker-threads' }));
    build.onLoad({ filter: /.*/, namespace: 'no-worker-threads' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * The Node extension carries no compromise of its own: when it must tag in its own thread
 * (its tagging worker failed), it takes compromise from dist/tagger.js, next to it, loaded
 * in that thread then (src/worker/tagger.ts compromise()). So the desktop extension ships
 * compromise once, and its bundle is half the size.
 */
function takeCompromiseFromTagger(prelude = '') {
  return {
    name: 'compromise-from-tagger',
    setup(build) {
      build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise', namespace: 'compromise-from-tagger' }));
      build.onLoad({ filter: /.*/, namespace: 'compromise-from-tagger' }, () => ({
        contents: `${prelude}module.exports = require(__dirname + '/tagger.js').compromise();`,
        loader: 'js',
      }));
    },
  };
}
const compromiseFromTagger = takeCompromiseFromTagger();

/**
 * The same for the web extension: it carries compromise once, in its tagging worker's text,
 * and runs that text in its own thread should it have to tag there.
 */
const compromiseFromWebTagger = {
  name: 'compromise-from-web-tagger',
  setup(build) {
    build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise', namespace: 'compromise-from-web-tagger' }));
    build.onLoad({ filter: /.*/, namespace: 'compromise-from-web-tagger' }, () => ({
      contents: "module.exports = require('./src/vscode/taggerWorker').compromiseInThisThread();",
      resolveDir: __dirname,
      loader: 'js',
    }));
  },
};

/**
 * The web build's tagging worker (src/worker/tagger.ts for a browser), as text: the web
 * extension starts it from a Blob (src/vscode/taggerWorker.ts), since a worker started by
 * the extension's own web worker cannot load a script from where the extension is served.
 * One classic script (iife), no imports.
 */
async function webTagger(minify) {
  const result = await esbuild.build({
    ...common,
    minify,
    sourcemap: false,
    write: false,
    entryPoints: ['src/worker/tagger.ts'],
    platform: 'browser',
    format: 'iife',
    // what the script's exports become: read when the web extension runs the text in its own
    // thread instead (src/vscode/taggerWorker.ts compromiseInThisThread)
    globalName: 'NewsdeskTagger',
    target: 'es2022',
    plugins: [noWorkerThreads],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
  });
  return result.outputFiles[0].text;
}

/** What the web extension build defines: the tagging worker's text (read by taggerWorker.ts). */
async function webDefines(minify) {
  return { 'process.env.NODE_ENV': minify ? '"production"' : '"development"', NEWSDESK_WEB_TAGGER: JSON.stringify(await webTagger(minify)) };
}

const targets = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // no web tagging worker here: its starter is left out (src/vscode/taggerWorker.ts)
    define: { NEWSDESK_WEB_TAGGER: 'undefined' },
    plugins: [compromiseFromTagger],
  },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [noWorkerThreads, compromiseFromWebTagger],
    // folds `typeof "…"` in taggerWorker.ts even in a development build, so that the
    // tagging worker's text is in the bundle once
    minifySyntax: true,
    mainFields: ['browser', 'module', 'main'],
    // set in main(): the tagging worker, built first
    define: {},
  },
  {
    // the tagging worker the Node extension starts: compromise runs here, off the editor's thread
    ...common,
    entryPoints: ['src/worker/tagger.ts'],
    outfile: 'dist/tagger.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
];

async function main() {
  // (in watch mode the web build keeps the tagging worker it started with)
  targets.find((t) => t.outfile === 'dist/web/extension.js').define = await webDefines(production);
  if (watch) {
    const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[watch] building…');
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build(t)));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { webDefines, noWorkerThreads, compromiseFromTagger, takeCompromiseFromTagger, compromiseFromWebTagger };
