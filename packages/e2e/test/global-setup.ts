import { startMock } from '@haso-toolkit/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared mock (token check on, test credentials). */
    mockUrl: string;
  }
}

/** Starts one mock on a random port for all test files, hands its URL to them and stops it (and Prism) at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ port: 0, quiet: true });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}
