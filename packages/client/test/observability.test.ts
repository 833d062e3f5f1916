// Observation hooks and the logger: every attempt is seen, nothing a hook does changes the call, and no event or log
// line holds the salt, the token, a TCKN or a GSM number.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHasoCore, retryPolicy } from '../src/core-entry.node.js';
import {
  createHasoClient,
  type ErrorEvent,
  type HasoClientOptions,
  type HasoHooks,
  type RequestEvent,
  type ResponseEvent,
} from '../src/index.node.js';
import { hasoAuthSendInfo } from '../src/operations-entry.js';
import { credentials, envelope, instantRetry, json, sampleCustomer, stubFetch } from './helpers.js';

const SALT = 'S4LT-never-in-an-event';
const TCKN = sampleCustomer.tckn;
const GSM = sampleCustomer.mobileNumber;

/** Hooks that record every event. */
function recorder() {
  const events: { requests: RequestEvent[]; responses: ResponseEvent[]; errors: ErrorEvent[] } = {
    requests: [],
    responses: [],
    errors: [],
  };
  const hooks: Required<HasoHooks> = {
    onRequest: (e) => void events.requests.push(e),
    onResponse: (e) => void events.responses.push(e),
    onError: (e) => void events.errors.push(e),
  };
  return { events, hooks };
}

const flaky = () => stubFetch((_, n) => (n < 3 ? json({}, 503) : envelope({ ErrorCodes: [] })));

describe('hooks', () => {
  it('see every attempt of createHasoClient and createHasoCore, retries included', async () => {
    for (const make of ['client', 'core'] as const) {
      const { events, hooks } = recorder();
      const stub = flaky();
      const options = { ...credentials, fetch: stub.fetch, ...hooks };
      const call =
        make === 'client'
          ? createHasoClient({ ...options, retry: instantRetry }).getErrorCodes()
          : createHasoCore({ ...options, retry: retryPolicy(instantRetry) }).call(
              (await import('../src/operations-entry.js')).getErrorCodes,
            );
      await expect(call).resolves.toEqual({ ErrorCodes: [] });
      expect(events.requests.map((e) => [e.operationId, e.attempt, e.method, e.url])).toEqual(
        [1, 2, 3].map((n) => ['getErrorCodes', n, 'POST', `${credentials.baseUrl}/Index/GetErrorCodes`]),
      );
      expect(events.responses.map((e) => e.status)).toEqual([503, 503, 200]);
      expect(events.errors.map((e) => [e.attempt, e.status, e.willRetry])).toEqual([
        [1, 503, true],
        [2, 503, true],
      ]);
      expect(events.responses.every((e) => e.ms >= 0 && typeof e.headers === 'object')).toBe(true);
    }
  });

  it('report a final failure with willRetry false', async () => {
    const { events, hooks } = recorder();
    const haso = createHasoClient({ ...credentials, fetch: stubFetch(() => json({}, 502)).fetch, ...hooks });
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).rejects.toMatchObject({ status: 502 });
    expect(events.errors.map((e) => [(e.error as Error).name, e.willRetry])).toEqual([['HasoHttpError', false]]);
  });

  it('cannot change a call: throwing, rejecting and mutating hooks leave the wire and the result alike', async () => {
    const plain = stubFetch(() => envelope({ KkbRefNo: 'K' }));
    const observed = stubFetch(() => envelope({ KkbRefNo: 'K' }));
    const meddling: HasoHooks = {
      onRequest(e) {
        (e.body as Record<string, unknown>).kkbRefNo = 'CHANGED';
        (e.headers as Record<string, string>)['content-type'] = 'text/plain';
        throw new Error('hook failure');
      },
      onResponse: (async () => {
        throw new Error('async hook failure');
      }) as never,
      onError() {
        throw new Error('never reached');
      },
    };
    const a = createHasoClient({ ...credentials, fetch: plain.fetch, retry: false });
    const b = createHasoClient({ ...credentials, fetch: observed.fetch, retry: false, ...meddling });
    const results = [await a.reSendKkbPin({ kkbRefNo: 'KKB-1' }), await b.reSendKkbPin({ kkbRefNo: 'KKB-1' })];
    expect(results[1]).toEqual(results[0]);
    const wire = (calls: typeof plain.calls) => calls.map(({ signal: _s, ...sent }) => sent);
    expect(wire(observed.calls)).toEqual(wire(plain.calls));
    const frozen = recorder();
    const c = createHasoClient({ ...credentials, fetch: plain.fetch, ...frozen.hooks });
    await c.reSendKkbPin({ kkbRefNo: 'KKB-1' });
    expect(Object.isFrozen(frozen.events.requests[0])).toBe(true);
  });

  it('mask the token, the TCKN and GSM numbers, and never hold the salt', async () => {
    const { events, hooks } = recorder();
    const stub = stubFetch(() => envelope({ KkbRefNo: 'K' }));
    const haso = createHasoCore({ ...credentials, merchantSalt: SALT, fetch: stub.fetch, ...hooks });
    await haso.call(hasoAuthSendInfo, sampleCustomer);
    const token = String(stub.calls[0]?.body.requestToken);
    const text = JSON.stringify(events);
    for (const secret of [SALT, token, TCKN, GSM]) expect(text).not.toContain(secret);
    expect(events.requests[0]?.body).toMatchObject({
      requestToken: expect.stringMatching(/^\*{42}.=$/),
      tckn: '*********46',
      mobileNumber: '********33',
      shopperName: sampleCustomer.shopperName,
    });
  });
});

