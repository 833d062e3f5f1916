// The deadline holds per request from its arrival, queued or not, and slow clients do not hold connections open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';
import { journal, operations, post, rawExchange, validRequest } from './helpers.js';

const DEADLINE_MS = 2_000;
const reSend = operations.find((o) => o.operationId === 'reSendKkbPin')!;
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ stateless: true, port: 0, quiet: true, requestTimeoutMs: DEADLINE_MS });
});
afterAll(() => mock.close());

describe('a hung Prism', () => {
  it('every request, also those queued behind the pool’s 16 connections, gets its 504 at its own deadline', async () => {
    const { body } = validRequest(reSend.post);
    process.kill(mock.prismPid, 'SIGSTOP');
    let answers: Awaited<ReturnType<typeof post>>[];
    try {
      answers = await Promise.all(Array.from({ length: 48 }, () => post(mock.url, reSend.path, body)));
    } finally {
      process.kill(mock.prismPid, 'SIGCONT');
    }
    for (const answer of answers) {
      expect(answer.status).toBe(504);
      expect(answer.json()).toEqual({
        Success: false,
        Errors: [`haso-mock: Prism did not answer within ${DEADLINE_MS} ms`],
        Data: null,
      });
    }
    const rows = (await journal(mock.url)).filter((row) => row.status === 504);
    expect(rows).toHaveLength(48);
    // The mock's own measure from arrival. Queued requests used to time out one pool round later (2×, 3× the
    // deadline); the bound leaves a whole deadline of slack for a loaded machine.
    for (const row of rows) {
      expect(row.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 1);
      expect(row.ms).toBeLessThan(2 * DEADLINE_MS);
    }
    const after = await post(mock.url, reSend.path, body);
    expect(after.status, after.text).toBe(200);
  });
});

describe('slow clients', () => {
  it('a body that stops coming gets 408 at the deadline and the connection is closed', async () => {
    const head = `POST ${reSend.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`;
    const text = await rawExchange(mock.url, `${head}{"merchant`);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('headers that stop coming: the connection is closed after the 10 s headers timeout', async () => {
    const text = await rawExchange(mock.url, `POST ${reSend.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1`);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);
});
