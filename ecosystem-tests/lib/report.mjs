// One printed line per check (ok / FAIL / skip, its name, what it saw, its time) and the closing total line.

const counts = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

/** A check that did not apply here (printed as skip, with the reason). */
export class Skip extends Error {}

/** Runs a check's function; resolves its outcome, never rejects. */
async function outcomeOf(fn) {
  const start = Date.now();
  try {
    const detail = await fn();
    return { status: 'ok', detail: typeof detail === 'string' ? detail : '', start };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: error instanceof Skip ? 'skip' : 'FAIL', detail: message.replace(/\s*\n\s*/g, ' | '), start };
  }
}

function print(name, { status, detail, start, end = Date.now() }) {
  counts[{ ok: 'passed', FAIL: 'failed', skip: 'skipped' }[status]]++;
  const time = status === 'ok' ? ` (${((end - start) / 1000).toFixed(1)} s)` : '';
  process.stdout.write(`${status.padEnd(5)} ${name}${detail ? ` — ${detail}` : ''}${time}\n`);
  return status === 'ok';
}

/** Runs one check and prints its line; resolves whether it passed. */
export async function check(name, fn) {
  return print(name, await outcomeOf(fn));
}

/**
 * Runs `[name, fn]` checks up to `concurrency` at a time (the CI machine has 2 cores) and prints their lines in the
 * given order; resolves how many passed.
 */
export async function checkEach(entries, concurrency = 2) {
  let free = concurrency;
  const waiting = [];
  const acquire = () => {
    if (free <= 0) return new Promise((resolve) => waiting.push(resolve));
    free--;
    return Promise.resolve();
  };
  const release = () => (waiting.length ? waiting.shift()() : free++);
  const outcomes = entries.map(([, fn]) =>
    acquire()
      .then(() => outcomeOf(fn))
      .then((outcome) => ({ ...outcome, end: Date.now() }))
      .finally(release),
  );
  let passed = 0;
  for (const [i, [name]] of entries.entries()) if (print(name, await outcomes[i])) passed++;
  return passed;
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
