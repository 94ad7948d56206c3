// Quick fixes on Newsdesk diagnostics: add the missing attribution or source (as a snippet
// whose placeholder the writer types over; a table's or a list's figures get a "Source: …"
// line under the block), close an unclosed quotation, ignore or hide a
// false positive, turn a rule off, or read the rule's explanation.

import * as vscode from 'vscode';
import type { Analysis, Finding, RuleCode } from '../engine/model';
import { ruleCodeOf } from './diagnostics';
import { guardAsync } from './log';
import { AnalysisStore, formatOf } from './store';
import { sentenceAt, supportsComments } from './suppressions';

export const IGNORE_COMMENT = '<!-- newsdesk-ignore-next-line -->';

const NOUN: Record<RuleCode, string> = {
  'unattributed-quote': 'quote',
  'unsourced-figure': 'figure',
  'anonymous-source': 'anonymous source',
  'unclosed-quote': 'quotation mark',
};

const CLOSING: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“', '‚': '‘', '»': '«', '”': '”' };
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '“', '«']);

/**
 * The AP-style attribution for a quotation: “We will win.” becomes “We will win,” ‹speaker›
 * said. A question or exclamation keeps its mark; a quoted phrase inside a sentence gets
 * the attribution before the sentence's closing punctuation.
 */
export function attributionEdit(text: string, quote: { start: number; end: number }): { start: number; end: number; snippet: vscode.SnippetString } {
  const speaker = (s: vscode.SnippetString) => s.appendPlaceholder('speaker', 1);
  const closeMark = text[quote.end - 1];
  const beforeClose = text[quote.end - 2];
  if (CLOSING_MARKS.has(closeMark) && quote.end - quote.start >= 3) {
    if (beforeClose === '.') {
      const snippet = new vscode.SnippetString(`,${closeMark} `);
      speaker(snippet).appendText(' said.');
      // The sentence may already end after the quote ("… win.” Then …): keep what follows as is.
      return { start: quote.end - 2, end: quote.end, snippet };
    }
    if (beforeClose === '?' || beforeClose === '!') {
      const snippet = new vscode.SnippetString(' ');
      speaker(snippet).appendText(' said.');
      return { start: quote.end, end: quote.end, snippet };
    }
    if (beforeClose === ',') {
      const snippet = new vscode.SnippetString(' ');
      speaker(snippet).appendText(' said');
      return { start: quote.end, end: quote.end, snippet };
    }
  }
  // A quoted phrase: `… “fell far short”.` → `… “fell far short”, ‹speaker› said.`
  const after = text[quote.end];
  if (after === '.' || after === '?' || after === '!' || after === ';') {
    const snippet = new vscode.SnippetString(', ');
    speaker(snippet).appendText(' said');
    return { start: quote.end, end: quote.end, snippet };
  }
  const snippet = new vscode.SnippetString(', ');
  speaker(snippet).appendText(' said,');
  return { start: quote.end, end: quote.end, snippet };
}

/** Where a source goes in a figure's sentence: before its closing punctuation. */
export function sourceInsertion(text: string, sentence: { start: number; end: number }): number {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1])) end--;
  let cut = end;
  while (cut > sentence.start && /[.!?]/.test(text[cut - 1])) cut--;
  return cut > sentence.start ? cut : end;
}

/** A Markdown table: rows that start with "|", its second line the header's rule ("|---|:--:|"). */
const TABLE = /^ {0,3}\|[^\n]*\r?\n {0,3}\|? *:?-{3,}/;

/**
 * Where a credit line ("Source: …", which the engine reads as the source of the figures
 * above it) goes for a figure in a table or a list: after the table, or after the list's
 * last item; undefined for a figure in running prose, whose source goes in its sentence.
 */
export function sourceLineInsertion(text: string, analysis: Analysis, paragraphIndex: number): { offset: number; block: 'table' | 'list' } | undefined {
  const { paragraphs } = analysis;
  const paragraph = paragraphs[paragraphIndex];
  if (!paragraph) return undefined;
  if (paragraph.kind === 'list-item') {
    let last = paragraphIndex;
    while (last + 1 < paragraphs.length && paragraphs[last + 1].kind === 'list-item') last++;
    return { offset: paragraphs[last].end, block: 'list' };
  }
  if (paragraph.kind === 'prose' && TABLE.test(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 2_000)))) return { offset: paragraph.end, block: 'table' };
  return undefined;
}

