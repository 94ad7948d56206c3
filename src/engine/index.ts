// The engine's public face: analyze(text, options) → Analysis. Pure: no files, no
// settings, no clock, no `vscode`. Runs in Node and in a browser.
//
// The pipeline is one generator that yields at safe points; analyze() runs it straight
// through, analyzeAsync() runs it in time-boxed slices (slicing.ts) so the editor never
// waits on a long document. Both return the same Analysis for the same text.

import { attributeSteps } from './attribution';
import { findClaimSteps } from './claims';
import { resolveOptions, type Context } from './context';
import { segmentSteps, type LocalParagraph } from './document';
import { entitySteps } from './entities';
import { findFigureSteps } from './figures';
import { tagSentences } from './incremental';
import { MAX_BATCH, MAX_BATCH_UNSLICED, readyLexiconSteps } from './tagging';
import type { Analysis, AnalyzeOptions } from './model';
import { findQuoteSteps } from './quotes';
import { runRuleSteps } from './rules';
import { runSliced, runToEnd, type SliceOptions } from './slicing';

export * from './model';
export { clearTaggingCache, remoteTaggedCount, setTaggingService, type TaggingService, type WireTagged } from './tagging';
export { isNlpLoaded } from './nlp';
export type { SliceOptions } from './slicing';

export type StageName = 'segment' | 'tagging' | 'quotes' | 'entities' | 'attribution' | 'figures' | 'claims' | 'rules';

/**
 * A document-level stage: `run` may return an iterator (be a generator function) that
 * yields between pieces of its work, say after each paragraph: analyzeAsync then pauses
 * there, so a long stage does not hold the editor. What it returns, `keep` puts in the
 * analysis (the pipeline drives the stage's own iterator: no generator around it to pass
 * each pause through, and analyze() runs it through without pausing at all).
 */
interface Stage {
  name: StageName;
  run: (ctx: Context) => void | Iterator<void, unknown>;
  keep?: (ctx: Context, result: unknown) => void;
}

function stage<R>(name: StageName, run: (ctx: Context) => Iterator<void, R>, keep: (ctx: Context, result: R) => void): Stage {
  return { name, run, keep: keep as (ctx: Context, result: unknown) => void };
}

/** The document-level stages, in order, after segmentation and tagging. */
const stages: readonly Stage[] = [
  stage('quotes', findQuoteSteps, (ctx, quotes) => void (ctx.analysis.quotes = quotes)),
  stage('entities', entitySteps, (ctx, entities) => void (ctx.analysis.entities = entities)),
  { name: 'attribution', run: attributeSteps },
  stage('figures', findFigureSteps, (ctx, figures) => void (ctx.analysis.figures = figures)),
  stage('claims', findClaimSteps, (ctx, claims) => void (ctx.analysis.claims = claims)),
  stage('rules', runRuleSteps, (ctx, findings) => void (ctx.analysis.findings = findings)),
];

/**
 * Test and benchmark hooks, all off by default. The engine never throws: an internal error
 * in a stage is swallowed and the analysis keeps what the earlier stages found. Tests set
 * `rethrow` so that such errors fail loudly and get fixed instead of hidden.
 */
export interface EngineHooks {
  /** Rethrow an internal error instead of returning a partial analysis. */
  rethrow?: boolean;
  /** Called when a stage (or the tagging of one sentence) throws and the error is swallowed. */
  onError?: (stage: StageName, error: unknown) => void;
  /** Called before and after each stage; benchmarks read the clock here, the engine never does. */
  onStage?: (stage: StageName, phase: 'start' | 'end') => void;
}

let hooks: EngineHooks = {};

/** Installs hooks (none when undefined); returns the previous ones so a test can restore them. */
export function setEngineHooks(next: EngineHooks | undefined): EngineHooks {
  const previous = hooks;
  hooks = next ?? {};
  return previous;
}

function failed(stage: StageName, error: unknown): void {
  if (hooks.rethrow) throw error;
  hooks.onError?.(stage, error);
}

function emptyAnalysis(length: number): Analysis {
  return { length, paragraphs: [], sentences: [], excluded: [], entities: [], quotes: [], figures: [], claims: [], findings: [] };
}

/**
 * Undoes what a failed stage may have half done, so the analysis stays well-formed: the
 * stages before it, and nothing from it or after it.
 */
