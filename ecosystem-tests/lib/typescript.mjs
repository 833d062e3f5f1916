// TypeScript consumers: each compiler × module setting × lib compiles the valid files without an error (declaration
// files included: skipLibCheck false) and fails on exactly the marked lines of bad.ts. The CommonJS settings outside
// our support (node16 CommonJS, node10) are checked to fail the documented way.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { run, runOk } from './exec.mjs';
import { assert } from './report.mjs';

export const COMPILERS = [
  { name: 'TypeScript 5.9', package: 'typescript' },
  { name: 'TypeScript 7', package: 'typescript-7' },
];

export const MODULE_SETTINGS = [
  { name: 'nodenext', options: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'node16 (ESM package)', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'bundler', options: { module: 'esnext', moduleResolution: 'bundler' } },
];

export const LIBS = [
  { name: 'DOM lib', options: { lib: ['es2022', 'dom'], types: [] }, files: ['sdk.ts', 'bad.ts'] },
  { name: '@types/node only', options: { lib: ['es2022'], types: ['node'] }, files: ['sdk.ts', 'node.ts', 'bad.ts'] },
];

const BASE = { target: 'es2022', strict: true, skipLibCheck: false, noEmit: true };

/** `tsc --version` of a compiler installed in the consumer. */
export async function compilerVersion(consumer, compiler) {
  const { stdout } = await runOk(process.execPath, [
    join(consumer, 'node_modules', compiler.package, 'bin', 'tsc'),
    '--version',
  ]);
  return stdout.trim().replace(/^Version /, 'TypeScript ');
}

let projects = 0;

/** A project (package.json type, tsconfig, copies of the fixture files); resolves the tsc diagnostics by file. */
async function compile(consumer, compiler, { type, options, files }) {
  const dir = join(consumer, `ts-project-${++projects}`);
  mkdirSync(dir);
  for (const file of files) copyFileSync(join(consumer, 'ts', file), join(dir, file));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...BASE, ...options }, files }));
  const tsc = join(consumer, 'node_modules', compiler.package, 'bin', 'tsc');
  const { code, stdout, stderr } = await run(process.execPath, [tsc, '-p', dir, '--pretty', 'false']);
  const diagnostics = [...`${stdout}\n${stderr}`.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(
    ([, file, line, code, text]) => ({ file: basename(file), path: file, line: Number(line), code, text }),
  );
  assert(
    code === 0 || diagnostics.length > 0,
    `tsc exited ${code} without a diagnostic: ${(stdout + stderr).slice(0, 300)}`,
  );
  return diagnostics;
}

const describe = (d) => `${d.path}(${d.line}): ${d.code} ${d.text.slice(0, 140)}`;

/** Lines of bad.ts marked `// error:`. */
function markedLines(consumer) {
  return readFileSync(join(consumer, 'ts', 'bad.ts'), 'utf8')
    .split('\n')
    .flatMap((text, i) => (/\/\/ error:/.test(text) ? [i + 1] : []));
}

/** The valid files compile cleanly; bad.ts fails on each marked line and nowhere else. */
export async function checkConsumer(consumer, compiler, setting, lib) {
  const diagnostics = await compile(consumer, compiler, {
    type: 'module',
    options: { ...setting.options, ...lib.options },
    files: lib.files,
  });
  const unexpected = diagnostics.filter((d) => d.file !== 'bad.ts' || !markedLines(consumer).includes(d.line));
  assert(unexpected.length === 0, unexpected.map(describe).join('; '));
  const failed = new Set(diagnostics.map((d) => d.line));
  const missed = markedLines(consumer).filter((line) => !failed.has(line));
  assert(missed.length === 0, `bad.ts compiled without an error on line ${missed.join(', ')}`);
  const codes = [...new Set(diagnostics.map((d) => d.code))].join(' ');
  return `${lib.files.filter((f) => f !== 'bad.ts').join(' + ')} clean; bad.ts: ${failed.size} marked errors (${codes})`;
}

/** A CommonJS TypeScript project: `expect` is undefined (compiles) or the one diagnostic code it must give. */
export async function checkCommonJs(consumer, compiler, options, file, expect) {
  const diagnostics = await compile(consumer, compiler, {
    type: 'commonjs',
    options: { ...options, types: ['node'] },
    files: [file],
  });
  if (expect === undefined) {
    assert(diagnostics.length === 0, diagnostics.map(describe).join('; '));
    return 'compiles (require of the ESM package)';
  }
  assert(
    diagnostics.length > 0 && diagnostics.every((d) => d.code === expect && d.file === file),
    `expected only ${expect}, got ${diagnostics.map(describe).join('; ') || 'no error'}`,
  );
  return `fails with ${expect} as documented`;
}