/** Sentence bounds around an offset when no analysis is at hand. */
function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const stop = /[.!?](?=[\s”"’)]|$)|\n\s*\n/g;
  stop.lastIndex = offset;
  const m = stop.exec(text);
  const end = m ? (m[0].startsWith('\n') ? m.index : m.index + 1) : text.length;
  return { start: offset, end };
}

/** The closing mark for an opening one, and where the paragraph it opens ends. */
export function closingEdit(text: string, open: number): { offset: number; mark: string } {
  const mark = CLOSING[text[open]] ?? '”';
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = open;
  const m = blank.exec(text);
  let end = m ? m.index : text.length;
  while (end > open && /\s/.test(text[end - 1])) end--;
  return { offset: end, mark };
}

export class NewsdeskCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    return guardAsync('offering quick fixes', () => this.actions(document, context), []);
  }

  private async actions(document: vscode.TextDocument, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => ruleCodeOf(d) !== undefined);
    if (ours.length === 0) return [];
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const analysis = await this.store.analyze(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const rule = ruleCodeOf(diagnostic) as RuleCode;
      // by offsets, not by a Range made for each of a long article's thousands of findings
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = analysis?.findings.find((f) => f.code === rule && f.start === start && f.end === end);
      actions.push(...this.fixes(document, diagnostic, rule, analysis, finding));
    }
    return actions;
  }

  private fixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, rule: RuleCode, analysis: Analysis | undefined, finding: Finding | undefined): vscode.CodeAction[] {
    const text = document.getText();
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const actions: vscode.CodeAction[] = [];
    const fix = (title: string, preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      actions.push(action);
      return action;
    };

    if (rule === 'unattributed-quote') {
      // “…,” she said, with no one named before it: the speaker goes where the pronoun is
      const quote = finding?.subject.type === 'quote' ? analysis?.quotes[finding.subject.index] : undefined;
      const pronoun = quote?.status === 'unattributed' ? quote.speaker : null;
      if (pronoun && pronoun.start >= 0 && pronoun.end <= text.length) {
        const action = fix(`Name the speaker in place of “${pronoun.text}”`, true);
        action.edit = snippetEdit(document, pronoun.start, pronoun.end, new vscode.SnippetString().appendPlaceholder('speaker', 1));
      } else {
        const edit = attributionEdit(text, { start, end });
        const action = fix('Add attribution (“…,” speaker said.)', true);
        action.edit = snippetEdit(document, edit.start, edit.end, edit.snippet);
      }
    }
    if (rule === 'unsourced-figure') {
      const figure = finding?.subject.type === 'figure' ? analysis?.figures[finding.subject.index] : undefined;
      const sentence = figure && analysis ? analysis.sentences[figure.sentence] : undefined;
      // a table's or a list's figures are sourced by a line under the block: "Source: …"
      const line = sentence && analysis ? sourceLineInsertion(text, analysis, sentence.paragraph) : undefined;
      if (line) {
        const snippet = new vscode.SnippetString(`${eol(document)}${eol(document)}Source: `).appendPlaceholder('source', 1);
        const action = fix(`Add a source line under the ${line.block} (Source: …)`, true);
        action.edit = snippetEdit(document, line.offset, line.offset, snippet);
      }
      // (not inside a table's row, where it would break the table)
      if (line?.block !== 'table') {
        const at = sourceInsertion(text, sentence ?? sentenceAround(text, end));
        const snippet = new vscode.SnippetString(', according to ').appendPlaceholder('source', 1);
        const action = fix('Add source (…, according to source.)', !line);
        action.edit = snippetEdit(document, at, at, snippet);
      }
    }
    if (rule === 'unclosed-quote') {
      const close = closingEdit(text, start);
      const action = fix(`Close the quotation with ${close.mark} at the end of its paragraph`);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.insert(document.uri, document.positionAt(close.offset), close.mark);
    }

    const noun = NOUN[rule] ?? 'finding';
    if (supportsComments(formatOf(document.languageId))) {
      const line = document.lineAt(diagnostic.range.start.line);
      // Keep the line's indentation and blockquote markers, so a quoted passage stays one.
      const indent = /^[ \t]*(?:>[ \t]?)*/.exec(line.text)?.[0] ?? '';
      const action = fix(`Ignore this ${noun} (newsdesk-ignore-next-line comment)`);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.insert(document.uri, line.range.start, `${indent}${IGNORE_COMMENT}${eol(document)}`);
    }
    if (analysis && finding && vscode.workspace.getWorkspaceFolder(document.uri)) {
      const action = fix(`Hide this false positive (record it in .newsdesk.json)`);
      action.command = {
        title: action.title,
        command: 'newsdesk.hideFinding',
        arguments: [document.uri, rule, sentenceAt(text, analysis, finding.start)],
      };
    }
    const off = fix(`Turn off ${rule} findings in this workspace`);
    off.command = { title: off.title, command: 'newsdesk.turnOffRule', arguments: [rule, document.uri] };
    const explain = fix(`Explain ${rule}`);
    explain.command = { title: explain.title, command: 'newsdesk.explainRule', arguments: [rule] };
    return actions;
  }
}

function eol(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

function snippetEdit(document: vscode.TextDocument, start: number, end: number, snippet: vscode.SnippetString): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  edit.set(document.uri, [new vscode.SnippetTextEdit(range, snippet)]);
  return edit;
}

export function registerCodeActions(context: vscode.ExtensionContext, store: AnalysisStore, selector: vscode.DocumentSelector): void {
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(selector, new NewsdeskCodeActions(store), NewsdeskCodeActions.metadata));
}
