#!/usr/bin/env node
// Runs the Redocly CLI with telemetry and update notices off, passing its output through except the boxed Node 20
// deprecation banner it prints on every run (the supported Node range is stated once, in the root README).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const CLI = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const child = spawn(process.execPath, [CLI, ...process.argv.slice(2)], { env, stdio: ['inherit', 'inherit', 'pipe'] });

let inBanner = false;
let blanks = 0;
let pending = '';
/** Writes complete lines to stderr, dropping a `╔`…`╚` box and the blank lines around it. */
function pass(text, flush = false) {
  const lines = (pending + text).split('\n');
  pending = flush ? '' : (lines.pop() ?? '');
  for (const line of lines) {
    const trimmed = line.trim();
    if (inBanner) inBanner = !trimmed.startsWith('╚');
    else if (trimmed.startsWith('╔')) [inBanner, blanks] = [true, -1];
    else if (!trimmed) blanks += blanks < 0 ? 0 : 1;
    else {
      process.stderr.write(`${'\n'.repeat(Math.max(blanks, 0))}${line}\n`);
      blanks = 0;
    }
  }
  if (flush && pending) process.stderr.write(pending);
}
child.stderr.setEncoding('utf8').on('data', (chunk) => pass(chunk));
child.on('close', (code, signal) => {
  pass('', true);
  process.exitCode = code ?? (signal ? 1 : 0);
});
