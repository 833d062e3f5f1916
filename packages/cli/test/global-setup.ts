import { startMock } from '@haso-toolkit/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared mock (token check on, the mock's test credentials). */
    mockUrl: string;
  }
}

/** Starts one mock on a random port for every test file; stops it (and Prism) at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ port: 0, quiet: true });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}
