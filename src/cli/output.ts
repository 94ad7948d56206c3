// How the command line prints what the engine found: text lines, a JSON array of findings,
// SARIF 2.1.0, or the analysis contract of DESIGN.md. Each writer prints one file's part as
// soon as that file is checked, so output streams however many files there are.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis, Finding, Severity } from '../engine/model';
import { RULE_TABLE } from '../engine/rules';

/** 1-based line and column of UTF-16 offsets; lines end at \n, \r\n or \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}

export interface CheckedFile {
  /** The name to print: the path as given or found, or <stdin>. */
  name: string;
  /** The absolute path, or null for standard input. */
  absolute: string | null;
  text: string;
  analysis: Analysis;
  /** The findings to print: the analysis's, less those the writer silenced. */
  findings: Finding[];
}

export interface OutputWriter {
  begin(): void;
  file(file: CheckedFile): void;
  /** A file that could not be read, in SARIF's tool notifications; other formats print it to stderr only. */
  problem(name: string, message: string): void;
  end(): void;
}

/** Article text is untrusted: keep control characters (terminal escapes, newlines) out of a line. */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

export function textWriter(write: (chunk: string) => void): OutputWriter {
  return {
    begin() {},
    file({ name, text, findings }) {
      const lines = new LineIndex(text);
      let out = '';
      for (const f of findings) {
        const { line, column } = lines.position(f.start);
        out += `${oneLine(name)}:${line}:${column}: ${f.severity} ${f.code} ${oneLine(f.message)}\n`;
      }
      if (out) write(out);
    },
    problem() {},
    end() {},
  };
}

/** Streams a JSON array, one element per call. */
function jsonArray(write: (chunk: string) => void): { item(value: unknown): void; close(): void } {
  let count = 0;
  return {
    item(value) {
      write(`${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(value, null, 2).replace(/^/gm, '  ')}`);
    },
    close() {
      write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

function located(lines: LineIndex, start: number, end: number) {
  const from = lines.position(start);
  const to = lines.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, start, end };
}

export function findingsJsonWriter(write: (chunk: string) => void): OutputWriter {
  const array = jsonArray(write);
  return {
    begin() {},
    file({ name, text, findings }) {
      const lines = new LineIndex(text);
      for (const f of findings) {
        array.item({
          file: name,
          ...located(lines, f.start, f.end),
          code: f.code,
          severity: f.severity,
          message: f.message,
          related: f.related.map((r) => ({ ...located(lines, r.start, r.end), message: r.message })),
        });
      }
    },
    problem() {},
    end() {
      array.close();
    },
  };
}

/** `newsdesk analyze --format json`: exactly the contract in DESIGN.md, one object per file. */
export function analysisJsonWriter(write: (chunk: string) => void): OutputWriter {
  const array = jsonArray(write);
  return {
    begin() {},
    file({ name, analysis }) {
      array.item(analysisContract(name, analysis));
    },
    problem() {},
    end() {
      array.close();
    },
  };
}

export function analysisContract(file: string, analysis: Analysis): unknown {
  return {
    file,
    entities: analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      descriptors: e.descriptors,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    // Titles of works and scare quotes are not quotations: the contract lists quotations.
    quotes: analysis.quotes
      .filter((q) => q.kind === 'quotation')
      .map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        status: q.status,
        speaker: q.speaker ? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end } : null,
        cue: q.cue ? { text: q.cue.text, start: q.cue.start, end: q.cue.end } : null,
      })),
    figures: analysis.figures.map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      sourced: f.sourced,
      source: f.source ? { text: f.source.text, start: f.source.start, end: f.source.end } : null,
    })),
    claims: analysis.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, sourced: c.sourced })),
    findings: analysis.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
    })),
  };
}

// ---------------------------------------------------------------------------------------
// SARIF 2.1.0

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function sarifRules(): unknown[] {
  return RULE_TABLE.map((rule) => ({
    id: rule.code,
    name: rule.code.replace(/(^|-)([a-z])/g, (_m, _dash, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.explanation },
    help: { text: `${rule.explanation}\n\nFlagged: ${rule.bad}\nBetter: ${rule.good}` },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
  }));
}

/** A file's URI: relative to the working folder when inside it, else an absolute file URI. */
export function artifactLocation(file: CheckedFile | { absolute: string | null; name: string }, cwd: string) {
  if (file.absolute === null) return { uri: 'stdin' };
  const relative = path.relative(cwd, file.absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(file.absolute).href };
}

export function sarifWriter(write: (chunk: string) => void, cwd: string, version: string): OutputWriter {
  let count = 0;
  const notifications: unknown[] = [];
  const ruleIndex = new Map(RULE_TABLE.map((r, i) => [r.code, i]));
  const physical = (uri: ReturnType<typeof artifactLocation>, lines: LineIndex, start: number, end: number) => {
    const from = lines.position(start);
    const to = lines.position(end);
    return {
      artifactLocation: uri,
      region: {
        startLine: from.line,
        startColumn: from.column,
        endLine: to.line,
        endColumn: to.column,
        charOffset: start,
        charLength: end - start,
      },
    };
  };
  const result = (f: Finding, uri: ReturnType<typeof artifactLocation>, lines: LineIndex) => ({
    ruleId: f.code,
    ruleIndex: ruleIndex.get(f.code),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physical(uri, lines, f.start, f.end) }],
    ...(f.related.length
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            physicalLocation: physical(uri, lines, r.start, r.end),
            message: { text: r.message },
          })),
        }
      : {}),
  });
  return {
    begin() {
      const driver = {
        name: 'Newsdesk',
        version,
        semanticVersion: version,
        rules: sarifRules(),
      };
      write(
        `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n` +
          `      "tool": { "driver": ${JSON.stringify(driver)} },\n` +
          `      "columnKind": "utf16CodeUnits",\n` +
          `      "originalUriBaseIds": { "%SRCROOT%": { "uri": ${JSON.stringify(pathToFileURL(cwd).href.replace(/\/?$/, '/'))} } },\n` +
          `      "results": [`,
      );
    },
    file(file) {
      const lines = new LineIndex(file.text);
      const uri = artifactLocation(file, cwd);
      let out = '';
      for (const f of file.findings) {
        out += `${count++ === 0 ? '\n' : ',\n'}        ${JSON.stringify(result(f, uri, lines))}`;
      }
      if (out) write(out);
    },
    problem(name, message) {
      notifications.push({ level: 'error', message: { text: `${name}: ${message}` } });
    },
    end() {
      const invocation = { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications };
      write(`${count ? '\n      ' : ''}],\n      "invocations": [${JSON.stringify(invocation)}]\n    }\n  ]\n}\n`);
    },
  };
}
