import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The secret scanner reads what every other file captured, so it runs last; the rest in name order. */
class ScanLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (spec: TestSpecification) => (spec.moduleId.endsWith('secret-scan.test.ts') ? 1 : 0);
    return [...files].sort((a, b) => last(a) - last(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    // One file at a time: the load test owns both cores, and the scanner must see every other file's capture.
    fileParallelism: false,
    sequence: { sequencer: ScanLastSequencer },
    globalSetup: ['./support/global-setup.ts'],
    setupFiles: ['./support/capture-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
