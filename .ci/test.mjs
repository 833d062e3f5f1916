// `pnpm test`: turbo builds, lints (biome over the whole repo and each package's own lint), type-checks (sources
// and tests) and tests every workspace package, then the ecosystem suite runs on the built packages; the output streams
// through, and the last line is the one total over both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TASKS = ['build', 'lint', 'lint:biome', 'typecheck', 'test'];
const TURBO = ['node_modules/.bin/turbo', ['run', ...TASKS, '--concurrency=1', '--continue']];
const ECOSYSTEM = [process.execPath, ['ecosystem-tests/run.mjs']];

/** Runs a command with its output passed through; resolves { code, text } (the text without colour codes). */
function stream([command, args]) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      from.on('data', (chunk) => {
        to.write(chunk);
        text += chunk.toString('utf8');
      });
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text: stripVTControlCharacters(text) }));
  });
}

const count = (line, word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);

const turbo = await stream(TURBO);
const vitest = { passed: 0, failed: 0, skipped: 0, packages: 0 };
for (const [, line] of turbo.text.matchAll(/:test: +Tests +(.*)$/gm)) {
  vitest.packages++;
  for (const word of ['passed', 'failed', 'skipped']) vitest[word] += count(line, word);
}
const tasks = /Tasks: +(.*)$/m.exec(turbo.text)?.[1]?.trim() ?? 'no turbo summary';

const ecosystem = await stream(ECOSYSTEM);
const eco = /^ecosystem: (.*)$/m.exec(ecosystem.text)?.[1] ?? '';
const checks = { passed: count(eco, 'passed'), failed: count(eco, 'failed'), skipped: count(eco, 'skipped') };
const ok = turbo.code === 0 && ecosystem.code === 0;

const total = { passed: vitest.passed + checks.passed, failed: vitest.failed + checks.failed };
const skipped = vitest.skipped + checks.skipped;
const tests = vitest.passed + vitest.failed + vitest.skipped;
const ecosystemChecks = checks.passed + checks.failed + checks.skipped;
process.stdout.write(
  `\n${ok ? 'PASS' : 'FAIL'} pnpm test: ${total.passed} passed, ${total.failed} failed, ${skipped} skipped ` +
    `(${tests} tests in ${vitest.packages} packages, turbo tasks: ${tasks}; ${ecosystemChecks} ecosystem checks)\n`,
);
process.exitCode = ok ? 0 : 1;
