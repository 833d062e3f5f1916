import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createHasoClient, type HasoClientOptions } from '../src/index.node.js';
import { connectionRefused, envelope, json, type Sent, stubFetch } from './helpers.js';

const SALT = 'S4LT-never-print-me';
const KEY = 'K3Y-never-print-me';
const leaks = (text: string) => text.includes(SALT) || text.includes(KEY);

function client(answer: Parameters<typeof stubFetch>[0], extra: Partial<HasoClientOptions> = {}) {
  const stub = stubFetch(answer);
  const haso = createHasoClient({
    baseUrl: 'http://127.0.0.1:4010',
    merchantId: '100001',
    merchantSalt: SALT,
    hmacKey: KEY,
    fetch: stub.fetch,
    retry: false,
    timeoutMs: 5,
    ...extra,
  });
  return { haso, stub };
}

describe('the merchant salt and the HMAC key never leak', () => {
  it('not in util.inspect, JSON.stringify or the config', () => {
    const { haso } = client(() => envelope({}));
    for (const text of [
      inspect(haso),
      inspect(haso, { showHidden: true, depth: Infinity, getters: true }),
      JSON.stringify(haso),
      JSON.stringify(haso.config),
      inspect(haso.config, { showHidden: true }),
      String(Object.getOwnPropertyNames(haso)),
    ]) {
      expect(leaks(text)).toBe(false);
    }
    expect(inspect(haso)).toContain('merchantSalt: [redacted]');
    expect(JSON.parse(JSON.stringify(haso))).toMatchObject({
      merchantId: '100001',
      merchantSalt: '[redacted]',
      hmacKey: '[redacted]',
    });
  });

  it('not on the wire either (only the token)', async () => {
    const { haso, stub } = client(() => envelope({}));
    await haso.reSendKkbPin({ kkbRefNo: 'K' });
    expect(leaks(stub.calls[0]?.text ?? '')).toBe(false);
  });

  it.each([
    ['api', () => json({ Success: false, Errors: ['H307'], Data: null })],
    ['http', () => new Response('<html>502</html>', { status: 502 })],
    ['shape', () => json({ Data: {} })],
    ['network', () => Promise.reject(connectionRefused())],
    [
      'timeout',
      (r: Sent) =>
        new Promise<Response>((_, reject) => r.signal.addEventListener('abort', () => reject(r.signal.reason))),
    ],
  ] as const)('not in a %s error (message, stack, inspect, JSON)', async (_, answer) => {
    const { haso } = client(answer as Parameters<typeof stubFetch>[0]);
    const error = (await haso.reSendKkbPin({ kkbRefNo: 'K' }).catch((e: unknown) => e)) as Error;
    expect(error.name).toMatch(/^Haso/);
    for (const text of [
      error.message,
      String(error.stack),
      inspect(error, { depth: Infinity, showHidden: true }),
      JSON.stringify(error),
    ]) {
      expect(leaks(text)).toBe(false);
    }
  });

  it('not in validation or token-field errors', async () => {
    const { haso } = client(() => envelope({}), {
      recipes: { refundTransaction: { fields: ['merchantId', 'refundId'] } },
    });
    const errors = [
      await haso.reSendKkbPin({ kkbRefNo: '' }).catch((e: unknown) => e),
      await haso.refundTransaction({ refundId: { nested: true } }).catch((e: unknown) => e),
    ] as Error[];
    expect(errors.map((e) => e.name)).toEqual(['HasoValidationError', 'HasoValidationError']);
    expect(errors[1]).toMatchObject({ field: 'refundId', rule: 'token' });
    for (const error of errors)
      expect(leaks(`${error.message}${error.stack}${inspect(error, { depth: Infinity })}`)).toBe(false);
  });

  it('not in option errors', () => {
    const attempts = [
      () => createHasoClient({ baseUrl: 'nope', merchantId: '1', merchantSalt: SALT }),
      () => createHasoClient({ baseUrl: 'http://x', merchantId: '1', merchantSalt: SALT, hmacKey: '' }),
    ];
    for (const attempt of attempts) {
      const error = (() => {
        try {
          attempt();
        } catch (e) {
          return e as Error;
        }
        throw new Error('expected a throw');
      })();
      expect(leaks(`${error.message}${error.stack}`)).toBe(false);
    }
  });
});
