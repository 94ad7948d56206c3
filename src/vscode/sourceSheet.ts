// "Newsdesk: Export source sheet": the checklist a fact-checker works through, as a new
// Markdown document: every quotation with its speaker and cue, every figure and claim with
// its source, the ones that still need a speaker or a source first.

import * as vscode from 'vscode';
import type { Analysis, Quote, Source, Span } from '../engine/model';
import { escapeMarkdownSource, shorten, oneLine } from './escape';
import { FIGURE_LABEL, ENTITY_LABEL } from './hover';
import { guardAsync } from './log';
import { toRange } from './positions';
import type { AnalysisStore } from './store';

export const EXPORT_COMMAND = 'newsdesk.exportSourceSheet';

/** Article text for the sheet: one line, shortened, Markdown specials escaped. */
function text(value: string, max: number): string {
  return escapeMarkdownSource(shorten(oneLine(value), max));
}

/** The article's title: its first heading, else its first line, else the file name. */
function title(source: string, analysis: Analysis, fallback: string): string {
  const heading = analysis.paragraphs.find((p) => p.kind === 'heading');
  const raw = heading ? source.slice(heading.start, heading.end) : analysis.paragraphs[0] ? source.slice(analysis.paragraphs[0].start, analysis.paragraphs[0].end) : '';
  const clean = oneLine(raw.replace(/^\s*#+\s*/, '').replace(/\s*#+\s*$/, ''));
  return clean || fallback;
}

function sourceName(analysis: Analysis, source: Source): string {
  return source.entity !== null ? analysis.entities[source.entity]?.name ?? source.text : source.text;
}

/** The quote's speaker in words, and whether a fact-checker must chase one. */
function speakerOf(analysis: Analysis, quote: Quote): { words: string; open: boolean } {
  if (quote.kind === 'title') return { words: 'title of a work, not a quotation', open: false };
  if (quote.kind === 'scare') return { words: 'scare quotes, not a quotation', open: false };
  const speaker = quote.speaker;
  let words: string;
  let open: boolean;
  if (quote.status === 'attributed' && speaker) {
    const name = speaker.entity !== null ? analysis.entities[speaker.entity]?.name ?? speaker.name : speaker.name;
    const via = oneLine(speaker.text) !== oneLine(name) ? ` (“${text(speaker.text, 40)}”)` : '';
    words = `**${text(name, 60)}**${via}${quote.cue ? `, cue “${text(quote.cue.text, 30)}”` : ''}`;
    open = false;
  } else if (quote.status === 'anonymous') {
    words = `**anonymous source**${speaker ? `: “${text(speaker.text, 60)}”` : ''}${quote.cue ? `, cue “${text(quote.cue.text, 30)}”` : ''}`;
    open = true;
  } else {
    words = '**no speaker**';
    open = true;
  }
  if (!quote.closed) {
    words += '; **closing quotation mark missing**';
    open = true;
  }
  return { words, open };
}

function sourceOf(analysis: Analysis, sourced: boolean, source: Source | null): { words: string; open: boolean } {
  if (source?.anonymous) return { words: `**anonymous source**: “${text(source.text, 60)}”`, open: true };
  if (source) return { words: `source: **${text(sourceName(analysis, source), 60)}**`, open: false };
  return sourced ? { words: 'sourced in its sentence', open: false } : { words: '**no source**', open: true };
}

interface Row {
  start: number;
  open: boolean;
  line: string;
}

/** Rows needing work first, each part in the order of the article. */
function section(heading: string, rows: Row[], empty: string): string[] {
  const sorted = [...rows].sort((a, b) => Number(b.open) - Number(a.open) || a.start - b.start);
  const open = rows.filter((r) => r.open).length;
  const summary = rows.length === 0 ? empty : `${rows.length} in all, ${open} to resolve.`;
  return [`## ${heading}`, '', summary, '', ...sorted.map((r) => r.line), ...(rows.length > 0 ? [''] : [])];
}

/**
 * The sheet as Markdown. `name` is the article's file name, shown as given (escaped);
 * `lineOf` gives the 1-based line of an offset (the document's own mapping).
 */
export function sourceSheet(source: string, analysis: Analysis, name: string, lineOf: (offset: number) => number): string {
  const at = (span: Span) => `line ${lineOf(span.start)}`;

  const quotes: Row[] = analysis.quotes.map((quote) => {
    const { words, open } = speakerOf(analysis, quote);
    return { start: quote.start, open, line: `- [ ] ${at(quote)}: ${text(quote.text, 200)} — ${words}` };
  });

  const figures: Row[] = analysis.figures.map((figure) => {
    const { words, open } = sourceOf(analysis, figure.sourced, figure.source);
    return { start: figure.start, open, line: `- [ ] ${at(figure)}: **${text(figure.text, 60)}** (${FIGURE_LABEL[figure.kind]}) — ${words}` };
  });

  const claims: Row[] = analysis.claims.map((claim) => {
    const { words, open } = sourceOf(analysis, claim.sourced, claim.source);
    const kinds = claim.kinds.length > 0 ? ` (${claim.kinds.join(', ')})` : '';
    return { start: claim.start, open, line: `- [ ] ${at(claim)}: ${text(claim.text, 240)}${kinds} — ${words}` };
  });

  const people = analysis.entities
    .filter((entity) => entity.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((entity) => {
      const described = entity.descriptors.length > 0 ? `, ${entity.descriptors.slice(0, 4).map((d) => text(d, 60)).join('; ')}` : '';
      const credited = entity.quotes.length > 0 ? `, ${entity.quotes.length} ${entity.quotes.length === 1 ? 'quote' : 'quotes'}` : '';
      const count = entity.mentions.length;
      return `- **${text(entity.name, 80)}** (${ENTITY_LABEL[entity.type]}${described}): first named ${at(entity.mentions[0])}, ${count} ${count === 1 ? 'mention' : 'mentions'}${credited}`;
    });

  const findings = analysis.findings.length;
  return [
    `# Source sheet: ${text(title(source, analysis, name), 120)}`,
    '',
    `File: ${text(name, 200)}. ${findings} ${findings === 1 ? 'finding' : 'findings'} open. Items that still need a speaker or a source come first in each list.`,
    '',
    ...section('Quotations', quotes, 'No quotations.'),
    ...section('Figures', figures, 'No figures.'),
    ...section('Claims', claims, 'No claims.'),
    '## People, places and organisations',
    '',
    ...(people.length > 0 ? people : ['None named.']),
    '',
  ].join('\n');
}

/** Exports the sheet of the given article (default: the active editor's) and shows it. */
async function exportSheet(store: AnalysisStore, target?: unknown): Promise<vscode.TextDocument | undefined> {
  const document =
    target instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(target)
      : vscode.window.activeTextEditor?.document;
  if (!document || !store.isSupported(document)) {
    void vscode.window.showInformationMessage('Open an article (a .news, Markdown or plain-text file) to export its source sheet.');
    return undefined;
  }
  const analysis = await store.analyze(document);
  if (!analysis) return undefined;
  const name = document.uri.path.split('/').pop() || document.uri.toString();
  const sheet = await vscode.workspace.openTextDocument({ language: 'markdown', content: sourceSheet(document.getText(), analysis, name, (offset) => toRange(document, { start: offset, end: offset }).start.line + 1) });
  await vscode.window.showTextDocument(sheet, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return sheet;
}

export function register(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, (target?: unknown) => guardAsync('exporting the source sheet', () => exportSheet(store, target), undefined)),
  );
}
