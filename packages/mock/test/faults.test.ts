// Faults, latency and the request journal, on a mock of their own (armed faults would reach other files' calls).
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP, parseCliOptions } from '../src/cli-options.js';
import { formatScenarioList, type RunningMock, startMock, TEST_CREDENTIALS } from '../src/index.js';
import { eventually, journal, operations, post, responseExamples, validRequest } from './helpers.js';

const reSend = operations.find((o) => o.operationId === 'reSendKkbPin')!;
const getCustomer = operations.find((o) => o.operationId === 'getCustomer')!;
const body = validRequest(reSend.post).body;
const success = responseExamples(reSend.post).get('success')!.value;
let mock: RunningMock;
let slow: RunningMock;

beforeAll(async () => {
  [mock, slow] = await Promise.all([
    startMock({ stateless: true, port: 0, quiet: true }),
    startMock({ stateless: true, port: 0, quiet: true, latency: { min: 200, max: 400 } }),
  ]);
});
afterAll(() => Promise.all([mock.close(), slow.close()]));

const call = (prefer?: string, base = mock.url) =>
  post(base, reSend.path, body, prefer ? { headers: { prefer } } : undefined);
const lastRow = async (base = mock.url) => (await journal(base)).at(-1)!;

describe('faults per request (Prefer: fault=…)', () => {
  it('http-500: HTTP 500 with an envelope-like JSON', async () => {
    const answer = await call('fault=http-500');
    expect(answer.status).toBe(500);
    expect(answer.json()).toEqual({ Success: false, Errors: ['haso-mock: fault http-500'], Data: null });
    expect(await lastRow()).toMatchObject({ operationId: 'reSendKkbPin', fault: 'http-500', status: 500 });
  });

  it('html-502: HTTP 502 with an HTML page', async () => {
    const answer = await call('fault=html-502');
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('502 Bad Gateway');
  });

  it('reset: the connection is dropped without an answer', async () => {
    const error = await call('fault=reset').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toMatch(/^(ECONNRESET|UND_ERR_SOCKET)$/);
    expect(await eventually(lastRow, (row) => row.fault === 'reset')).toMatchObject({ status: null });
  });

  it('timeout: no answer at all, the connection stays open until the client gives up', async () => {
    const error = await post(mock.url, reSend.path, body, {
      headers: { prefer: 'fault=timeout' },
      signal: AbortSignal.timeout(300),
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
    const row = await eventually(lastRow, (r) => r.fault === 'timeout');
    expect(row).toMatchObject({ status: null, scenario: 'fault-timeout' });
  });

  it('slow-body: the real answer, its headers first and the body in parts', async () => {
    const { parts, text, length } = await new Promise<{ parts: number; text: string; length: string }>(
      (resolve, reject) => {
        const url = new URL(reSend.path, mock.url);
        const request = httpRequest(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', prefer: 'fault=slow-body' },
        });
        request.on('response', (res) => {
          let parts = 0;
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            parts++;
            text += chunk;
          });
          res.on('end', () => resolve({ parts, text, length: res.headers['content-length']! }));
        });
        request.on('error', reject);
        request.end(JSON.stringify(body));
      },
    );
    expect(parts).toBeGreaterThan(1);
    expect(JSON.parse(text)).toEqual(success);
    expect(length).toBe(String(Buffer.byteLength(text)));
  });
});

describe('faults for the next calls of an operation (POST /__mock/faults)', () => {
  const faults = (init?: RequestInit) => fetch(new URL('/__mock/faults', mock.url), init);
  const arm = (value: unknown) =>
    faults({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

  it('plays the fault for exactly `count` calls of that operation, then answers normally', async () => {
    const armed = await arm({ operationId: 'reSendKkbPin', fault: 'http-500', count: 2 });
    expect(armed.status).toBe(201);
    expect(await armed.json()).toMatchObject({
      faults: [{ operationId: 'reSendKkbPin', fault: 'http-500', remaining: 2 }],
    });
    // Another operation is not touched; a Prefer fault wins without taking one from the queue.
    expect((await post(mock.url, getCustomer.path, validRequest(getCustomer.post).body)).status).toBe(200);
    expect((await call('fault=html-502')).status).toBe(502);
    expect((await call()).status).toBe(500);
    expect((await call()).status).toBe(500);
    expect((await call()).json()).toEqual(success);
    expect(await (await faults()).json()).toMatchObject({ faults: [] });
  });

  it('DELETE disarms everything', async () => {
    await arm({ operationId: 'reSendKkbPin', fault: 'reset', count: 5 });
    expect((await faults({ method: 'DELETE' })).status).toBe(200);
    expect((await call()).status).toBe(200);
  });

  it.each([
    ['an unknown operation', { operationId: 'nope', fault: 'reset' }],
    ['an unknown fault', { operationId: 'reSendKkbPin', fault: 'meteor' }],
    ['count 0', { operationId: 'reSendKkbPin', fault: 'reset', count: 0 }],
    ['count 1.5', { operationId: 'reSendKkbPin', fault: 'reset', count: 1.5 }],
    ['not an object', ['reSendKkbPin']],
  ])('refuses %s with a 400', async (_, value) => {
    const answer = await arm(value);
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ Success: false });
    expect(await (await faults()).json()).toMatchObject({ faults: [] });
  });
});

