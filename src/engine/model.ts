// The Analysis model: the one contract between the engine, the VS Code adapters, the
// command line and the tests. Every offset is a UTF-16 code-unit index into the analysed
// text (a JavaScript string index), `start` inclusive and `end` exclusive.

export interface Span {
  start: number;
  end: number;
}

/** How the text is marked up: decides what counts as prose (front matter, code is not). */
export type DocumentFormat = 'markdown' | 'plaintext' | 'news';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export type RuleCode = 'unattributed-quote' | 'unsourced-figure' | 'anonymous-source' | 'unclosed-quote';

export interface AnalyzeOptions {
  /** Markup of the text; default 'plaintext'. */
  format?: DocumentFormat;
  /** Per-rule severity overrides; a rule set to 'off' produces no findings. */
  severities?: Partial<Record<RuleCode, SeveritySetting>>;
}

// ---------------------------------------------------------------------------------------
// The document model

export type ParagraphKind = 'prose' | 'heading' | 'list-item' | 'blockquote';

export interface Sentence extends Span {
  /** Index into Analysis.paragraphs. */
  paragraph: number;
}

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** Indexes into Analysis.sentences. */
  sentences: number[];
}

/** A piece of text that is not prose: front matter, fenced or indented code, link targets, HTML. */
export interface Excluded extends Span {
  kind: 'front-matter' | 'code' | 'link-target' | 'html' | 'comment';
}

// ---------------------------------------------------------------------------------------
// People, places, organisations

export type EntityType = 'person' | 'place' | 'organization';

export interface Mention extends Span {
  text: string;
  /** Index into Analysis.entities. */
  entity: number;
}

export interface Entity {
  /** Canonical name: the fullest form the article uses ("Kim Jong Un" for "Kim"). */
  name: string;
  type: EntityType;
  /** Titles and descriptions the article gives ("North Korean leader"). */
  descriptors: string[];
  /** In document order; the first is the first mention. */
  mentions: Mention[];
  /** Indexes into Analysis.quotes credited to this entity. */
  quotes: number[];
  /** Indexes into Analysis.figures whose source is this entity. */
  figures: number[];
  /** Indexes into Analysis.claims whose source is this entity. */
  claims: number[];
}

// ---------------------------------------------------------------------------------------
// Quotes and their attribution

export type QuoteStatus = 'attributed' | 'anonymous' | 'unattributed';

/**
 * What a span in quotation marks is: a quotation of someone's words, the title of a work
 * ("Meet the Press"), or a short scare-quoted word or phrase.
 */
export type QuoteKind = 'quotation' | 'title' | 'scare';

export interface Speaker extends Span {
  /** The mention as written ("he", "Kim", "a senior official"). */
  text: string;
  /** Canonical name of the person or organisation it resolves to; the text itself when unresolved. */
  name: string;
  /**
   * Index into Analysis.entities: the entity the mention names or, for a pronoun ("she
   * said"), the person it resolves to; null for an unnamed source ("officials") or a name
   * the entity stage did not find.
   */
  entity: number | null;
}

export interface Cue extends Span {
  /** "said", "told", "according to", ":" …, or the verb of an action beat ("shook" in `Ode shook his head. “…”`). */
  text: string;
}

export interface Quote extends Span {
  /** The quotation including its marks. */
  text: string;
  kind: QuoteKind;
  status: QuoteStatus;
  speaker: Speaker | null;
  cue: Cue | null;
  /** False when the quotation is never closed (the span then runs to the end of its paragraph). */
  closed: boolean;
  /**
   * Index of the earlier quote whose attribution this one inherits: the other half of a
   * quote split around its attribution, or the previous paragraph's quote it continues.
   */
  continues: number | null;
}

// ---------------------------------------------------------------------------------------
// Figures and claims

export type FigureKind = 'percent' | 'money' | 'count' | 'rate' | 'measure' | 'multiple';

export interface Source extends Span {
  /** As written: "Fitch Solutions", "the ministry", "officials". */
  text: string;
  /** Index into Analysis.entities when the source is a named entity. */
  entity: number | null;
  /** True for an unnamed source ("officials", "a person familiar with the matter"). */
  anonymous: boolean;
}

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  sourced: boolean;
  source: Source | null;
  /** Index into Analysis.sentences. */
  sentence: number;
}

export type ClaimKind = 'figure' | 'superlative' | 'comparison' | 'record' | 'forecast';

export interface Claim extends Span {
  /** The sentence text. */
  text: string;
  kinds: ClaimKind[];
  sourced: boolean;
  source: Source | null;
  /** Index into Analysis.sentences. */
  sentence: number;
}

// ---------------------------------------------------------------------------------------
// Findings

export interface RelatedLocation extends Span {
  message: string;
}

export interface Finding extends Span {
  code: RuleCode;
  severity: Severity;
  message: string;
  related: RelatedLocation[];
  /** What the finding is about. */
  subject: { type: 'quote' | 'figure'; index: number };
}

// ---------------------------------------------------------------------------------------

export interface Analysis {
  /** Length of the analysed text, so consumers can tell stale results apart. */
  length: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  excluded: Excluded[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  claims: Claim[];
  findings: Finding[];
}
