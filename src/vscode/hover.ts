// Hover cards: who a person, place or organisation is in this article (titles, first
// mention, quotes and figures credited to them), who said a quotation, where a figure comes
// from. Cards are built from the stored Analysis; article text in them is escaped and
// shortened, and the only command a card can run is newsdesk.reveal.

import * as vscode from 'vscode';
import type { Analysis, EntityType, FigureKind, Quote, Source, Span } from '../engine/model';
import { escapeMarkdown, shorten, oneLine } from './escape';
import { analysisFor, registerForArticles } from './highlights';
import { figureAt, quoteAt, referenceAt } from './lookup';
import { guardAsync } from './log';
import { toOffset, toRange } from './positions';
import { REVEAL_COMMAND, revealLink } from './reveal';
import type { AnalysisStore } from './store';

/** Items of one kind listed on a card before "and N more". */
const LIST_LIMIT = 3;

export const ENTITY_ICON: Record<EntityType, string> = { person: 'person', place: 'location', organization: 'organization' };
export const ENTITY_LABEL: Record<EntityType, string> = { person: 'person', place: 'place', organization: 'organisation' };
export const FIGURE_LABEL: Record<FigureKind, string> = {
  percent: 'percentage',
  money: 'amount of money',
  count: 'count',
  rate: 'rate',
  measure: 'measurement',
  multiple: 'multiple',
};

/** Article text as Markdown: one line, shortened, every special character escaped. */
export function md(text: string, max: number): string {
  return escapeMarkdown(shorten(oneLine(text), max));
}

/** A Markdown card whose only trusted command is newsdesk.reveal. */
export function card(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', true);
  markdown.supportHtml = false;
  markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  return markdown;
}

class CardWriter {
  private readonly blocks: string[] = [];

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly analysis: Analysis,
  ) {}

  line(span: Span): number {
    return this.document.positionAt(span.start).line + 1;
  }

  /** A link that selects the span; `label` is already Markdown. */
  link(label: string, span: Span): string {
    return `[${label}](${revealLink(this.document.uri, span)})`;
  }

  block(markdown: string): void {
    this.blocks.push(markdown);
  }

  /** A bulleted list of at most LIST_LIMIT items, then how many more there are. */
  list(title: string, items: string[]): void {
    if (items.length === 0) return;
    const shown = items.slice(0, LIST_LIMIT).map((item) => `- ${item}`);
    if (items.length > LIST_LIMIT) shown.push(`- …and ${items.length - LIST_LIMIT} more`);
    this.block(`**${title}** (${items.length})\n${shown.join('\n')}`);
  }

  quoteItem(index: number): string {
    const quote = this.analysis.quotes[index];
    return quote ? `${this.link(md(quote.text, 60), quote)} — line ${this.line(quote)}` : '';
  }

  sourceText(source: Source | null): string {
    if (!source) return '';
    const name = source.entity !== null ? this.analysis.entities[source.entity]?.name ?? source.text : source.text;
    return this.link(`**${md(name, 60)}**`, source);
  }

  done(): vscode.MarkdownString {
    const markdown = card();
    markdown.appendMarkdown(this.blocks.join('\n\n'));
    return markdown;
  }
}

export function entityCard(document: vscode.TextDocument, analysis: Analysis, index: number): vscode.MarkdownString | undefined {
  const entity = analysis.entities[index];
  if (!entity) return undefined;
  const w = new CardWriter(document, analysis);
  w.block(`$(${ENTITY_ICON[entity.type]}) **${md(entity.name, 80)}** · ${ENTITY_LABEL[entity.type]}`);
  const descriptors = entity.descriptors.slice(0, 4).map((d) => `_${md(d, 60)}_`);
  if (entity.descriptors.length > 4) descriptors.push(`and ${entity.descriptors.length - 4} more`);
  if (descriptors.length > 0) w.block(descriptors.join(' · '));
  const first = entity.mentions[0];
  const count = entity.mentions.length;
  if (first) {
    w.block(`First mention: ${w.link(md(first.text, 60), first)}, line ${w.line(first)} · ${count} ${count === 1 ? 'mention' : 'mentions'}`);
  }
  w.list('Quotes', entity.quotes.map((q) => w.quoteItem(q)).filter(Boolean));
  const figures = entity.figures.flatMap((f) => {
    const figure = analysis.figures[f];
    return figure ? [`${w.link(`**${md(figure.text, 40)}**`, figure)} ${FIGURE_LABEL[figure.kind]} — line ${w.line(figure)}`] : [];
  });
  w.list('Figures', figures);
  const claims = entity.claims.flatMap((c) => {
    const claim = analysis.claims[c];
    return claim ? [`${w.link(md(claim.text, 70), claim)} — line ${w.line(claim)}`] : [];
  });
  w.list('Claims', claims);
  return w.done();
}

