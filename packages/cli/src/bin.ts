// The `haso` program, run by bin/haso.js (the package bin).
import { readBounded } from './body-input.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: (maxBytes) => readBounded(process.stdin, maxBytes),
});
