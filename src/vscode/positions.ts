// The one place that maps engine offsets (UTF-16 indices) to VS Code positions and back,
// for open documents and for plain text read from disk (the workspace check analyses
// files without opening them).

import * as vscode from 'vscode';
import type { Span } from '../engine/model';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** Line starts of a text, for mapping offsets without a TextDocument. Lines end at \n, \r\n or \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  /** Zero-based line of an offset. */
  line(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= target) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  position(offset: number): vscode.Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.line(clamped);
    return new vscode.Position(line, clamped - this.starts[line]);
  }

  range(span: Span): vscode.Range {
    return new vscode.Range(this.position(span.start), this.position(span.end));
  }
}
