// One shared stateless mock (every answer the spec's example) for the suites that test the front and Prism's
// answers; the sandbox suites start their own mocks.
import type { TestProject } from 'vitest/node';
import { startMock } from '../src/start-mock.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ port: 0, quiet: true, stateless: true });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}
