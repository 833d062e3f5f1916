#!/usr/bin/env node
// `pnpm bench`: every figure of BENCHMARKS.md in one run on this machine (about 3 minutes on 2 cores), printed as a
// table and written to tools/bench/results.json and the generated block of BENCHMARKS.md.
// Usage: node tools/bench/run.mjs [--only sdk-call,token,bundle-size,mock-http,install-build] [--strict]
//   --only    runs some figures and prints them (nothing is written)
//   --strict  every missed goal fails the run (default: only deterministic ones do — the bundle size, HTTP errors,
//             a warm rebuild that is not a full cache hit; timing ratios are reported)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureInChildren } from './lib/child.mjs';
import { machineInfo } from './lib/machine.mjs';
import { renderResults, writeResultsBlock } from './lib/markdown.mjs';
import { printTable } from './lib/report.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const repoRoot = here('../../');

/** The figures, in the order of BENCHMARKS.md. Micro benchmarks run in fresh processes (median of three). */
const FIGURES = {
  'sdk-call': () => measureInChildren(here('./sdk-call.mjs'), { processes: 3 }),
  token: () => measureInChildren(here('./token.mjs'), { processes: 3 }),
  'bundle-size': async () => (await import('./bundle-size.mjs')).measure(),
  'mock-http': async () =>
    (await import('./mock-http.mjs')).measure({ seconds: 2, rounds: 5, connections: 50, warmupSeconds: 4 }),
  'install-build': async () => (await import('./install-build.mjs')).measure(),
};

const { values } = parseArgs({ options: { only: { type: 'string' }, strict: { type: 'boolean' } } });
const names = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(FIGURES);
for (const name of names) if (!FIGURES[name]) throw new Error(`unknown figure "${name}" (${Object.keys(FIGURES)})`);

const machine = machineInfo(repoRoot);
const started = performance.now();
const figures = [];
for (const name of names) {
  process.stdout.write(`bench: ${name} …\n`);
  const figure = await FIGURES[name]();
  figures.push(figure);
  printTable([figure]);
}
const seconds = Math.round((performance.now() - started) / 1000);

console.log(`\n${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${seconds} s`);
printTable(figures);
if (!values.only) {
  const results = { machine, seconds, figures };
  writeFileSync(here('./results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeResultsBlock(here('../../BENCHMARKS.md'), renderResults(results));
  console.log('written: tools/bench/results.json, BENCHMARKS.md');
}
const failed = figures.filter((f) => !f.met && (values.strict || f.hard));
if (failed.length) {
  console.error(`bench: goal missed: ${failed.map((f) => `${f.title} (${f.goal})`).join('; ')}`);
  process.exitCode = 1;
}
