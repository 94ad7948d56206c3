// Which articles the command line reads, and how: operands (files, directories, glob
// patterns, `-`) expanded to a list of inputs, and each input's bytes decoded to the text
// the engine analyses (UTF-8, a leading byte-order mark dropped, line endings untouched).
// Problems are one-line messages; the caller reports them and checks the other files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentFormat } from '../engine/model';

/** Extensions of the files a directory operand contributes. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.news', '.txt'];

export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface Expansion {
  inputs: Input[];
  /** One-line messages, each already naming the operand. */
  errors: string[];
}

export function languageOf(file: string): DocumentFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.news') return 'news';
  return 'plaintext';
}

/** Expands operands in order; a file named twice (or matched twice) is read once. */
export function expandOperands(operands: readonly string[], cwd: string): Expansion {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path: file });
  };
  for (const operand of operands) {
    if (operand === '-') {
      if (!seen.has('\0stdin')) inputs.push({ kind: 'stdin' });
      seen.add('\0stdin');
      continue;
    }
    const stat = statOrNull(path.resolve(cwd, operand));
    if (stat?.isDirectory()) {
      const files = articlesUnder(operand, cwd);
      if (files.length === 0) errors.push(`${operand}: directory has no ${ARTICLE_EXTENSIONS.join(', ')} files`);
      files.forEach(add);
    } else if (stat || !isGlob(operand)) {
      // A missing or unreadable file is reported when it is read, in order with the others.
      add(operand);
    } else {
      const files = expandGlob(operand, cwd);
      if (files.length === 0) errors.push(`${operand}: no files match`);
      files.forEach(add);
    }
  }
  return { inputs, errors };
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function readDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** Is `entry` a directory (following a symbolic link to a file or folder)? */
function isDirectory(dir: string, entry: fs.Dirent): boolean {
  if (entry.isDirectory()) return true;
  return entry.isSymbolicLink() && statOrNull(path.join(dir, entry.name))?.isDirectory() === true;
}

function isFile(dir: string, entry: fs.Dirent): boolean {
  if (entry.isFile()) return true;
  return entry.isSymbolicLink() && statOrNull(path.join(dir, entry.name))?.isFile() === true;
}

const skipFolder = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** Articles under a directory, depth first in name order. Symbolic links to folders are not followed. */
function articlesUnder(root: string, cwd: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    const absolute = path.resolve(cwd, dir);
    for (const entry of readDir(absolute)) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipFolder(entry.name)) walk(child);
      } else if (isFile(absolute, entry) && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        files.push(child);
      }
    }
  };
  walk(root);
  return files;
}

export function isGlob(operand: string): boolean {
  return /[*?]/.test(operand);
}

/**
 * Files matching a pattern with `*` (any characters but `/`), `?` (one character) and `**`
 * (any number of folders). Wildcards do not match a leading dot, and `**` does not enter
 * node_modules or follow symbolic links to folders, so a pattern cannot loop.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const segments = pattern.split(/[\\/]+/);
  const absolute = path.isAbsolute(pattern);
  // The literal folders before the first wildcard are where the search starts.
  let first = segments.findIndex(isGlob);
  if (first < 0) first = segments.length;
  const base = segments.slice(0, first).join('/') || (absolute ? '/' : '');
  const rest = segments.slice(first).filter((s, i, all) => s !== '' && !(s === '**' && all[i - 1] === '**'));
  const matchers = rest.map((s) => (s === '**' ? null : segmentMatcher(s)));
  const found = new Set<string>();

  const walk = (dir: string, index: number): void => {
    const absoluteDir = path.resolve(cwd, dir || '.');
    const matcher = matchers[index];
    const last = index === rest.length - 1;
    if (matcher === null) {
      // `**` matches no folder here, or one more folder and then `**` again.
      if (last) {
        for (const file of articlesLike(dir, absoluteDir)) found.add(file);
        return;
      }
      walk(dir, index + 1);
      for (const entry of readDir(absoluteDir)) {
        if (entry.isDirectory() && !skipFolder(entry.name)) walk(join(dir, entry.name), index);
      }
      return;
    }
    for (const entry of readDir(absoluteDir)) {
      if (!matcher(entry.name)) continue;
      if (last) {
        if (isFile(absoluteDir, entry)) found.add(join(dir, entry.name));
      } else if (isDirectory(absoluteDir, entry)) {
        walk(join(dir, entry.name), index + 1);
      }
    }
  };
  if (statOrNull(path.resolve(cwd, base || '.'))?.isDirectory()) walk(base, 0);
  return [...found];
}

/** A trailing `**` matches every file below, at any depth. */
function articlesLike(dir: string, absoluteDir: string): string[] {
  const files: string[] = [];
  for (const entry of readDir(absoluteDir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) files.push(...articlesLike(join(dir, entry.name), path.join(absoluteDir, entry.name)));
    } else if (isFile(absoluteDir, entry)) {
      files.push(join(dir, entry.name));
    }
  }
  return files;
}

function join(dir: string, name: string): string {
  if (!dir) return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function segmentMatcher(segment: string): (name: string) => boolean {
  const source = [...segment]
    .map((ch) => (ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${source}$`, 'u');
  const dotAllowed = segment.startsWith('.');
  return (name) => (dotAllowed || !name.startsWith('.')) && re.test(name);
}

// ---------------------------------------------------------------------------------------
// Reading

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; message: string };

/** Share of undecodable characters above which a file is taken for binary, not text. */
const MAX_INVALID_SHARE = 0.01;

/** The text of a file's bytes: UTF-8, the BOM dropped; or why it is not an article. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'empty file, nothing to check' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'UTF-16 text, skipped: save it as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, message: 'binary file (it contains NUL bytes), skipped' };
  // TextDecoder drops a leading byte-order mark, and only that one.
  const text = new TextDecoder('utf-8').decode(bytes);
  let note: string | undefined;
  let invalid = 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    for (const ch of text) if (ch === '\uFFFD') invalid++;
    if (invalid > Math.max(3, text.length * MAX_INVALID_SHARE)) {
      return { ok: false, message: `not UTF-8 text (${invalid} invalid byte sequences), skipped` };
    }
    note = `${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} read as U+FFFD`;
  }
  if (!text.trim()) return { ok: false, message: 'empty file, nothing to check' };
  return note ? { ok: true, text, note } : { ok: true, text };
}

/** Reads and decodes one file; errors come back as one-line messages. */
export function readArticle(file: string, cwd: string): Decoded {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(cwd, file));
  } catch (err) {
    return { ok: false, message: describeError(err) };
  }
  return decode(bytes);
}

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a folder)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return `cannot read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}