describe('latency', () => {
  it('Prefer: delay=<ms> delays that answer (at least that long, by the journal)', async () => {
    const answer = await call('delay=300, example=failure');
    expect(answer.json()).toEqual(responseExamples(reSend.post).get('failure')!.value);
    expect((await lastRow()).ms).toBeGreaterThanOrEqual(300);
  });

  it('--latency 200-400 delays every answer of an operation by at least 200 ms', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await call(undefined, slow.url)).status).toBe(200);
      expect((await lastRow(slow.url)).ms).toBeGreaterThanOrEqual(200);
    }
  });

  it('the CLI reads --latency as <ms> or <min>-<max>', () => {
    expect(parseCliOptions(['--latency', '300'], {}).latency).toEqual({ min: 300, max: 300 });
    expect(parseCliOptions(['--latency', '200-800'], {}).latency).toEqual({ min: 200, max: 800 });
    for (const bad of ['x', '-5', '800-200', '70000', '1e3']) {
      expect(() => parseCliOptions(['--latency', bad], {})).toThrow(/--latency/);
    }
  });

  it('startMock refuses a latency out of range with a TypeError naming it', async () => {
    await expect(startMock({ latency: { min: 5, max: 1 } })).rejects.toThrow(TypeError);
    await expect(startMock({ latency: Number.NaN })).rejects.toThrow(/latency/);
    await expect(startMock({ requestTimeoutMs: 0 })).rejects.toThrow(/requestTimeoutMs/);
  });
});

describe('GET /__mock/requests', () => {
  it('lists operation, token verdict, scenario, status and ms; never a body, a token or the salt', async () => {
    await fetch(new URL('/__mock/requests', mock.url), { method: 'DELETE' });
    await call();
    await post(mock.url, reSend.path, { ...body, kkbRefNo: 'forged' });
    await post(mock.url, getCustomer.path, validRequest(getCustomer.post).body);
    await post(mock.url, '/RequestV2/NoSuchThing', {});
    const response = await fetch(new URL('/__mock/requests', mock.url));
    const text = await response.text();
    const rows = (JSON.parse(text) as { requests: unknown[] }).requests;
    expect(rows).toEqual([
      expect.objectContaining({ operationId: 'reSendKkbPin', verdict: 'valid', scenario: 'success', status: 200 }),
      expect.objectContaining({
        operationId: 'reSendKkbPin',
        verdict: 'rejected',
        scenario: 'invalidToken',
        status: 200,
      }),
      expect.objectContaining({ operationId: 'getCustomer', verdict: 'unsigned', status: 200 }),
      expect.objectContaining({ operationId: null, verdict: null, path: '/RequestV2/NoSuchThing', status: 404 }),
    ]);
    for (const row of rows)
      expect(row).toMatchObject({ at: expect.any(String), method: 'POST', ms: expect.any(Number) });
    for (const secret of [TEST_CREDENTIALS.merchantSalt, body.requestToken as string, 'KKB', 'forged']) {
      expect(text).not.toContain(secret);
    }
    const limited = await fetch(new URL('/__mock/requests?limit=1', mock.url));
    expect(((await limited.json()) as { requests: unknown[] }).requests).toEqual([rows.at(-1)]);
  });
});

describe('--help and --list-scenarios', () => {
  it('name every fault, the latency option and the control routes', () => {
    const list = formatScenarioList(mock.scenarios);
    for (const fault of ['timeout', 'reset', 'http-500', 'html-502', 'slow-body']) {
      expect(HELP).toContain(fault);
      expect(list).toContain(`  ${fault} — `);
    }
    expect(HELP).toContain('--latency <ms>');
    expect(HELP).toContain('/__mock/faults');
    expect(HELP).toContain('/__mock/requests');
    expect(list).toContain('Prefer: delay=<ms>');
  });

  it('--list-scenarios also names the sandbox controls and the request journal', () => {
    const list = formatScenarioList(mock.scenarios);
    for (const route of ['POST /__mock/reset', 'GET /__mock/state', 'GET /__mock/requests', 'x-haso-mock-session']) {
      expect(list).toContain(route);
    }
  });
});
