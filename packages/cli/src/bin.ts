// The `haso` program, run by bin/haso.js (the package bin).
import { readBounded } from './body-input.js';
import { main } from './main.js';

// A reader that goes away (`haso operations | head`) ends the run quietly instead of with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: (maxBytes) => readBounded(process.stdin, maxBytes),
});
