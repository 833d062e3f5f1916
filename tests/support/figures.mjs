// The figures a test run prints at its end (figures-reporter.ts sums them): what a test counts lands in its meta.
import { getCurrentTest } from 'vitest/suite';

/** Adds `n` to a figure of the running test. */
export function count(figure, n = 1) {
  const test = getCurrentTest();
  if (!test) throw new Error(`count('${figure}') is called outside a test`);
  test.meta.figures ??= {};
  const figures = test.meta.figures;
  figures[figure] = (figures[figure] ?? 0) + n;
}
