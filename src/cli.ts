// The command-line front end over the engine: `newsdesk check FILE…`, `newsdesk analyze`.
// (Walking-skeleton version: check only, text output.)

import { readFileSync } from 'node:fs';
import { analyze } from './engine';

function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command !== 'check' || files.length === 0) {
    process.stderr.write('usage: newsdesk check FILE…\n');
    return 2;
  }
  let worst = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const f of analyze(text).findings) {
      const line = text.slice(0, f.start).split('\n').length;
      const col = f.start - text.lastIndexOf('\n', f.start - 1);
      process.stdout.write(`${file}:${line}:${col}: ${f.severity} ${f.code} ${f.message}\n`);
      if (f.severity === 'warning' || f.severity === 'error') worst = 1;
    }
  }
  return worst;
}

process.exitCode = main(process.argv.slice(2));
