// The one place that maps engine offsets (UTF-16 indices) to VS Code positions and back.

import * as vscode from 'vscode';
import type { Span } from '../engine/model';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
