// Time-sliced running of the analysis, so that no single synchronous stretch of Newsdesk
// work holds the extension host (or the browser worker on vscode.dev) for more than a few
// tens of milliseconds, even on a cold 100,000-word document. The pipeline is written as
// a generator that yields at safe points (after each freshly tagged chunk, between
// stages); this file only decides when to pause and whether to go on.
//
// This is the one place in the engine that reads the clock: it is scheduling, not
// analysis, and the Analysis never depends on it (analyzeAsync and analyze return equal
// results for the same text). No Node APIs are required: pauses use setImmediate where the
// host has it (Node), MessageChannel in a browser worker, and setTimeout(0) otherwise.

export interface SliceOptions {
  /** Aborting it rejects the pending analysis with the signal's reason (a newer edit makes it stale). */
  signal?: AbortSignal;
  /** Milliseconds of work between pauses; default 10. 0 pauses after every step (tests use it). */
  yieldEvery?: number;
}

/** Runs a step-wise stage straight through, without pausing (analyze() and tests). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * What the step that just yielded waits for before the next one may run: work done off the
 * editor's thread (the tagging worker, tagging.ts). A step that calls waitFor yields at once;
 * runSliced then awaits the promise (which must not reject) instead of pausing, and the wait
 * is no slice of work. Only a step run by runSliced may call it.
 */
let waiting: Promise<unknown> | undefined;

export function waitFor(promise: Promise<unknown>): void {
  waiting = promise;
}

/**
 * Work between pauses: a slice ends at the first pause after this, so it lasts this plus one
 * step, and a step of a later stage on a long document can take 20-40 ms with a garbage
 * collection in it (measured: with 16 ms, slices of 47-100 ms; with 10, 33-45).
 */
const DEFAULT_SLICE_MS = 10;

interface Pauser {
  pause(): Promise<void>;
  close(): void;
}

/** A macrotask pause: lets the host handle input and other extensions between slices. */
function pauser(): Pauser {
  // Node drains every message a MessagePort receives, including ones posted while draining,
  // before it looks at timers or I/O: a MessageChannel loop would starve the extension
  // host. setImmediate runs after pending I/O; it is feature-detected, not required.
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') {
    return { pause: () => new Promise<void>((resolve) => void immediate(resolve)), close: () => undefined };
  }
  if (typeof MessageChannel === 'function') {
    // setTimeout(0) is clamped to 4 ms after a few nested calls in browsers; a message is not.
    const channel = new MessageChannel();
    let wake: (() => void) | undefined;
    const onMessage = () => {
      const resume = wake;
      wake = undefined;
      resume?.();
    };
    channel.port1.addEventListener('message', onMessage);
    channel.port1.start();
    return {
      pause: () =>
        new Promise<void>((resolve) => {
          wake = resolve;
          channel.port2.postMessage(null);
        }),
      // an open port would keep a Node process alive
      close: () => {
        channel.port1.removeEventListener('message', onMessage);
        channel.port1.close();
        channel.port2.close();
      },
    };
  }
  return { pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)), close: () => undefined };
}

/** Resolves when `wait` settles, or as soon as `signal` aborts (a stale run stops waiting at once). */
function untilDoneOrAborted(wait: Promise<unknown>, signal: AbortSignal | undefined): Promise<unknown> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve(undefined);
    };
    signal.addEventListener('abort', done);
    void wait.then(done, done);
  });
}

function abortReason(signal: AbortSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const error = new Error('The analysis was cancelled.');
  error.name = 'AbortError';
  return error;
}

/**
 * Runs `steps` to completion in slices of about `yieldEvery` milliseconds, pausing for a
 * macrotask between slices and checking `signal` before each slice. Resolves with the
 * generator's return value; rejects with the signal's reason when aborted.
 */
export async function runSliced<T>(steps: Generator<void, T>, control: SliceOptions = {}): Promise<T> {
  const budget = Math.max(0, control.yieldEvery ?? DEFAULT_SLICE_MS);
  const { signal } = control;
  const host = pauser();
  let finished = false;
  try {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      const deadline = performance.now() + budget;
      let wait: Promise<unknown> | undefined;
      for (;;) {
        waiting = undefined;
        const step = steps.next();
        if (step.done) {
          finished = true;
          return step.value;
        }
        wait = waiting;
        if (wait || performance.now() >= deadline) break;
      }
      waiting = undefined;
      if (wait) await untilDoneOrAborted(wait, signal);
      else await host.pause();
    }
  } finally {
    host.close();
    // an abandoned run releases what the generator holds
    if (!finished) steps.return(undefined as T);
  }
}
