import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock, TEST_CREDENTIALS } from '../src/index.js';
import { isAlive, operations, post, responseExamples, signedOperationIds, vectors } from './helpers.js';

let mock: RunningMock;
const lines: string[] = [];

beforeAll(async () => {
  mock = await startMock({ port: 0, verify: false, stateless: true, logger: (line) => lines.push(line) });
});
afterAll(() => mock.close());

describe('--no-verify (verify: false)', () => {
  const cases = signedOperationIds.map((id) => {
    const vector = vectors.find((v) => v.operationId === id)!;
    const op = operations.find((o) => o.operationId === id)!;
    return { ...vector, path: op.path, post: op.post };
  });

  it.each(cases)('$operationId accepts forged, stale and foreign-merchant tokens', async (c) => {
    const examples = responseExamples(c.post);
    const success = [...examples.keys()].find((name) => name.startsWith('success'))!;
    const body = { ...c.body, testResult: undefined }; // no sandbox scenario: the default example
    const bodies = [
      { ...body, requestToken: `${'A'.repeat(43)}=` },
      { ...body, ipAddress: '10.0.0.1', requestToken: c.token },
      { ...body, merchantId: '999999', requestToken: c.token },
    ];
    for (const sent of bodies) {
      const answer = await post(mock.url, c.path, sent);
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual(examples.get(success)!.value);
    }
  });

  it.each(cases)('$operationId accepts a body without requestToken (JSON and form)', async (c) => {
    const examples = responseExamples(c.post);
    const success = [...examples.keys()].find((name) => name.startsWith('success'))!;
    const { requestToken: _dropped, testResult: _scenario, ...body } = c.body;
    // Form-encoded arrays are a known limitation of Prism (README): those bodies are tried as JSON only.
    const encodings = Object.values(body).some(Array.isArray) ? [false] : [false, true];
    for (const form of encodings) {
      const answer = await post(mock.url, c.path, body, { form });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json()).toEqual(examples.get(success)!.value);
    }
  });

  it('a body without requestToken still gets its scenario and is logged like any other', async () => {
    lines.length = 0;
    const c = cases.find((x) => x.operationId === 'sendKkbPinCode')!;
    const { requestToken: _dropped, ...body } = c.body;
    const answer = await post(mock.url, c.path, { ...body, testResult: 'RETRY' });
    expect(answer.json()).toEqual(responseExamples(c.post).get('testResult-RETRY')!.value);
    await waitFor(() => lines.length === 1);
    expect(lines[0]).toMatch(new RegExp(`^POST ${c.path} scenario=testResult-RETRY 200 \\d+ms$`));
  });

  it('other schema errors of a body without requestToken are still 422', async () => {
    const c = cases[0]!;
    const { requestToken: _dropped, ...body } = c.body;
    expect((await post(mock.url, c.path, { ...body, merchantId: 12 })).status).toBe(422);
  });
});

describe('log lines', () => {
  it('one readable line per request, without body, token or salt', async () => {
    lines.length = 0;
    const { path, body, token } = cases0();
    await post(mock.url, path, { ...body, requestToken: token });
    await post(mock.url, path, { ...body, requestToken: token }, { headers: { prefer: 'example=failure' } });
    await fetch(new URL('/nope', mock.url));
    await waitFor(() => lines.length === 3);
    expect(lines[0]).toMatch(new RegExp(`^POST ${path} scenario=success\\S* 200 \\d+ms$`));
    expect(lines[1]).toMatch(new RegExp(`^POST ${path} scenario=failure 200 \\d+ms$`));
    expect(lines[2]).toMatch(/^GET \/nope scenario=- 404 \d+ms$/);
    for (const line of lines) {
      expect(line).not.toContain(TEST_CREDENTIALS.merchantSalt);
      expect(line).not.toContain(token);
    }
  });
});

describe('close()', () => {
  it('stops Prism and is idempotent', async () => {
    const other = await startMock({ port: 0, quiet: true, stateless: true });
    expect(isAlive(other.prismPid)).toBe(true);
    await Promise.all([other.close(), other.close()]);
    expect(isAlive(other.prismPid)).toBe(false);
    await expect(fetch(other.url)).rejects.toThrow();
  });
});

function cases0() {
  const vector = vectors.find((v) => v.operationId === 'reSendKkbPin')!;
  return { ...vector, path: operations.find((o) => o.operationId === 'reSendKkbPin')!.path };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
}
