// One run directory for the whole run: each test file leaves its counts and captured output there (see
// capture-setup.ts); the end of the run prints the totals.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { formatTally, readRecords, sumTallies } from '../../src/run-tally.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Directory where each test file writes its record (counts and captured output). */
    runDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'haso-reliability-'));
  project.provide('runDir', runDir);
  return () => {
    const records = readRecords(runDir);
    console.log(`${formatTally(sumTallies(records))} (${records.length} test files)`);
    rmSync(runDir, { recursive: true, force: true });
  };
}
