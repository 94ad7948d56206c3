// The command line's work, apart from the process: `main(argv, io)` parses the arguments,
// expands the operands, checks each article with the engine and prints as it goes. Tests
// call it with their own io; src/cli.ts calls it with the process's.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../engine';
import { parseFalsePositives, visibleFindings, type FalsePositive } from '../engine/rules/suppressions';
import { parseArgs, usage, type CliOptions } from './args';
import { expandOperands, languageOf, readArticle, decode, type Decoded, type Input } from './files';
import { analysisJsonWriter, findingsJsonWriter, oneLine, sarifWriter, textWriter, type OutputWriter } from './output';

export interface CliIO {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** All of standard input, read when `-` is an operand. */
  readStdin(): Promise<Uint8Array>;
  /** Folder that relative paths and globs start from. */
  cwd: string;
  /** Printed by --version and in SARIF; found in package.json when not given. */
  version?: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(usage());
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${io.version ?? packageVersion()}\n`);
      return EXIT_CLEAN;
    case 'error':
      io.stderr(`newsdesk: ${parsed.message}\nTry 'newsdesk --help'.\n`);
      return EXIT_ERROR;
    case 'run':
      return run(parsed.options, io);
  }
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  let failed = false;
  let worst = EXIT_CLEAN;
  const writer = makeWriter(options, io);
  const problem = (name: string, message: string): void => {
    failed = true;
    io.stderr(`newsdesk: ${oneLine(name)}: ${message}\n`);
    writer.problem(name, message);
  };

  const falsePositives = falsePositiveFinder(problem);
  const { inputs, errors } = expandOperands(options.operands, io.cwd);
  writer.begin();
  for (const error of errors) {
    failed = true;
    io.stderr(`newsdesk: ${oneLine(error)}\n`);
    writer.problem('newsdesk', error);
  }
  for (const input of inputs) {
    // Let the event loop run between files: a closed pipe (`| head`) is noticed at once.
    await new Promise((resolve) => setImmediate(resolve));
    const name = input.kind === 'stdin' ? '<stdin>' : input.path;
    const decoded = await read(input, io);
    if (!decoded.ok) {
      problem(name, decoded.message);
      continue;
    }
    if (decoded.note) io.stderr(`newsdesk: ${oneLine(name)}: ${decoded.note}\n`);
    const format = options.language ?? (input.kind === 'stdin' ? 'plaintext' : languageOf(input.path));
    let analysis;
    try {
      analysis = analyze(decoded.text, { format, severities: options.severities });
    } catch (err) {
      // The engine promises never to throw; if it does, the other files are still checked.
      problem(name, `internal error: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const absolute = input.kind === 'stdin' ? null : path.resolve(io.cwd, input.path);
    // check prints what the writer should act on; analyze prints what the engine found.
    const findings =
      options.command === 'check'
        ? visibleFindings(decoded.text, analysis, format, falsePositives(absolute ? path.dirname(absolute) : io.cwd))
        : analysis.findings;
    writer.file({ name, absolute, text: decoded.text, analysis, findings });
    if (findings.some((f) => f.severity === 'warning' || f.severity === 'error')) worst = EXIT_FINDINGS;
  }
  writer.end();
  if (failed) return EXIT_ERROR;
  return options.command === 'check' ? worst : EXIT_CLEAN;
}

async function read(input: Input, io: CliIO): Promise<Decoded> {
  if (input.kind === 'file') return readArticle(input.path, io.cwd);
  try {
    const bytes = await io.readStdin();
    return bytes.length === 0 ? { ok: false, message: 'standard input is empty, nothing to check' } : decode(bytes);
  } catch (err) {
    return { ok: false, message: `cannot read standard input: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The name of the file that lists a desk's false positives, as in the editor. */
export const CONFIG_FILE = '.newsdesk.json';

/**
 * The false positives that apply in a folder: those of the nearest .newsdesk.json in it or
 * above it. Each folder is looked up once; a broken file is reported once and ignored.
 */
function falsePositiveFinder(problem: (name: string, message: string) => void): (dir: string) => readonly FalsePositive[] {
  const byFolder = new Map<string, readonly FalsePositive[]>();
  const find = (dir: string): readonly FalsePositive[] => {
    const known = byFolder.get(dir);
    if (known) return known;
    let found: readonly FalsePositive[];
    const file = path.join(dir, CONFIG_FILE);
    let raw: string | undefined;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      raw = undefined;
    }
    if (raw !== undefined) {
      const parsed = parseFalsePositives(raw);
      if ('error' in parsed) {
        problem(file, parsed.error);
        found = [];
      } else {
        found = parsed;
      }
    } else {
      const parent = path.dirname(dir);
      found = parent === dir ? [] : find(parent);
    }
    byFolder.set(dir, found);
    return found;
  };
  return find;
}

function makeWriter(options: CliOptions, io: CliIO): OutputWriter {
  if (options.command === 'analyze') return analysisJsonWriter(io.stdout);
  switch (options.format) {
    case 'json':
      return findingsJsonWriter(io.stdout);
    case 'sarif':
      return sarifWriter(io.stdout, io.cwd, io.version ?? packageVersion());
    case 'text':
      return textWriter(io.stdout);
  }
}

/** The version in Newsdesk's package.json, found from this file's folder up (bundled or compiled). */
function packageVersion(): string {
  for (let dir = __dirname, i = 0; i < 6; dir = path.dirname(dir), i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'newsdesk' && pkg.version) return pkg.version;
    } catch {
      // Not here: look one folder up.
    }
  }
  return '0.0.0';
}
