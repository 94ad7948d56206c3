// Quality benchmark section: figure sourcing on PolNeAR.
//
// Ground truth (corpus README): a figure is sourced when it lies inside the Content of an
// attribution relation that has a Source; otherwise unsourced. Measured on the figures
// Newsdesk finds: precision and recall of the *unsourced* label (what the
// `unsourced-figure` warning reports), beside a naive baseline that calls a figure sourced
// when "said" or "according to" occurs within 200 characters of it.
// `--verbose-figures` lists the misses (for study on the console; never copied anywhere).

import { analyze } from '../../src/engine';
import { inside, loadPolnear, type PolnearArticle } from '../polnear';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function count(t: Tally, predictedUnsourced: boolean, actuallyUnsourced: boolean): void {
  if (predictedUnsourced && actuallyUnsourced) t.tp++;
  else if (predictedUnsourced) t.fp++;
  else if (actuallyUnsourced) t.fn++;
  else t.tn++;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function line(label: string, t: Tally): string {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `  ${label.padEnd(28)} unsourced P ${pct(p).padStart(6)}  R ${pct(r).padStart(6)}  F1 ${pct(f).padStart(6)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn})`;
}

function annotatedSourced(article: PolnearArticle, start: number, end: number): boolean {
  return article.relations.some((r) => r.source !== null && inside(r.content, start, end));
}

function naiveSourced(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
  return /\bsaid\b|\baccording to\b/i.test(window);
}

export function runFigureSection(polnearDir: string, argv: string[] = process.argv): void {
  const verbose = argv.includes('--verbose-figures');
  let articles: PolnearArticle[];
  try {
    articles = loadPolnear(polnearDir);
  } catch (err) {
    console.log(`figures: PolNeAR not found at ${polnearDir} (${(err as Error).message})`);
    return;
  }
  const newsdesk = tally();
  const naive = tally();
  let numberTokens = 0;
  let figures = 0;
  const byKind = new Map<string, number>();
  const started = Date.now();
  for (const article of articles) {
    numberTokens += article.text.match(/\d[\d,.]*\d|\d/g)?.length ?? 0;
    const analysis = analyze(article.text);
    for (const figure of analysis.figures) {
      figures++;
      byKind.set(figure.kind, (byKind.get(figure.kind) ?? 0) + 1);
      const unsourced = !annotatedSourced(article, figure.start, figure.end);
      count(newsdesk, !figure.sourced, unsourced);
      count(naive, !naiveSourced(article.text, figure.start, figure.end), unsourced);
      if (verbose && !figure.sourced !== unsourced) {
        const sentence = analysis.sentences[figure.sentence];
        const said = figure.sourced ? `sourced by "${figure.source?.text}"` : 'unsourced';
        console.log(`  ${unsourced ? 'FALSE-SOURCED' : 'FALSE-UNSOURCED'} ${article.name} ${figure.start} "${figure.text}" (${said}): ${article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')}`);
      }
    }
  }
  const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`figures: PolNeAR dev, ${articles.length} articles, ${numberTokens} number tokens, ${figures} figures found by Newsdesk (${kinds}); ${Date.now() - started} ms`);
  console.log(line('Newsdesk', newsdesk));
  console.log(line('naive ("said"/"according to" ±200)', naive));
}
