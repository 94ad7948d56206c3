// The extension host's side of the tagging worker (src/worker/tagger.ts): a TaggingService
// that starts the worker on its first request, matches replies to requests, stops it when
// idle, and fails every request still waiting (so the engine falls back to tagging in the
// host) if the worker cannot start, crashes or exits. In Node the worker is a
// worker_threads Worker running dist/tagger.js; in the web build (vscode.dev), a dedicated
// Worker started from the worker's text, which esbuild.js builds into the web extension:
// the extension's own web worker may start workers from a Blob, but not from a script
// where the extension is served. No `vscode` import, so tests use it too.

import type { TaggingService, WireTagged } from '../engine/tagging';
import type { LexiconGroups } from '../engine/nlp';
import type { TaggerReply, TaggerRequest } from '../worker/tagger';

export interface TaggerWorker extends TaggingService {
  /** Stops the worker; requests still waiting fail (and are tagged in the host instead). */
  dispose(): void;
  /** Whether the worker thread is running (it starts on a request and stops when idle). */
  readonly started: boolean;
}

/**
 * How long the worker may sit with nothing to do before it is stopped: with compromise
 * loaded it holds about 55 MB, which an editor left open all day with no article in it
 * should not keep. The next request starts it again (compromise loads in it again, off
 * the editor's thread, in a few hundred milliseconds).
 */
export const IDLE_MS = 5 * 60_000;

/** A running worker, whichever kind. */
interface Thread {
  post(request: TaggerRequest): void;
  terminate(): void;
}

/** What a thread reports: each reply, and why it can no longer be used. */
interface ThreadEvents {
  reply(reply: TaggerReply): void;
  failed(error: Error): void;
}

type Spawn = (events: ThreadEvents) => Thread;

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** The text of the web build's tagging worker, defined by esbuild.js in that build only. */
declare const NEWSDESK_WEB_TAGGER: string | undefined;
/** The same, named once: each mention of the define would be a copy of the text. */
const WEB_TAGGER: string | undefined = typeof NEWSDESK_WEB_TAGGER === 'string' ? NEWSDESK_WEB_TAGGER : undefined;

/** Set in a Worker started from the text before the text runs: only there does it answer requests (src/worker/tagger.ts). */
export const WORKER_MARK = '__newsdeskTaggingWorker';

/**
 * compromise, for the web extension's own thread when it must tag there (its worker
 * failed): the web build carries compromise only in its worker's text (esbuild.js
 * compromiseFromWebTagger), so it runs that text here, unmarked, and takes compromise from
 * what the text exports. The extension host loads extensions by running their text too.
 */
export function compromiseInThisThread(source = WEB_TAGGER): unknown {
  if (source === undefined) throw new Error('This build carries no tagging worker to take compromise from.');
  const exported = new Function(`${source}\nreturn NewsdeskTagger;`)() as { compromise: () => unknown };
  return exported.compromise();
}

/**
 * The tagging worker for where the extension runs: in Node, a thread running `nodeScript`
 * (dist/tagger.js); in the web build, one started from the worker's text built into it;
 * undefined where neither can be (then the engine tags in the extension's thread, in slices).
 */
export function startTagger(nodeScript: string, idleMs = IDLE_MS): TaggerWorker | undefined {
  if (typeof process !== 'undefined' && process.versions?.node) return taggerWorker(nodeScript, idleMs);
  return WEB_TAGGER !== undefined ? webTaggerWorker(WEB_TAGGER, idleMs) : undefined;
}

/** A tagging service backed by a Node worker thread running `script`, or undefined without worker threads. */
export function taggerWorker(script: string, idleMs = IDLE_MS): TaggerWorker | undefined {
  interface NodeWorker {
    on(event: 'message', listener: (reply: TaggerReply) => void): void;
    on(event: 'error' | 'messageerror', listener: (error: unknown) => void): void;
    on(event: 'exit', listener: (code: number) => void): void;
    postMessage(request: TaggerRequest): void;
    unref(): void;
    terminate(): Promise<number>;
  }
  let threads: { Worker: new (file: string) => NodeWorker };
  try {
    if (typeof process === 'undefined' || !process.versions?.node) return undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    threads = require('worker_threads') as typeof threads;
    if (typeof threads.Worker !== 'function') return undefined;
  } catch {
    return undefined;
  }
  return service((events) => {
    const w = new threads.Worker(script);
    // an idle worker must not keep the host (or a test run) alive
    w.unref();
    w.on('message', events.reply);
    w.on('error', (error) => events.failed(asError(error)));
    w.on('messageerror', (error) => events.failed(asError(error)));
    w.on('exit', (code) => events.failed(new Error(`The tagging worker stopped (exit code ${code}).`)));
    return { post: (request) => w.postMessage(request), terminate: () => void w.terminate() };
  }, idleMs);
}