/** Why a quotation counts as it does, in a sentence a reporter can act on. */
function quoteVerdict(w: CardWriter, analysis: Analysis, quote: Quote): string {
  if (quote.kind === 'title') return '$(book) **Title** of a work, not a quotation: it needs no attribution.';
  if (quote.kind === 'scare') return '$(quote) **Scare quotes**: a word or phrase set apart, not a quotation; it needs no attribution.';
  const speaker = quote.speaker;
  if (quote.status === 'attributed' && speaker) {
    const name = speaker.entity !== null ? analysis.entities[speaker.entity]?.name ?? speaker.name : speaker.name;
    const via = oneLine(speaker.text) !== oneLine(name) ? ` (“${md(speaker.text, 40)}”)` : '';
    const cue = quote.cue ? ` · cue ${w.link(`_${md(quote.cue.text, 30)}_`, quote.cue)}` : '';
    return `$(quote) Said by ${w.link(`**${md(name, 60)}**`, speaker)}${via}${cue}`;
  }
  if (quote.status === 'anonymous') {
    const who = speaker ? ` ${w.link(`“${md(speaker.text, 60)}”`, speaker)}` : ' an unnamed source';
    return `$(info) **Anonymous source**: credited to${who}, who is not named. Tell readers why the source cannot be named, or name them.`;
  }
  return '$(warning) **Unattributed quotation**: nobody is credited with these words.';
}

export function quoteCard(document: vscode.TextDocument, analysis: Analysis, index: number): vscode.MarkdownString | undefined {
  const quote = analysis.quotes[index];
  if (!quote) return undefined;
  const w = new CardWriter(document, analysis);
  w.block(quoteVerdict(w, analysis, quote));
  w.block(`> ${md(quote.text, 160)}`);
  if (!quote.closed) w.block('$(warning) **Unclosed quotation**: the closing quotation mark is missing, so the quotation runs to the end of its paragraph.');
  if (quote.continues !== null) {
    const earlier = analysis.quotes[quote.continues];
    if (earlier) w.block(`Continues the ${w.link(`quotation on line ${w.line(earlier)}`, earlier)}.`);
  }
  return w.done();
}

export function figureCard(document: vscode.TextDocument, analysis: Analysis, index: number): vscode.MarkdownString | undefined {
  const figure = analysis.figures[index];
  if (!figure) return undefined;
  const w = new CardWriter(document, analysis);
  w.block(`$(graph) **${md(figure.text, 60)}** · ${FIGURE_LABEL[figure.kind]}`);
  const source = figure.source;
  if (figure.sourced && source && !source.anonymous) {
    w.block(`Source: ${w.sourceText(source)}`);
  } else if (source?.anonymous) {
    w.block(`$(info) **Anonymous source**: ${w.link(`“${md(source.text, 60)}”`, source)}, not named.`);
  } else if (figure.sourced) {
    w.block('Sourced in its sentence.');
  } else {
    w.block('$(warning) **No source** in its sentence: say who measured or reported it.');
  }
  return w.done();
}

/** A claim's card (outline tooltips): the sentence, what makes it checkable, its source. */
export function claimCard(document: vscode.TextDocument, analysis: Analysis, index: number): vscode.MarkdownString | undefined {
  const claim = analysis.claims[index];
  if (!claim) return undefined;
  const w = new CardWriter(document, analysis);
  const kinds = claim.kinds.length > 0 ? ` · ${claim.kinds.join(', ')}` : '';
  w.block(`$(law) **Claim**, line ${w.line(claim)}${kinds}`);
  w.block(`> ${md(claim.text, 200)}`);
  const source = claim.source;
  if (claim.sourced && source && !source.anonymous) w.block(`Source: ${w.sourceText(source)}`);
  else if (source?.anonymous) w.block(`$(info) **Anonymous source**: ${w.link(`“${md(source.text, 60)}”`, source)}, not named.`);
  else if (claim.sourced) w.block('Sourced in its sentence.');
  else w.block('$(warning) **No source**: say who makes this claim or where the fact comes from.');
  return w.done();
}

export class ArticleHover implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    return guardAsync(
      'showing a hover card',
      async () => {
        const analysis = await analysisFor(this.store, document);
        if (!analysis) return undefined;
        const offset = toOffset(document, position);
        // The innermost thing wins: a name inside a quotation gets the name's card.
        const reference = referenceAt(analysis, offset);
        if (reference) {
          const markdown = entityCard(document, analysis, reference.entity);
          if (markdown) return new vscode.Hover(markdown, toRange(document, reference));
        }
        const figure = figureAt(analysis, offset);
        if (figure) {
          const markdown = figureCard(document, analysis, figure.index);
          if (markdown) return new vscode.Hover(markdown, toRange(document, figure.figure));
        }
        const quote = quoteAt(analysis, offset);
        if (quote) {
          const markdown = quoteCard(document, analysis, quote.index);
          if (markdown) return new vscode.Hover(markdown, toRange(document, quote.quote));
        }
        return undefined;
      },
      undefined,
    );
  }
}

export function register(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const provider = new ArticleHover(store);
  registerForArticles(context, (selector) => [vscode.languages.registerHoverProvider(selector, provider)]);
}
