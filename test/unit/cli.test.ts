// The command line, called in-process through main(argv, io) with its output captured:
// exit codes, the text, JSON, SARIF and analysis formats, operands (files, folders, globs,
// standard input) and the files it must refuse with one clear line.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { decode, expandGlob, languageOf } from '../../src/cli/files';
import { main } from '../../src/cli/main';
import { LineIndex, oneLine } from '../../src/cli/output';

/** An article whose only finding is a quotation nobody is credited with, on line 3. */
const UNATTRIBUTED = 'The council met on Tuesday.\n\n“We will rebuild the bridge by spring.”\n';
const QUOTE = '“We will rebuild the bridge by spring.”';
const MESSAGE = 'Quotation “We will rebuild the…” has no speaker: add who said it, e.g. “…,” Kim said.';
/** An article with nothing to flag. */
const CLEAN = 'The council met on Tuesday. It will meet again next week.\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  writes: number;
}

let dir: string;

async function cli(argv: string[], stdin: string | Uint8Array = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const code = await main(argv, {
    stdout: (chunk) => {
      stdout += chunk;
      writes++;
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin),
    cwd: dir,
    version: '9.8.7',
  });
  return { code, stdout, stderr, writes };
}

function write(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

describe('command line', () => {
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('check', () => {
    it('prints file:line:col: severity code message and exits 1 on a warning', async () => {
      write('bridge.md', UNATTRIBUTED);
      const run = await cli(['check', 'bridge.md']);
      assert.equal(run.stdout, `bridge.md:3:1: warning unattributed-quote ${MESSAGE}\n`);
      assert.equal(run.stderr, '');
      assert.equal(run.code, 1);
    });

    it('prints nothing and exits 0 for a clean article', async () => {
      write('council.md', CLEAN);
      assert.deepEqual(await cli(['check', 'council.md']), { code: 0, stdout: '', stderr: '', writes: 0 });
    });

    it('exits 0 when findings are below warning, and applies --severity', async () => {
      write('bridge.md', UNATTRIBUTED);
      const info = await cli(['check', '--severity', 'unattributed-quote=information', 'bridge.md']);
      assert.equal(info.stdout, `bridge.md:3:1: information unattributed-quote ${MESSAGE}\n`);
      assert.equal(info.code, 0);
      const off = await cli(['check', 'bridge.md', '--severity=unattributed-quote=off,unsourced-figure=error']);
      assert.deepEqual([off.code, off.stdout], [0, '']);
      const error = await cli(['check', '--severity', 'unattributed-quote=error', 'bridge.md']);
      assert.deepEqual([error.code, error.stdout.split(' ')[1]], [1, 'error']);
    });

    it('counts columns in UTF-16 code units and drops a BOM before counting offsets', async () => {
      write('emoji.news', `\uFEFFHeadline\r\n\r\n😀 ${QUOTE}\r\n`);
      const text = await cli(['check', 'emoji.news']);
      assert.equal(text.stdout, `emoji.news:3:4: warning unattributed-quote ${MESSAGE}\n`);
      const json = await cli(['analyze', 'emoji.news']);
      const [file] = JSON.parse(json.stdout) as { quotes: { start: number; end: number; text: string }[] }[];
      // Headline\r\n\r\n is 12 code units, the emoji two and the space one: the BOM counts none.
      assert.deepEqual(file.quotes.map((q) => [q.start, q.end, q.text]), [[15, 15 + QUOTE.length, QUOTE]]);
    });

    it('reads standard input for -', async () => {
      const run = await cli(['check', '-'], `\uFEFF${QUOTE}`);
      assert.equal(run.stdout, `<stdin>:1:1: warning unattributed-quote ${MESSAGE}\n`);
      assert.equal(run.code, 1);
    });

    it('reports a missing, binary or empty file in one line, exits 2 and still checks the others', async () => {
      write('bridge.md', UNATTRIBUTED);
      write('photo.jpg', new Uint8Array([0xff, 0xd8, 0x00, 0x10, 0x4a]));
      write('blank.md', '  \n\n');
      write('latin1.txt', new Uint8Array(Array.from({ length: 20 }, () => 0xe9)));
      const run = await cli(['check', 'gone.md', 'photo.jpg', 'bridge.md', 'blank.md', 'latin1.txt']);
      assert.equal(run.stdout, `bridge.md:3:1: warning unattributed-quote ${MESSAGE}\n`);
      assert.equal(
        run.stderr,
        'newsdesk: gone.md: no such file\n' +
          'newsdesk: photo.jpg: binary file (it contains NUL bytes), skipped\n' +
          'newsdesk: blank.md: empty file, nothing to check\n' +
          'newsdesk: latin1.txt: not UTF-8 text (20 invalid byte sequences), skipped\n',
      );
      assert.equal(run.code, 2);
    });

    it('refuses empty standard input', async () => {
      const run = await cli(['check', '-'], '');
      assert.deepEqual([run.code, run.stderr], [2, 'newsdesk: <stdin>: standard input is empty, nothing to check\n']);
    });

    it('checks a file with a stray invalid byte, with a note', async () => {
      write('stray.txt', Buffer.concat([Buffer.from(UNATTRIBUTED), Buffer.from([0xff])]));
      const run = await cli(['check', 'stray.txt']);
      assert.equal(run.stdout, `stray.txt:3:1: warning unattributed-quote ${MESSAGE}\n`);
      assert.equal(run.stderr, 'newsdesk: stray.txt: 1 invalid UTF-8 byte sequence read as U+FFFD\n');
      assert.equal(run.code, 1);
    });

    it('checks the articles under a folder, skipping node_modules, dot folders and other files', async () => {
      write('desk/a.md', UNATTRIBUTED);
      write('desk/metro/b.news', UNATTRIBUTED);
      write('desk/metro/c.txt', CLEAN);
      write('desk/metro/notes.json', '{"quote": "“x”"}');
      write('desk/node_modules/pkg/readme.md', UNATTRIBUTED);
      write('desk/.drafts/d.md', UNATTRIBUTED);
      const run = await cli(['check', 'desk']);
      assert.deepEqual(
        run.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0]),
        ['desk/a.md', 'desk/metro/b.news'],
      );
      write('empty/notes.json', '{}');
      const empty = await cli(['check', 'empty']);
      assert.equal(empty.stderr, 'newsdesk: empty: directory has no .md, .markdown, .news, .txt files\n');
      assert.equal(empty.code, 2);
    });

    it('expands *, ? and ** itself, and reads a file matched twice once', async () => {
      write('desk/a.md', UNATTRIBUTED);
      write('desk/b.md', UNATTRIBUTED);
      write('desk/metro/c.md', UNATTRIBUTED);
      write('desk/metro/c.news', UNATTRIBUTED);
      write('desk/.hidden.md', UNATTRIBUTED);
      const names = async (...patterns: string[]) =>
        (await cli(['check', ...patterns])).stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0]);
      assert.deepEqual(await names('desk/*.md'), ['desk/a.md', 'desk/b.md']);
      assert.deepEqual(await names('desk/?.md'), ['desk/a.md', 'desk/b.md']);
      assert.deepEqual(await names('desk/**/*.md'), ['desk/a.md', 'desk/b.md', 'desk/metro/c.md']);
      assert.deepEqual(await names('**/c.*'), ['desk/metro/c.md', 'desk/metro/c.news']);
      assert.deepEqual(await names('desk/a.md', 'desk/*.md'), ['desk/a.md', 'desk/b.md']);
      assert.deepEqual(await names('desk/.*.md'), ['desk/.hidden.md']);
      const none = await cli(['check', 'desk/*.txt']);
      assert.deepEqual([none.code, none.stderr], [2, 'newsdesk: desk/*.txt: no files match\n']);
    });

    it('streams: one write per file with findings, hundreds of files', async () => {
      for (let i = 0; i < 300; i++) write(`wire/story-${String(i).padStart(3, '0')}.md`, i % 3 === 0 ? UNATTRIBUTED : CLEAN);
      const run = await cli(['check', 'wire']);
      assert.equal(run.code, 1);
      assert.equal(run.writes, 100);
      assert.equal(run.stdout.split('\n').filter(Boolean).length, 100);
      assert.ok(run.stdout.startsWith('wire/story-000.md:3:1: '));
    });

    it('prints findings as JSON with lines, columns, offsets and related locations', async () => {
      write('bridge.md', UNATTRIBUTED);
      const run = await cli(['check', '--format', 'json', 'bridge.md']);
      const start = UNATTRIBUTED.indexOf(QUOTE);
      assert.deepEqual(JSON.parse(run.stdout), [
        {
          file: 'bridge.md',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1 + QUOTE.length,
          start,
          end: start + QUOTE.length,
          code: 'unattributed-quote',
          severity: 'warning',
          message: MESSAGE,
          related: [],
        },
      ]);
      assert.equal(run.code, 1);
      write('council.md', CLEAN);
      assert.equal((await cli(['check', '--format', 'json', 'council.md'])).stdout, '[]\n');
    });
  });

  describe('suppressions', () => {
    it('honours newsdesk-ignore-next-line and disable/enable comments in Markdown and news, not plain text', async () => {
      const ignored = `The council met on Tuesday.\n\n<!-- newsdesk-ignore-next-line -->\n${QUOTE}\n`;
      write('ignored.md', ignored);
      write('ignored.txt', ignored);
      const run = await cli(['check', 'ignored.md', 'ignored.txt']);
      assert.equal(run.stdout, `ignored.txt:4:1: warning unattributed-quote ${MESSAGE}\n`);
      write('region.news', `Headline\n\n<!-- newsdesk-disable unattributed-quote -->\n${QUOTE}\n<!-- newsdesk-enable -->\n\n${QUOTE}\n`);
      assert.equal((await cli(['check', 'region.news'])).stdout, `region.news:7:1: warning unattributed-quote ${MESSAGE}\n`);
      write('other-rule.md', `Headline\n\n<!-- newsdesk-ignore-next-line unsourced-figure -->\n${QUOTE}\n`);
      assert.equal((await cli(['check', 'other-rule.md'])).code, 1);
    });

    it('hides the false positives listed in the nearest .newsdesk.json, in check only', async () => {
      write('.newsdesk.json', JSON.stringify({ falsePositives: [{ rule: 'unattributed-quote', sentence: QUOTE.replace(' by ', '\n  by ') }] }));
      write('desk/metro/bridge.md', UNATTRIBUTED);
      const run = await cli(['check', 'desk']);
      assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
      const analysis = JSON.parse((await cli(['analyze', 'desk'])).stdout);
      assert.deepEqual(analysis[0].findings.map((f: { code: string }) => f.code), ['unattributed-quote']);
      // A nearer file wins, even an empty one.
      write('desk/.newsdesk.json', '{}');
      assert.equal((await cli(['check', 'desk'])).code, 1);
    });

    it('reports a broken .newsdesk.json once, exits 2 and still checks', async () => {
      write('desk/.newsdesk.json', '{"falsePositives": [{"rule": "spelling", "sentence": "x"}]}');
      write('desk/a.md', UNATTRIBUTED);
      write('desk/b.md', UNATTRIBUTED);
      const run = await cli(['check', 'desk']);
      assert.equal(run.stdout.split('\n').filter(Boolean).length, 2);
      assert.equal(
        run.stderr,
        `newsdesk: ${path.join(dir, 'desk', '.newsdesk.json')}: every entry of "falsePositives" needs a "rule" (a finding code) and a "sentence"\n`,
      );
      assert.equal(run.code, 2);
    });
  });

  describe('SARIF', () => {
    it('prints a SARIF 2.1.0 log with the rules and one result per finding', async () => {
      write('desk/bridge.md', UNATTRIBUTED);
      const run = await cli(['check', '--format', 'sarif', 'desk/bridge.md']);
      assert.equal(run.code, 1);
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const [sarifRun] = log.runs;
      assert.equal(sarifRun.tool.driver.name, 'Newsdesk');
      assert.equal(sarifRun.tool.driver.version, '9.8.7');
      assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
      assert.deepEqual(
        sarifRun.tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]),
        [
          ['unattributed-quote', 'warning'],
          ['unsourced-figure', 'warning'],
          ['anonymous-source', 'note'],
          ['unclosed-quote', 'warning'],
        ],
      );
      for (const rule of sarifRun.tool.driver.rules) {
        assert.ok(rule.shortDescription.text && rule.fullDescription.text.length > 100, rule.id);
      }
      const start = UNATTRIBUTED.indexOf(QUOTE);
      assert.deepEqual(sarifRun.results, [
        {
          ruleId: 'unattributed-quote',
          ruleIndex: 0,
          level: 'warning',
          message: { text: MESSAGE },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'desk/bridge.md', uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: 3,
                  startColumn: 1,
                  endLine: 3,
                  endColumn: 1 + QUOTE.length,
                  charOffset: start,
                  charLength: QUOTE.length,
                },
              },
            },
          ],
        },
      ]);
      assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
      assert.deepEqual(sarifRun.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    });

    it('maps information to note, and records unreadable files as notifications', async () => {
      write('bridge.md', UNATTRIBUTED);
      const run = await cli(['check', '--format', 'sarif', '--severity', 'unattributed-quote=information', 'bridge.md', 'gone.md']);
      const log = JSON.parse(run.stdout);
      assert.equal(log.runs[0].results[0].level, 'note');
      assert.deepEqual(log.runs[0].invocations, [
        { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'gone.md: no such file' } }] },
      ]);
      assert.equal(run.code, 2);
    });

    it('is a valid empty log for clean articles', async () => {
      write('council.md', CLEAN);
      const run = await cli(['check', '--format', 'sarif', 'council.md']);
      assert.deepEqual(JSON.parse(run.stdout).runs[0].results, []);
      assert.equal(run.code, 0);
    });
  });

  describe('analyze', () => {
    it('prints the DESIGN.md contract: one object per file with exactly its fields', async () => {
      write('bridge.md', UNATTRIBUTED);
      write('council.txt', CLEAN);
      const run = await cli(['analyze', '--format', 'json', 'bridge.md', 'council.txt']);
      assert.equal(run.code, 0);
      const files = JSON.parse(run.stdout) as Record<string, unknown[]>[];
      assert.deepEqual(files.map((f) => f.file), ['bridge.md', 'council.txt']);
      for (const file of files) {
        assert.deepEqual(Object.keys(file), ['file', 'entities', 'quotes', 'figures', 'claims', 'findings']);
        for (const e of file.entities as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(e), ['name', 'type', 'descriptors', 'mentions']);
          for (const m of e.mentions as object[]) assert.deepEqual(Object.keys(m), ['start', 'end', 'text']);
        }
        for (const f of file.figures as object[]) assert.deepEqual(Object.keys(f), ['start', 'end', 'text', 'sourced', 'source']);
        for (const c of file.claims as object[]) assert.deepEqual(Object.keys(c), ['start', 'end', 'text', 'sourced']);
      }
      const start = UNATTRIBUTED.indexOf(QUOTE);
      assert.deepEqual(files[0].quotes, [
        { start, end: start + QUOTE.length, text: QUOTE, status: 'unattributed', speaker: null, cue: null },
      ]);
      assert.deepEqual(files[0].findings, [
        { code: 'unattributed-quote', severity: 'warning', message: MESSAGE, start, end: start + QUOTE.length },
      ]);
      assert.deepEqual(files[1].quotes, []);
    });

    it('prints [] and exits 2 when no file can be read', async () => {
      const run = await cli(['analyze', 'gone.md']);
      assert.deepEqual([run.code, run.stdout, run.stderr], [2, '[]\n', 'newsdesk: gone.md: no such file\n']);
    });
  });

  describe('usage', () => {
    it('exits 2 with one line and a hint on a usage error', async () => {
      const cases: [string[], string][] = [
        [[], 'no command: expected check or analyze'],
        [['lint', 'a.md'], "unknown command 'lint': expected check or analyze"],
        [['check'], 'no files to check (use - for standard input)'],
        [['check', '--fix', 'a.md'], "unknown option '--fix'"],
        [['check', '--format', 'xml', 'a.md'], "unknown format 'xml': expected text, json, sarif"],
        [['check', '--format'], "option '--format' needs a value"],
        [['analyze', '--format', 'text', 'a.md'], 'analyze prints JSON only, not text'],
        [['check', '--language', 'html', 'a.md'], "unknown language 'html': expected markdown, plaintext, news"],
        [['check', '--severity', 'spelling=off', 'a.md'], "unknown rule 'spelling': expected unattributed-quote, unsourced-figure, anonymous-source, unclosed-quote"],
        [['check', '--severity', 'unsourced-figure=loud', 'a.md'], "unknown level 'loud' for unsourced-figure: expected error, warning, information, hint, off"],
        [['check', '--severity', 'unsourced-figure', 'a.md'], "--severity takes RULE=LEVEL, not 'unsourced-figure'"],
      ];
      for (const [argv, message] of cases) {
        const run = await cli(argv);
        assert.deepEqual([run.code, run.stdout, run.stderr], [2, '', `newsdesk: ${message}\nTry 'newsdesk --help'.\n`], argv.join(' '));
      }
    });

    it('prints help and version', async () => {
      const help = await cli(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: newsdesk check/);
      assert.match(help.stdout, /unattributed-quote +warning +Quotation with no speaker/);
      assert.deepEqual(await cli(['check', '-v']), { code: 0, stdout: '9.8.7\n', stderr: '', writes: 1 });
    });

    it('parses options before or after files, and -- before a file named like an option', () => {
      assert.deepEqual(parseArgs(['check', 'a.md', '--language', 'news', '--', '--b.md']), {
        kind: 'run',
        options: { command: 'check', format: 'text', severities: {}, language: 'news', operands: ['a.md', '--b.md'] },
      });
      assert.deepEqual(parseArgs(['analyze', '-']), {
        kind: 'run',
        options: { command: 'analyze', format: 'json', severities: {}, language: undefined, operands: ['-'] },
      });
    });

    it('reads a file as Markdown, news or plain text by its extension', () => {
      assert.deepEqual(['a.md', 'b.MARKDOWN', 'c.news', 'd.txt', 'e'].map(languageOf), ['markdown', 'markdown', 'news', 'plaintext', 'plaintext']);
    });
  });

  describe('as a process', () => {
    // src/cli.ts compiled next to this test: the same entry esbuild bundles into dist/cli.js.
    const entry = path.resolve(__dirname, '../../src/cli.js');

    it('reads standard input, prints to standard output and sets the exit code', () => {
      const result = spawnSync(process.execPath, [entry, 'check', '-'], { input: UNATTRIBUTED, encoding: 'utf8' });
      assert.deepEqual([result.status, result.stdout, result.stderr], [1, `<stdin>:3:1: warning unattributed-quote ${MESSAGE}\n`, '']);
    });

    it('prints the version from package.json', () => {
      const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
      const result = spawnSync(process.execPath, [entry, '--version'], { encoding: 'utf8' });
      assert.deepEqual([result.status, result.stdout], [0, `${pkg.version}\n`]);
    });
  });

  describe('helpers', () => {
    it('numbers lines after \\n, \\r\\n and a lone \\r', () => {
      const lines = new LineIndex('a\nb\r\nc\rd');
      assert.deepEqual([0, 2, 3, 5, 7].map((o) => lines.position(o)), [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
        { line: 2, column: 2 },
        { line: 3, column: 1 },
        { line: 4, column: 1 },
      ]);
    });

    it('keeps terminal control characters out of a printed line', () => {
      assert.equal(oneLine('evil\u001b[31m name\nnext'), 'evil [31m name next');
    });

    it('turns away UTF-16 with a hint rather than calling it binary', () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rents rose.', 'utf16le')]);
      assert.deepEqual(decode(utf16), { ok: false, message: 'UTF-16 text, skipped: save it as UTF-8' });
    });

    it('decodes UTF-8 and drops only a leading BOM', () => {
      assert.deepEqual(decode(Buffer.from('\uFEFFA\uFEFFb\r\n', 'utf8')), { ok: true, text: 'A\uFEFFb\r\n' });
    });

    it('does not let ** enter node_modules, nor any wildcard a dot folder', () => {
      write('a/node_modules/x.md', 'x');
      write('a/.git/y.md', 'y');
      write('a/b/z.md', 'z');
      assert.deepEqual(expandGlob('a/**/*.md', dir), ['a/b/z.md']);
      // A single * is explicit: it may name node_modules, never a dot folder.
      assert.deepEqual(expandGlob(path.join(dir, 'a', '*', '*.md'), '/'), [`${dir}/a/b/z.md`, `${dir}/a/node_modules/x.md`]);
    });
  });
});