describe('logger', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const capture = () => {
    const lines: unknown[][] = [];
    const logger = {
      debug: (...args: unknown[]) => void lines.push(['debug', ...args]),
      info: (...args: unknown[]) => void lines.push(['info', ...args]),
      warn: (...args: unknown[]) => void lines.push(['warn', ...args]),
      error: (...args: unknown[]) => void lines.push(['error', ...args]),
    };
    return { lines, logger };
  };

  it('logs by level and redacts like the hooks (salt, token, TCKN scanned in the captured output)', async () => {
    const { lines, logger } = capture();
    const stub = stubFetch((_, n) => (n === 1 ? json({}, 503) : envelope({ KkbRefNo: 'K' })));
    const haso = createHasoClient({ ...credentials, merchantSalt: SALT, fetch: stub.fetch, logger, logLevel: 'debug' });
    await expect(haso.hasoAuthSendInfo(sampleCustomer)).rejects.toMatchObject({ status: 503 }); // a write: final
    const token = String(stub.calls[0]?.body.requestToken);
    expect(lines.map((l) => l[0])).toEqual(['debug', 'info', 'error']);
    const text = JSON.stringify(lines);
    for (const secret of [SALT, token, TCKN, GSM]) expect(text).not.toContain(secret);
  }, 10_000);

  it.each([
    ['info', ['info', 'warn', 'info']],
    ['warn', ['warn']],
    ['error', []],
    ['off', []],
  ] as const)('level %s logs %j for a retried read', async (level, expected) => {
    const { lines, logger } = capture();
    const stub = stubFetch((_, n) => (n === 1 ? json({}, 503) : envelope({ ErrorCodes: [] })));
    const haso = createHasoClient({ ...credentials, fetch: stub.fetch, logger, logLevel: level, retry: instantRetry });
    await haso.getErrorCodes();
    expect(lines.map((l) => l[0])).toEqual(expected);
  });

  it('HASO_LOG sets the level on Node (console by default); explicit logLevel wins; a bad value is a TypeError', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.stubEnv('HASO_LOG', 'debug');
    const stub = stubFetch(() => envelope({}));
    await createHasoClient({ ...credentials, fetch: stub.fetch }).getErrorCodes();
    expect(debug).toHaveBeenCalledTimes(1);
    await createHasoClient({ ...credentials, fetch: stub.fetch, logLevel: 'off' }).getErrorCodes();
    expect(debug).toHaveBeenCalledTimes(1);
    vi.stubEnv('HASO_LOG', 'verbose');
    expect(() => createHasoClient({ ...credentials })).toThrow(/HASO_LOG/);
    const options = { ...credentials, logLevel: 'loud' } as unknown as HasoClientOptions;
    expect(() => createHasoClient(options)).toThrow(/logLevel/);
  });
});
