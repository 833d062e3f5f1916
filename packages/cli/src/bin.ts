#!/usr/bin/env node
// The `haso` executable.
import { text } from 'node:stream/consumers';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
});
