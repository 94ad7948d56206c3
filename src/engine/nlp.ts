// The one place that loads compromise. It is required lazily, on the first analysis, so
// that activating the extension does not pay for building the NLP model.

// The type-only import keeps compromise out of the module graph until load() runs.
type Nlp = typeof import('compromise');

let nlp: Nlp | undefined;

export function loadNlp(): Nlp {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('compromise') as Nlp | { default: Nlp };
    nlp = typeof mod === 'function' ? mod : mod.default;
  }
  return nlp;
}

/** True once compromise has been loaded (used by the activation benchmark and tests). */
export function isNlpLoaded(): boolean {
  return nlp !== undefined;
}
