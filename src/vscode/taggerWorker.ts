// The extension host's side of the tagging worker (src/worker/tagger.ts): a TaggingService
// that starts the worker on its first request, matches replies to requests, stops it when
// idle, restarts it when it stalls (see service()), and fails every request still waiting
// (so the engine falls back to tagging in the host) if the worker cannot start, crashes,
// exits or never answers. In Node the worker is a
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
  /** How many times a stalled worker was stopped and another started (see service()). */
  readonly stalls: number;
}

/**
 * How long the worker may sit with nothing to do before it is stopped: with compromise
 * loaded it holds about 55 MB, which an editor left open all day with no article in it
 * should not keep. The next request starts it again (compromise loads in it again, off
 * the editor's thread, in a few hundred milliseconds).
 */
export const IDLE_MS = 5 * 60_000;

/**
 * How long the worker may leave requests unanswered before it is taken for stuck: no
 * reply at all for this long while a request waits. Tagging a batch (8,000 characters)
 * takes well under a second, and loading compromise in a new worker a few hundred
 * milliseconds, so this is a hang (compromise looping on some sentence), not a slow
 * machine. The worker is then stopped and another started; see service().
 */
export const STALL_MS = 30_000;

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
export function startTagger(nodeScript: string, idleMs = IDLE_MS, stalls: StallOptions = {}): TaggerWorker | undefined {
  if (typeof process !== 'undefined' && process.versions?.node) return taggerWorker(nodeScript, idleMs, stalls);
  return WEB_TAGGER !== undefined ? webTaggerWorker(WEB_TAGGER, idleMs, stalls) : undefined;
}

/** A tagging service backed by a Node worker thread running `script`, or undefined without worker threads. */
export function taggerWorker(script: string, idleMs = IDLE_MS, stalls: StallOptions = {}): TaggerWorker | undefined {
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
  }, idleMs, stalls);
}

/** A tagging service backed by a browser Worker running `source` (the worker bundle's text), or undefined without Workers. */
export function webTaggerWorker(source: string, idleMs = IDLE_MS, stalls: StallOptions = {}): TaggerWorker | undefined {
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
  }, idleMs, stalls);
}


/** How a stall is noticed and told. */
export interface StallOptions {
  /** How long without a reply is a stall; STALL_MS by default. */
  stallMs?: number;
  /** Told of each piece of text that stalled a worker by itself (it is left untagged from then on). */
  onStalledPiece?: (piece: string) => void;
}

/** What a worker started after a stall is asked to tag first, to tell a stalled worker from one that does not work. */
const PROBE = 'The tagging worker answers.';

/** What a sentence that compromise never finished tagging gets instead of its tagging. */
export const STALLED_PIECE = 'compromise did not finish tagging this text (the tagging worker was stopped and restarted); it is left untagged';

