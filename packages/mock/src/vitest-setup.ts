// A ready-made vitest globalSetup for suites that talk to the mock:
//   globalSetup: ['@haso-toolkit/mock/vitest-setup']  (or re-export it from a local setup file)
// It starts one stateless mock (token check on, TEST_CREDENTIALS, every answer the spec's example: test files running
// in parallel cannot disturb each other) on a random 127.0.0.1 port, hands its URL to the tests as
// `inject('mockUrl')`, and stops the mock and its Prism process at the end of the run.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startMock } from './start-mock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared mock (token check on, the mock's test credentials). */
    mockUrl: string;
  }
}

/** Starts one mock for every test file; the returned teardown stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ port: 0, quiet: true, stateless: true });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}