/** A tagging service backed by a browser Worker running `source` (the worker bundle's text), or undefined without Workers. */
export function webTaggerWorker(source: string, idleMs = IDLE_MS): TaggerWorker | undefined {
  interface WebWorker {
    addEventListener(type: 'message', listener: (event: { data: TaggerReply }) => void): void;
    addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
    postMessage(request: TaggerRequest): void;
    terminate(): void;
  }
  const scope = globalThis as unknown as {
    Worker?: new (url: string) => WebWorker;
    Blob?: new (parts: string[], options: { type: string }) => unknown;
    URL?: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
  };
  const { Worker, Blob, URL } = scope;
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || !URL || typeof URL.createObjectURL !== 'function') return undefined;
  return service((events) => {
    const url = URL.createObjectURL(new Blob([`self.${WORKER_MARK} = true;\n`, source], { type: 'text/javascript' }));
    const w = new Worker(url);
    let loaded = false;
    w.addEventListener('message', (event) => {
      if (!loaded) {
        loaded = true;
        URL.revokeObjectURL(url);
      }
      events.reply(event.data);
    });
    w.addEventListener('error', (event) => events.failed(new Error(`The tagging worker failed: ${event.message ?? 'error'}`)));
    w.addEventListener('messageerror', () => events.failed(new Error('The tagging worker sent a message that could not be read.')));
    return {
      post: (request) => w.postMessage(request),
      terminate: () => {
        w.terminate();
        if (!loaded) URL.revokeObjectURL(url);
      },
    };
  }, idleMs);
}

/** The requests, replies, failures and idle stops of a worker started by `spawn`. */
function service(spawn: Spawn, idleMs: number): TaggerWorker {
  let worker: Thread | undefined;
  let dead: Error | undefined;
  let nextId = 1;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const fail = (error: Error) => {
    dead ??= error;
    for (const pending of waiting.values()) pending.reject(dead);
    waiting.clear();
  };
  const stopIdleTimer = () => {
    if (idle !== undefined) clearTimeout(idle);
    idle = undefined;
  };
  /** Stops the worker when nothing is asked of it for idleMs (a later request starts another). */
  const restIfIdle = () => {
    stopIdleTimer();
    if (waiting.size > 0 || !worker) return;
    const resting = worker;
    idle = setTimeout(() => {
      idle = undefined;
      if (worker !== resting || waiting.size > 0) return;
      worker = undefined;
      resting.terminate();
    }, idleMs);
    // a pending stop must not keep the host (or a test run) alive either
    (idle as { unref?: () => void }).unref?.();
  };
  const start = (): Thread => {
    if (worker) return worker;
    const thread: Thread = spawn({
      reply: (reply) => {
        const pending = waiting.get(reply.id);
        if (!pending) return;
        waiting.delete(reply.id);
        if (reply.error !== undefined) pending.reject(new Error(reply.error));
        else pending.resolve(reply.result);
        restIfIdle();
      },
      // only the running worker's failure counts: one stopped for being idle exits too
      failed: (error) => {
        if (worker === thread) fail(error);
      },
    });
    worker = thread;
    return thread;
  };
  const request = <T>(message: Omit<TaggerRequest, 'id'>): Promise<T> => {
    if (dead) return Promise.reject(dead);
    return new Promise<T>((resolve, reject) => {
      try {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        stopIdleTimer();
        start().post({ ...message, id });
      } catch (error) {
        fail(asError(error));
      }
    });
  };
  return {
    tag: (pieces) => request<WireTagged[]>({ kind: 'tag', pieces: [...pieces] }),
    lexicon: () => request<LexiconGroups>({ kind: 'lexicon' }),
    get started() {
      return worker !== undefined;
    },
    dispose() {
      stopIdleTimer();
      fail(new Error('The tagging worker was stopped.'));
      const w = worker;
      worker = undefined;
      w?.terminate();
    },
  };
}
