// One printed line per check (ok / FAIL / skip, its name, what it saw) and the closing total line.

const counts = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

/** A check that did not apply here (printed as skip, with the reason). */
export class Skip extends Error {}

function print(status, name, detail) {
  process.stdout.write(`${status.padEnd(5)} ${name}${detail ? ` — ${detail}` : ''}\n`);
}

/** Runs one check; its resolved string is the detail. A throw is a failure (Skip: a skip); never rethrows. */
export async function check(name, fn) {
  const start = Date.now();
  try {
    const detail = await fn();
    counts.passed++;
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    print('ok', name, `${typeof detail === 'string' ? detail : ''} (${seconds} s)`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Skip) {
      counts.skipped++;
      print('skip', name, message);
      return false;
    }
    counts.failed++;
    print('FAIL', name, message.replace(/\s*\n\s*/g, ' | '));
    return false;
  }
}

/** Throws unless `condition`. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The closing line; the exit code follows the failures. */
export function finish() {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `ecosystem: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)\n`,
  );
  return counts.failed === 0 ? 0 : 1;
}
