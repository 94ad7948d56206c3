// The tagging worker: compromise, loaded and run off the editor's thread. The extension
// host sends it pieces of text (sentences, or chunks of over-long ones) and gets back each
// piece's tagging, exactly as tagging.ts makes it in one thread (tagForWire), and, once,
// compromise's lexicon. So the editor never loads compromise, never waits while it builds
// its model, and never tags a cold 100,000-word document itself.
//
// Messages in: { id, kind: 'tag', pieces } and { id, kind: 'lexicon' }. Out: { id, result }
// or { id, error } with a message. In Node this runs in a worker_threads Worker; in the web
// build, in a dedicated Worker that the extension (itself in a web worker) starts from this
// bundle's text, which esbuild.js builds into the web extension (see taggerWorker.ts).

import { lexiconGroups } from '../engine/nlp';
import { tagForWire } from '../engine/tagging';
import { WORKER_MARK } from '../vscode/taggerWorker';

/**
 * compromise itself, for the extension's own thread when it must tag there (its worker
 * failed): neither extension bundle carries compromise of its own but takes this script's
 * (esbuild.js compromiseFromTagger, compromiseFromWebTagger), so each ships it once.
 */
export function compromise(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('compromise/two');
}

export interface TaggerRequest {
  id: number;
  kind: 'tag' | 'lexicon';
  pieces?: string[];
}

export interface TaggerReply {
  id: number;
  result?: unknown;
  error?: string;
}

/** The answer to one request (never throws: a failure is the reply's error). */
export function answer(request: TaggerRequest): TaggerReply {
  try {
    if (request.kind === 'lexicon') return { id: request.id, result: lexiconGroups() };
    if (request.kind === 'tag' && Array.isArray(request.pieces)) return { id: request.id, result: tagForWire(request.pieces) };
    return { id: request.id, error: `Unknown request: ${String(request.kind)}` };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

interface Port {
  on(event: 'message', listener: (request: TaggerRequest) => void): void;
  postMessage(reply: TaggerReply): void;
}

/** The Node worker thread's port to the extension host, if this is one. */
function parentPort(): Port | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('worker_threads') as { parentPort?: Port | null }).parentPort ?? undefined;
  } catch {
    return undefined;
  }
}

/** A browser's dedicated worker scope (the web build's tagging worker), if this is one. */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: TaggerRequest }) => void): void;
  postMessage(reply: TaggerReply): void;
}

const port = parentPort();
if (port) port.on('message', (request) => port.postMessage(answer(request)));
else {
  // only in the Worker the extension started from this text (taggerWorker.ts marks it):
  // the web extension host, itself a worker, also runs the text when it must tag itself,
  // and its own messages are none of this script's business
  const scope = globalThis as unknown as Partial<WorkerScope> & Record<string, unknown>;
  if (scope[WORKER_MARK] === true && typeof scope.addEventListener === 'function' && typeof scope.postMessage === 'function') {
    const web = scope as WorkerScope;
    web.addEventListener('message', (event) => web.postMessage(answer(event.data)));
  }
}
