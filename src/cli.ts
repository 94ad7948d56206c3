// The command-line front end over the engine: `newsdesk check|analyze FILE…`. This file
// only binds src/cli/main.ts to the process: its arguments, streams and exit code.

import { main } from './cli/main';

// `newsdesk check … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write('newsdesk: reading the article from the terminal; end it with Ctrl-D\n');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

main(process.argv.slice(2), {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  readStdin,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`newsdesk: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  },
);
