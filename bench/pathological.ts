// Pathological documents: the inputs an editor will one day be handed by accident (a 5 MB
// line, a binary file, a huge Markdown table). Each must finish with an Analysis: no hang,
// no crash, no editor freeze. `npm run bench:pathological` prints, for each document, the
// time of a cold analysis, the longest synchronous slice of a cold analyzeAsync, what was
// found, and any broken invariant. The unit test (test/unit/pathological.test.ts) runs
// smaller versions of the same documents for the invariants only.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { article, seededRandom } from './articles';

export interface PathologicalDocument {
  name: string;
  text: string;
  format: 'plaintext' | 'markdown';
}

/** Repeats `unit` (built from its index) until the text reaches `chars` characters. */
function fill(chars: number, unit: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

/**
 * The documents at `scale` 1 (the full sizes: a 5 MB line, 100,000 unmatched quotation
 * marks, 20,000 paragraphs …); smaller scales shrink every count in proportion.
 */
export function pathologicalDocuments(scale = 1): PathologicalDocument[] {
  const n = (full: number) => Math.max(2, Math.round(full * scale));
  const random = seededRandom(99);
  const prose = article(2_000, 3).replace(/\n+/g, ' ');
  const words = prose.split(' ');

  // a binary file's bytes decoded as UTF-8 text, as an editor would show it
  const bytes = new Uint8Array(n(1_000_000));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  const binary = new TextDecoder('utf-8').decode(bytes);

  const exotic = ['😀', '👩🏽‍⚕️', 'e\u0301', 'n\u0303', 'שלום', 'مرحبا', '\u200b', '\u200d', '\u00a0', '\u202e', '\u2066', '“', '”', '\ufeff'];
  const lines = article(n(20_000) / 10 + 60, 5).split('\n');
  const endings = ['\r\n', '\n', '\r', '\r\n'];

  const row = (i: number) => `| ${words[i % words.length]} | “${words[(i * 7) % words.length]}” | ${i}% | $${i}.5 million | ${words[(i * 3) % words.length]}’s | said Kim |`;
  const table = ['| name | quote | share | cost | owner | cue |', '|---|---|---|---|---|---|', ...Array.from({ length: n(20_000) }, (_, i) => row(i))].join('\n');
  const code = ['```js', ...Array.from({ length: n(20_000) }, (_, i) => `const quote${i} = "unclosed ${i} “ said nobody; // 50% of ${i}`), '```'].join('\n');

  return [
    { name: '5 MB single line (sentences, no line break)', format: 'plaintext', text: fill(n(5_000_000), (i) => words[i % words.length], ' ') },
    {
      name: '5 MB single sentence (no full stop, no line break)',
      format: 'plaintext',
      text: fill(n(5_000_000), (i) => words[i % words.length].replace(/[.!?]/g, ''), ' '),
    },
    { name: '100,000 unmatched quotation marks', format: 'plaintext', text: fill(n(100_000) * 8, (i) => `“word${i % 10} `) },
    { name: '100,000 closing marks and apostrophes', format: 'plaintext', text: fill(n(100_000) * 4, (i) => ['” ', '’ ', "' ", '" '][i % 4]) },
    { name: '20,000 paragraphs', format: 'plaintext', text: fill(n(20_000) * 40, (i) => `Paragraph ${i}: “We met,” Kim said.`, '\n\n') },
    {
      name: 'quotes nested ten deep',
      format: 'plaintext',
      text: fill(n(200_000), () => {
        let q = 'the core';
        for (let d = 0; d < 10; d++) q = d % 2 ? `“level ${d} ${q} end”` : `‘level ${d} ${q} end’`;
        return `Kim said ${q}. `;
      }),
    },
    { name: 'binary bytes decoded as text', format: 'plaintext', text: binary },
    { name: 'CRLF and mixed line endings', format: 'markdown', text: lines.map((l, i) => l + endings[i % endings.length]).join('').repeat(Math.max(1, n(20))) },
    { name: 'byte-order mark', format: 'markdown', text: '\ufeff' + article(n(5_000), 8) },
    {
      name: 'emoji, combining marks, RTL, zero-width and non-breaking spaces',
      format: 'plaintext',
      text: fill(n(500_000), (i) => (i % 3 === 0 ? exotic[i % exotic.length] : '') + words[i % words.length] + (i % 5 === 0 ? exotic[(i * 3) % exotic.length] : ' ')),
    },
    { name: 'Markdown: huge table and huge code block', format: 'markdown', text: `# Results\n\n${table}\n\nThe mayor said “fine.”\n\n${code}\n\nAfter the code.\n` },
  ];
}

interface Outcome {
  line: string;
}

/** Analyses one document (in a worker thread, so a runaway stage can be stopped). */
async function measure(doc: PathologicalDocument): Promise<string> {
  const { analyze, analyzeAsync, clearTaggingCache } = await import('../src/engine');
  const { violations } = await import('../test/unit/invariants');
  analyze('Warm up the tagger, Kim said.');
  clearTaggingCache();
  const t0 = performance.now();
  const analysis = analyze(doc.text, { format: doc.format });
  const syncMs = performance.now() - t0;
  clearTaggingCache();
  const { longest, total } = await longestBlock(() => analyzeAsync(doc.text, { format: doc.format }));
  const broken = violations(doc.text, analysis);
  return (
    `analyze ${ms(syncMs)} | async ${ms(total)}, longest slice ${ms(longest)} | ` +
    `${analysis.sentences.length} sentences, ${analysis.quotes.length} quotes, ${analysis.findings.length} findings | ${broken.length ? `BROKEN: ${broken.length} (${broken[0]})` : 'invariants ok'}`
  );
}

async function main(): Promise<void> {
  const scale = Number(process.env.NEWSDESK_PATHOLOGICAL_SCALE) || 1;
  const limit = (Number(process.env.NEWSDESK_PATHOLOGICAL_TIMEOUT) || 300) * 1000;
  // NEWSDESK_PATHOLOGICAL_ONLY=<part of a name> runs only the documents whose name contains it
  const only = process.env.NEWSDESK_PATHOLOGICAL_ONLY?.toLowerCase();
  const docs = pathologicalDocuments(scale);
  console.log(`Pathological documents at scale ${scale} (each in a worker, stopped after ${limit / 1000} s)`);
  for (const [index, doc] of docs.entries()) {
    if (only && !doc.name.toLowerCase().includes(only)) continue;
    const label = `${doc.name.padEnd(52)} ${(doc.text.length / 1e6).toFixed(2).padStart(5)} M chars`;
    const worker = new Worker(__filename, { workerData: { index, scale } });
    const started = performance.now();
    const line = await new Promise<string>((resolve) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        resolve(`DID NOT FINISH within ${limit / 1000} s`);
      }, limit);
      worker.once('message', (outcome: Outcome) => {
        clearTimeout(timer);
        resolve(outcome.line);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        resolve(`CRASHED: ${String(error)}`);
      });
    });
    await worker.terminate();
    console.log(`${label} | ${line} | ${ms(performance.now() - started)} in all`);
  }
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(6)} ms`;
}

/**
 * Runs an async job while a macrotask probe measures the longest stretch the event loop
 * was blocked (the longest synchronous slice of the job).
 */
export async function longestBlock(job: () => Promise<unknown>): Promise<{ longest: number; total: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const probe = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  const start = performance.now();
  last = start;
  await job();
  const total = performance.now() - start;
  running = false;
  probe();
  return { longest, total };
}

if (!isMainThread && workerData) {
  const { index, scale } = workerData as { index: number; scale: number };
  measure(pathologicalDocuments(scale)[index])
    .then((line) => parentPort?.postMessage({ line } satisfies Outcome))
    .catch((error) => parentPort?.postMessage({ line: `CRASHED: ${String(error)}` } satisfies Outcome));
} else if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
