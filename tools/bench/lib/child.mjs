// Runs a figure script in fresh node processes (`--expose-gc`, so rounds start from a collected heap) and keeps the
// run with the median value: process-to-process variation (JIT and GC timing) is larger than round-to-round.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { median } from './paired.mjs';

const run = promisify(execFile);

/** The figure of `script` (which prints it as JSON with `--json`), measured in `processes` fresh processes. */
export async function measureInChildren(script, { processes = 3, args = [] } = {}) {
  const figures = [];
  for (let i = 0; i < processes; i++) {
    const { stdout } = await run(process.execPath, ['--expose-gc', script, '--json', ...args], {
      maxBuffer: 16 * 1024 * 1024,
    });
    figures.push(JSON.parse(stdout));
  }
  const values = figures.map((f) => f.value);
  const mid = median(values);
  const chosen = figures.reduce((best, f) => (Math.abs(f.value - mid) < Math.abs(best.value - mid) ? f : best));
  return { ...chosen, details: { ...chosen.details, valuesPerProcess: values } };
}