function keepBefore(stage: StageName, ctx: Context, credits: Int32Array | undefined): void {
  const { analysis } = ctx;
  const at = stages.findIndex((s) => s.name === stage);
  const ran = (name: StageName) => stages.findIndex((s) => s.name === name) < at;
  if (!ran('quotes')) analysis.quotes = [];
  if (!ran('entities')) analysis.entities = [];
  // attribution edits the quotes in place: find them again as the quotes stage left them
  // (a pure function of the text, remembered per paragraph, so this costs little), rather
  // than copying every quote before each run in case attribution fails
  if (stage === 'attribution') analysis.quotes = quotesAgain(ctx);
  if (!ran('figures')) analysis.figures = [];
  if (!ran('claims')) analysis.claims = [];
  analysis.findings = [];
  // without a snapshot (a stage that credits no entity) the lengths are those before it
  analysis.entities.forEach((entity, i) => {
    const known = !credits || 3 * i < credits.length;
    const q = !credits ? entity.quotes.length : known ? credits[3 * i] : 0;
    const f = !credits ? entity.figures.length : known ? credits[3 * i + 1] : 0;
    const c = !credits ? entity.claims.length : known ? credits[3 * i + 2] : 0;
    entity.quotes.length = ran('attribution') ? Math.min(q, entity.quotes.length) : 0;
    entity.figures.length = ran('figures') ? Math.min(f, entity.figures.length) : 0;
    entity.claims.length = ran('claims') ? Math.min(c, entity.claims.length) : 0;
  });
}

/** The stages that add to an entity's quotes, figures or claims. */
const CREDITING: ReadonlySet<StageName> = new Set<StageName>(['attribution', 'figures', 'claims']);

function creditsOf(entities: Analysis['entities']): Int32Array {
  const credits = new Int32Array(3 * entities.length);
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    credits[3 * i] = e.quotes.length;
    credits[3 * i + 1] = e.figures.length;
    credits[3 * i + 2] = e.claims.length;
  }
  return credits;
}

function quotesAgain(ctx: Context): Analysis['quotes'] {
  try {
    return runToEnd(findQuoteSteps(ctx));
  } catch {
    return [];
  }
}

function* pipeline(text: string, options: AnalyzeOptions | undefined, sliced: boolean): Generator<void, Analysis> {
  const resolved = resolveOptions(options);
  let analysis = emptyAnalysis(text.length);
  let locals: LocalParagraph[];
  try {
    hooks.onStage?.('segment', 'start');
    const segmented = sliced ? yield* segmentSteps(text, resolved.format) : runToEnd(segmentSteps(text, resolved.format));
    const { paragraphs, sentences, excluded } = segmented;
    analysis = { ...analysis, paragraphs, sentences, excluded };
    locals = segmented.locals;
    hooks.onStage?.('segment', 'end');
  } catch (error) {
    failed('segment', error);
    return emptyAnalysis(text.length);
  }
  yield;

  hooks.onStage?.('tagging', 'start');
  const tagging = tagSentences(text, analysis.sentences, (error) => failed('tagging', error), sliced ? MAX_BATCH : MAX_BATCH_UNSLICED, analysis.paragraphs, locals, sliced);
  const tagged = sliced ? yield* tagging : runToEnd(tagging);
  // the names stages read compromise's lexicon: from the tagging worker, if it tagged
  if (sliced) yield* readyLexiconSteps(true);
  hooks.onStage?.('tagging', 'end');
  yield;

  const ctx: Context = { text, options: resolved, analysis, tagged, locals };
  for (const stage of stages) {
    // what a failing stage may add to the entities, so it can be taken back: only the stages
    // that credit entities add to them (before the entities stage there are none; the rules
    // only read them), so only theirs are counted, three numbers an entity
    const credits = CREDITING.has(stage.name) ? creditsOf(analysis.entities) : undefined;
    try {
      hooks.onStage?.(stage.name, 'start');
      const steps = stage.run(ctx);
      if (steps) {
        let step = steps.next();
        if (sliced) for (; !step.done; step = steps.next()) yield;
        else while (!step.done) step = steps.next();
        stage.keep?.(ctx, step.value);
      }
      hooks.onStage?.(stage.name, 'end');
    } catch (error) {
      failed(stage.name, error);
      keepBefore(stage.name, ctx, credits);
      return analysis;
    }
    yield;
  }
  return analysis;
}

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return runToEnd(pipeline(text, options, false));
}

/**
 * The same analysis as analyze(), computed in slices of about `yieldEvery` milliseconds
 * with a pause between slices, so the editor stays responsive on any document. Abort the
 * signal when the text changes: the promise then rejects with the signal's reason.
 */
export function analyzeAsync(text: string, options?: AnalyzeOptions, control?: SliceOptions): Promise<Analysis> {
  return runSliced(pipeline(text, options, true), control);
}
