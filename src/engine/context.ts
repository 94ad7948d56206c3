// The state one analysis run passes from stage to stage: the text, the options, the
// Analysis being filled in, and the tagged sentences. Each stage reads what earlier
// stages produced and adds one thing.

import type { LocalParagraph } from './document';
import type { Analysis, AnalyzeOptions, DocumentFormat, RuleCode, SeveritySetting } from './model';
import type { TaggedSentence } from './tagging';

export interface ResolvedOptions {
  format: DocumentFormat;
  severities: Partial<Record<RuleCode, SeveritySetting>>;
}

export interface Context {
  readonly text: string;
  readonly options: ResolvedOptions;
  readonly analysis: Analysis;
  /** Tagged terms of each sentence, aligned with analysis.sentences. */
  readonly tagged: TaggedSentence[];
  /**
   * What each paragraph's own text decides, aligned with analysis.paragraphs (document.ts).
   * Stages remember their per-paragraph work under these (localCache.ts); without them
   * (a test that builds a Context by hand) the stages work everything out afresh.
   */
  readonly locals?: readonly LocalParagraph[];
}

export function resolveOptions(options: AnalyzeOptions | undefined): ResolvedOptions {
  return {
    format: options?.format ?? 'plaintext',
    severities: { ...(options?.severities ?? {}) },
  };
}
