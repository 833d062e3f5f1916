// Runs every generated curl sample, unchanged except for the mock's port, against a real haso-mock, and posts every
// HTML form sample's fields: the samples must work against the mock as-is.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startMock } from '@haso-toolkit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_BASE_URL } from '../src/mock-sample.mjs';
import { listOperations } from '../src/spec-model.mjs';
import { codeSamplesOf, renderedSpec } from './helpers.mjs';

const run = promisify(execFile);
const operations = listOperations(renderedSpec()).filter((e) => e.source === 'path');
/** @type {(operation: import('@haso-toolkit/spec/reader').OperationObject, label: string) => string | undefined} */
const sample = (operation, label) => codeSamplesOf(operation).find((s) => s.label === label)?.source;
const curlOps = operations.filter((e) => sample(e.operation, 'curl'));
const formOps = operations.filter((e) => sample(e.operation, 'HTML form'));

describe('generated samples against haso-mock', () => {
  /** @type {Awaited<ReturnType<typeof startMock>>} */
  let mock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, quiet: true });
  });
  afterAll(() => mock?.close());

  it('has samples to run', () => {
    expect(curlOps.length + formOps.length).toBe(operations.length);
    expect(formOps.length).toBeGreaterThan(0);
  });

  it.each(curlOps.map((e) => [e.operation.operationId, e]))(
    'curl sample of %s gets a success answer',
    async (_, entry) => {
      const source = String(sample(entry.operation, 'curl')).replaceAll(MOCK_BASE_URL, mock.url.replace(/\/$/, ''));
      const { stdout } = await run('sh', ['-c', source], { timeout: 20_000 });
      const answer = JSON.parse(stdout);
      expect(answer, stdout).toMatchObject({ Success: true });
    },
  );

  it.each(formOps.map((e) => [e.operation.operationId, e]))(
    'HTML form of %s posts to an accepting mock',
    async (_, entry) => {
      const html = String(sample(entry.operation, 'HTML form'));
      const action = /action="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(action).toBe(`${MOCK_BASE_URL}${entry.key}`);
      const fields = [...html.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map(([, n = '', v = '']) => [
        n,
        v
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ]);
      const response = await fetch(action.replace(MOCK_BASE_URL, mock.url.replace(/\/$/, '')), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
      expect(response.status, await response.text()).toBe(200);
    },
  );
});
