// The extension host's side of the tagging worker (src/worker/tagger.ts): a TaggingService
// that starts the worker thread on its first request, matches replies to requests, and
// fails every request still waiting (so the engine falls back to tagging in the host) if
// the worker cannot start, crashes or exits. Node only: under vscode.dev the engine keeps
// tagging in the extension's own worker, in slices. No `vscode` import, so tests use it too.

import type { TaggingService, WireTagged } from '../engine/tagging';
import type { LexiconGroups } from '../engine/nlp';
import type { TaggerReply, TaggerRequest } from '../worker/tagger';

interface NodeWorker {
  on(event: 'message', listener: (reply: TaggerReply) => void): void;
  on(event: 'error' | 'messageerror', listener: (error: unknown) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  postMessage(request: TaggerRequest): void;
  unref(): void;
  terminate(): Promise<number>;
}

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

/**
 * A tagging service backed by a worker thread running `script` (dist/tagger.js), or
 * undefined where there are no worker threads (a browser).
 */
export function taggerWorker(script: string, idleMs = IDLE_MS): TaggerWorker | undefined {
  let threads: { Worker: new (file: string) => NodeWorker };
  try {
    if (typeof process === 'undefined' || !process.versions?.node) return undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    threads = require('worker_threads') as typeof threads;
    if (typeof threads.Worker !== 'function') return undefined;
  } catch {
    return undefined;
  }
  let worker: NodeWorker | undefined;
  let dead: Error | undefined;
  let nextId = 1;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const fail = (error: Error) => {
    dead ??= error;
    for (const pending of waiting.values()) pending.reject(dead);
    waiting.clear();
  };
  /** Stops the worker when nothing is asked of it for idleMs (a later request starts another). */
  const restIfIdle = () => {
    if (idle !== undefined) clearTimeout(idle);
    idle = undefined;
    if (waiting.size > 0 || !worker) return;
    const resting = worker;
    idle = setTimeout(() => {
      idle = undefined;
      if (worker !== resting || waiting.size > 0) return;
      worker = undefined;
      void resting.terminate();
    }, idleMs);
    // a pending stop must not keep the host (or a test run) alive either
    (idle as { unref?: () => void }).unref?.();
  };
  const start = (): NodeWorker => {
    if (worker) return worker;
    const w = new threads.Worker(script);
    // an idle worker must not keep the host (or a test run) alive
    w.unref();
    w.on('message', (reply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(reply.error));
      else pending.resolve(reply.result);
      restIfIdle();
    });
    // only the running worker's failure counts: one stopped for being idle exits too
    const failed = (error: Error) => {
      if (worker === w) fail(error);
    };
    w.on('error', (error) => failed(error instanceof Error ? error : new Error(String(error))));
    w.on('messageerror', (error) => failed(error instanceof Error ? error : new Error(String(error))));
    w.on('exit', (code) => failed(new Error(`The tagging worker stopped (exit code ${code}).`)));
    worker = w;
    return w;
  };
  const request = <T>(message: Omit<TaggerRequest, 'id'>): Promise<T> => {
    if (dead) return Promise.reject(dead);
    return new Promise<T>((resolve, reject) => {
      try {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        if (idle !== undefined) clearTimeout(idle);
        idle = undefined;
        start().postMessage({ ...message, id });
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
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
      if (idle !== undefined) clearTimeout(idle);
      fail(new Error('The tagging worker was stopped.'));
      const w = worker;
      worker = undefined;
      void w?.terminate();
    },
  };
}
