// Every numeric option is a finite number in its documented range, else a TypeError naming it, before anything is
// sent (a real server on 127.0.0.1 counts what reached it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHasoCore, retryPolicy } from '../src/core-entry.node.js';
import { createHasoClient, type HasoClientOptions, runLimitFlow } from '../src/index.node.js';
import { reSendKkbPin } from '../src/operations-entry.js';
import { credentials, sampleCustomer } from './helpers.js';
import { answerEnvelope, startServer, type TestServer } from './servers.js';

const BAD = [Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1e12, '100' as unknown as number];

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => answerEnvelope(res, { KkbRefNo: 'KKB-1' }));
});
afterAll(() => server.close());

const options = (extra: Partial<HasoClientOptions>): HasoClientOptions => ({
  ...credentials,
  baseUrl: server.url,
  ...extra,
});

/** The TypeError `run` throws or rejects with. */
async function typeError(run: () => unknown): Promise<TypeError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof TypeError) return error;
    throw error;
  }
  throw new Error('expected a TypeError');
}

describe.each(BAD)('the value %s', (value) => {
  it.each([
    ['timeoutMs', { timeoutMs: value }],
    ['maxResponseBytes', { maxResponseBytes: value }],
    ['retry.retries', { retry: { retries: value } }],
    ['retry.baseDelayMs', { retry: { baseDelayMs: value === 0 ? -1 : value } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: value === 0 ? -1 : value } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: value === 0 ? -1 : value } }],
  ] as const)('is refused as the client option %s', async (name, extra) => {
    if (name === 'retry.retries' && value === 0) return; // 0 retries is allowed
    const error = await typeError(() => createHasoClient(options(extra as Partial<HasoClientOptions>)));
    expect(error.message).toContain(name);
    const core = await typeError(() =>
      createHasoCore({ ...options({}), ...('retry' in extra ? { retry: retryPolicy(extra.retry) } : extra) } as never),
    );
    expect(core.message).toContain(name);
  });

  it('is refused as a per-call option, and nothing is sent', async () => {
    const haso = createHasoClient(options({}));
    expect((await typeError(() => haso.reSendKkbPin({ kkbRefNo: 'K' }, { timeoutMs: value }))).message).toContain(
      'timeoutMs',
    );
    if (value !== 0) {
      const retries = await typeError(() => haso.getErrorCodes(undefined, { retries: value }));
      expect(retries.message).toContain('retries');
    }
    const core = createHasoCore({ ...credentials, baseUrl: server.url });
    expect((await typeError(() => core.call(reSendKkbPin, { kkbRefNo: 'K' }, { timeoutMs: value }))).message).toContain(
      'timeoutMs',
    );
    expect(server.received).toHaveLength(0);
  });

  it.each(['intervalMs', 'maxWaitMs'])(
    'is refused as the limit flow option %s, before anything is sent',
    async (name) => {
      const haso = createHasoClient(options({}));
      const flow = { customer: sampleCustomer, getPin: async () => '1', [name]: value };
      expect((await typeError(() => runLimitFlow(haso, flow))).message).toContain(name);
      expect((await typeError(() => haso.flows.limit(flow))).message).toContain(name);
      expect(server.received).toHaveLength(0);
    },
  );
});

describe('the ranges', () => {
  it('accept their bounds', async () => {
    const haso = createHasoClient(options({ timeoutMs: 2 ** 31 - 1, maxResponseBytes: 1e6, retry: { retries: 10 } }));
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' }, { timeoutMs: 1000, retries: 0 })).resolves.toEqual({
      KkbRefNo: 'KKB-1',
    });
    expect(() => createHasoClient(options({ retry: { retries: 11 } }))).toThrow(/retry\.retries/);
    expect(() => createHasoClient(options({ retry: { retries: 1.5 } }))).toThrow(/integer/);
    server.received.length = 0;
  });
});
