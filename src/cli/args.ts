// The command line's grammar: `newsdesk <check|analyze> [options] FILE…`, parsed into a plain
// object or a one-line usage error. Options may come before or after the files, as
// `--format json` or `--format=json`; `--` ends the options.

import type { DocumentFormat, RuleCode, SeveritySetting } from '../engine/model';
import { RULE_TABLE, isRuleCode } from '../engine/rules';

export type Command = 'check' | 'analyze';
export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  command: Command;
  format: OutputFormat;
  severities: Partial<Record<RuleCode, SeveritySetting>>;
  /** Markup of every file; undefined means: decide by each file's extension. */
  language: DocumentFormat | undefined;
  /** Files, directories, glob patterns and `-` (standard input), as given. */
  operands: string[];
}

export type Parsed =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const LANGUAGES: readonly DocumentFormat[] = ['markdown', 'plaintext', 'news'];
const LEVELS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const WITH_VALUE = new Set(['--format', '--severity', '--language']);

export function parseArgs(argv: readonly string[]): Parsed {
  let command: Command | undefined;
  let format: OutputFormat | undefined;
  let language: DocumentFormat | undefined;
  const severities: Partial<Record<RuleCode, SeveritySetting>> = {};
  const operands: string[] = [];
  let help = false;
  let version = false;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined && operands.length === 0) {
        if (arg !== 'check' && arg !== 'analyze') {
          return { kind: 'error', message: `unknown command '${arg}': expected check or analyze` };
        }
        command = arg;
      } else {
        operands.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!WITH_VALUE.has(name)) return { kind: 'error', message: `unknown option '${name}'` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `option '${name}' needs a value` };

    if (name === '--format') {
      if (!FORMATS.includes(value as OutputFormat)) {
        return { kind: 'error', message: `unknown format '${value}': expected ${FORMATS.join(', ')}` };
      }
      format = value as OutputFormat;
    } else if (name === '--language') {
      if (!LANGUAGES.includes(value as DocumentFormat)) {
        return { kind: 'error', message: `unknown language '${value}': expected ${LANGUAGES.join(', ')}` };
      }
      language = value as DocumentFormat;
    } else {
      for (const setting of value.split(',')) {
        const error = addSeverity(severities, setting.trim());
        if (error) return { kind: 'error', message: error };
      }
    }
  }

  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (command === undefined) return { kind: 'error', message: 'no command: expected check or analyze' };
  if (command === 'analyze' && format !== undefined && format !== 'json') {
    return { kind: 'error', message: `analyze prints JSON only, not ${format}` };
  }
  if (operands.length === 0) return { kind: 'error', message: `no files to ${command} (use - for standard input)` };
  return {
    kind: 'run',
    options: { command, format: format ?? (command === 'analyze' ? 'json' : 'text'), severities, language, operands },
  };
}

function addSeverity(severities: Partial<Record<RuleCode, SeveritySetting>>, setting: string): string | undefined {
  const match = /^([^=]+)=(.*)$/.exec(setting);
  if (!match) return `--severity takes RULE=LEVEL, not '${setting}'`;
  const [, code, level] = match;
  if (!isRuleCode(code)) return `unknown rule '${code}': expected ${RULE_TABLE.map((r) => r.code).join(', ')}`;
  if (!LEVELS.includes(level as SeveritySetting)) return `unknown level '${level}' for ${code}: expected ${LEVELS.join(', ')}`;
  severities[code] = level as SeveritySetting;
  return undefined;
}

export function usage(): string {
  const rules = RULE_TABLE.map((r) => `  ${r.code.padEnd(20)} ${r.defaultSeverity.padEnd(12)} ${r.title}`).join('\n');
  return `Usage: newsdesk check [options] FILE|DIR|GLOB|- …
       newsdesk analyze [--format json] [options] FILE|DIR|GLOB|- …

Checks news articles for quotations with no speaker, figures with no source,
unnamed sources and quotation marks that are never closed.

Commands:
  check       print the findings; exit 1 if any is a warning or an error
  analyze     print the whole analysis as JSON: one object per file with its
              entities, quotations, figures, claims and findings

Options:
  --format text|json|sarif   output of check (default text); analyze prints json
  --severity RULE=LEVEL      set a rule's severity: error, warning, information,
                             hint or off (repeatable, or comma-separated)
  --language markdown|plaintext|news
                             how to read every file (default by extension:
                             .md and .markdown are Markdown, .news is news,
                             anything else plain text)
  -h, --help                 show this help
  -v, --version              print the version

Files:
  FILE        an article, read as UTF-8 (a leading byte-order mark is dropped)
  DIR         every .md, .markdown, .news and .txt file under it, skipping
              node_modules and folders whose name starts with a dot
  GLOB        a quoted pattern with *, ? and ** ('stories/**/*.md'); * and ?
              do not match a leading dot, ** skips node_modules
  -           one article from standard input (shown as <stdin>)

Output of check --format text, one line per finding:
  FILE:LINE:COLUMN: SEVERITY CODE MESSAGE
Lines and columns count from 1; a column counts UTF-16 code units (one per
character, two for an emoji or other character outside the Basic Multilingual
Plane), as VS Code and SARIF do. --format json prints an array of findings with
file, line, column, endLine, endColumn, start, end (0-based UTF-16 offsets),
code, severity, message and related locations; --format sarif prints SARIF 2.1.0.

Rules:
${rules}

Silencing findings (check only; analyze prints every finding):
  <!-- newsdesk-ignore-next-line [RULE…] -->   in Markdown and .news files, the
                                              line below; <!-- newsdesk-disable
                                              [RULE…] --> … <!-- newsdesk-enable -->
                                              a stretch of text
  .newsdesk.json   the nearest one in the file's folder or above it:
                   {"falsePositives": [{"rule": RULE, "sentence": "…"}]}

Exit status:
  0  no finding is a warning or an error
  1  at least one finding is a warning or an error
  2  a usage error, or a file could not be read (missing, a directory with no
     articles, unreadable, binary, not UTF-8 or empty); the other files are
     still checked
`;
}
