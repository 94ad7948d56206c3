// The engine's public face: analyze(text, options) → Analysis. Pure: no files, no
// settings, no clock, no `vscode`. Runs in Node and in a browser.

import { attributeQuotes } from './attribution';
import { findClaims } from './claims';
import { resolveOptions, type Context } from './context';
import { segment } from './document';
import { findEntities } from './entities';
import { findFigures } from './figures';
import type { Analysis, AnalyzeOptions } from './model';
import { findQuotes } from './quotes';
import { runRules } from './rules';
import { tagSentence } from './tagging';

export * from './model';

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  const resolved = resolveOptions(options);
  const { paragraphs, sentences, excluded } = segment(text, resolved.format);
  const analysis: Analysis = {
    length: text.length,
    paragraphs,
    sentences,
    excluded,
    entities: [],
    quotes: [],
    figures: [],
    claims: [],
    findings: [],
  };
  const tagged = sentences.map((s) => tagSentence(text.slice(s.start, s.end), s.start));
  const ctx: Context = { text, options: resolved, analysis, tagged };
  analysis.quotes = findQuotes(ctx);
  analysis.entities = findEntities(ctx);
  attributeQuotes(ctx);
  analysis.figures = findFigures(ctx);
  analysis.claims = findClaims(ctx);
  analysis.findings = runRules(ctx);
  return analysis;
}
