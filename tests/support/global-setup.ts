// For the whole run: one mock (the mock package's vitest setup: `inject('mockUrl')`, stateless, token check on) for
// the e2e files, and one run directory where each test file leaves what it captured (capture-setup.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import startSharedMock from '@haso-toolkit/mock/vitest-setup';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Directory where each test file writes its capture. */
    runDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = mkdtempSync(join(tmpdir(), 'haso-tests-'));
  project.provide('runDir', runDir);
  const stopMock = await startSharedMock(project);
  return async () => {
    await stopMock();
    rmSync(runDir, { recursive: true, force: true });
  };
}