/** One request the worker has not answered yet, with what it asked, to ask again. */
interface Waiting {
  message: Omit<TaggerRequest, 'id'>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The requests, replies, failures, stalls and idle stops of a worker started by `spawn`.
 *
 * A stall (no reply for stallMs while requests wait) is handled in the worker's stead, so
 * that one sentence compromise cannot finish neither leaves every article without
 * diagnostics nor ends up tagged in the editor's thread (where it would hang the editor):
 * - the worker is stopped and another started, which is first asked to tag a probe
 *   sentence: if that worker stalls too without having answered anything, it is no use
 *   (compromise does not load, say), every request fails, and the engine tags in the host
 *   from then on, as when a worker cannot start;
 * - the request the stuck worker was on (it answers in order: the oldest waiting) is
 *   asked again one piece at a time. A piece
 *   that stalls a worker by itself is answered, from then on and without asking a worker,
 *   with a tagging error (STALLED_PIECE): its sentence gets no terms, and the rest of the
 *   article is checked as usual. The other requests are asked again as they were.
 */
function service(spawn: Spawn, idleMs: number, { stallMs = STALL_MS, onStalledPiece }: StallOptions): TaggerWorker {
  let worker: Thread | undefined;
  /** Whether the running worker has answered anything yet, and whether it was started with a probe. */
  let answered = false;
  let probed = false;
  let dead: Error | undefined;
  let nextId = 1;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let stalls = 0;
  /** Pieces that stalled a worker by themselves: never sent again. */
  const stalled = new Set<string>();
  const waiting = new Map<number, Waiting>();
  const unref = (timer: ReturnType<typeof setTimeout>) => (timer as { unref?: () => void }).unref?.();
  const stopWatchdog = () => {
    if (watchdog !== undefined) clearTimeout(watchdog);
    watchdog = undefined;
  };
  /** Starts the stall clock when requests wait and it is not running (a reply restarts it). */
  const watch = () => {
    if (watchdog !== undefined || waiting.size === 0 || !worker) return;
    watchdog = setTimeout(() => {
      watchdog = undefined;
      stall();
    }, stallMs);
    // a pending check must not keep the host (or a test run) alive
    unref(watchdog);
  };
  const fail = (error: Error) => {
    dead ??= error;
    stopWatchdog();
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
    unref(idle);
  };
  const start = (): Thread => {
    if (worker) return worker;
    const thread: Thread = spawn({
      reply: (reply) => {
        if (worker !== thread) return;
        answered = true;
        stopWatchdog();
        const pending = waiting.get(reply.id);
        if (pending) {
          waiting.delete(reply.id);
          if (reply.error !== undefined) pending.reject(new Error(reply.error));
          else pending.resolve(reply.result);
        }
        watch();
        restIfIdle();
      },
      // only the running worker's failure counts: one stopped for being idle or stalled exits too
      failed: (error) => {
        if (worker === thread) fail(error);
      },
    });
    worker = thread;
    answered = false;
    probed = false;
    return thread;
  };
  const send = (entry: Waiting) => {
    const id = nextId++;
    waiting.set(id, entry);
    stopIdleTimer();
    start().post({ ...entry.message, id });
    watch();
  };
  const request = <T>(message: Omit<TaggerRequest, 'id'>): Promise<T> => {
    if (dead) return Promise.reject(dead);
    return new Promise<T>((resolve, reject) => {
      try {
        send({ message, resolve: resolve as (value: unknown) => void, reject });
      } catch (error) {
        fail(asError(error));
      }
    });
  };
  const stalledReply = (): WireTagged => ({ terms: [], candidates: [], error: STALLED_PIECE });
  /** Tags pieces in the worker, except those known to stall one. */
  const tag = (pieces: readonly string[]): Promise<WireTagged[]> => {
    if (!pieces.some((piece) => stalled.has(piece))) return request<WireTagged[]>({ kind: 'tag', pieces: [...pieces] });
    const skipped = pieces.map((piece) => stalled.has(piece));
    const asked = pieces.filter((_, k) => !skipped[k]);
    const replies = asked.length ? request<WireTagged[]>({ kind: 'tag', pieces: asked }) : Promise.resolve([]);
    return replies.then((tagged) => {
      let next = 0;
      return pieces.map((_, k) => (skipped[k] ? stalledReply() : tagged[next++]));
    });
  };
  const stall = () => {
    if (waiting.size === 0 || !worker) return;
    const stuck = [...waiting.values()];
    waiting.clear();
    const thread = worker;
    const useless = !answered && probed;
    worker = undefined;
    thread.terminate();
    if (useless) {
      fail(new Error(`The tagging worker did not answer in ${Math.round(stallMs / 1000)} s.`));
      for (const entry of stuck) entry.reject(dead);
      return;
    }
    stalls++;
    const [first, ...rest] = stuck;
    const pieces = first.message.kind === 'tag' ? first.message.pieces ?? [] : [];
    try {
      // a new worker, asked first to tag a probe sentence: one that never answers anything is no use (above)
      send({ message: { kind: 'tag', pieces: [PROBE] }, resolve: () => undefined, reject: () => undefined });
      probed = true;
      if (first.message.kind === 'tag' && pieces.length === 1) {
        stalled.add(pieces[0]);
        first.resolve([stalledReply()]);
        onStalledPiece?.(pieces[0]);
      } else if (first.message.kind === 'tag') {
        Promise.all(pieces.map((piece) => tag([piece]).then((replies) => replies[0]))).then(first.resolve, first.reject);
      } else {
        send(first);
      }
      for (const entry of rest) send(entry);
    } catch (error) {
      fail(asError(error));
      for (const entry of stuck) entry.reject(dead);
    }
  };
  return {
    tag,
    lexicon: () => request<LexiconGroups>({ kind: 'lexicon' }),
    get started() {
      return worker !== undefined;
    },
    get stalls() {
      return stalls;
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
