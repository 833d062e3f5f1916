import { describe, expect, it } from 'vitest';
import {
  createHasoClient,
  HasoApiError,
  HasoLimitFlowTimeoutError,
  type LimitFlowClock,
  type LimitFlowOptions,
  runLimitFlow,
} from '../src/index.node.js';
import { credentials, envelope, json, sampleCustomer, stubFetch } from './helpers.js';

const customer = { ...sampleCustomer, testOn: true };
const KKB = { KkbRefNo: 'KKB-20261123-0001', KkbPhones: ['516*****33'], CustomerId: '5004' };
const NOT_READY = { KkbRefNo: 'KKB-20261123-0001', Message: 'M101' };
const READY = { CustomerInfo: { CustomerLimit: 15000 } };

/** A clock whose sleep advances time instantly. */
function fakeClock(): LimitFlowClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      slept.push(ms);
      now += ms;
    },
  };
}

/** A Haso stub answering each step of the flow by path. */
function haso(steps: { auth?: unknown; pin?: unknown; ask?: (n: number) => Response }) {
  let asks = 0;
  const stub = stubFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/HasoAuthSendInfo')) return envelope(steps.auth ?? KKB);
    if (path.endsWith('/SendKkbPinCode')) return envelope(steps.pin ?? NOT_READY);
    if (path.endsWith('/AskKkbReportResult')) return steps.ask ? steps.ask(++asks) : envelope(READY);
    return new Response('not found', { status: 404 });
  });
  const client = createHasoClient({ ...credentials, fetch: stub.fetch, ipAddress: '85.105.12.34', retry: false });
  const paths = () => stub.calls.map((c) => new URL(c.url).pathname.split('/').pop());
  return { client, stub, paths };
}

const options = (extra: Partial<LimitFlowOptions> = {}): LimitFlowOptions => ({
  customer,
  getPin: async () => '482913',
  intervalMs: 1000,
  maxWaitMs: 10_000,
  clock: fakeClock(),
  ...extra,
});

describe('runLimitFlow', () => {
  it('sends the info, the PIN, then polls while M101, and returns CustomerInfo', async () => {
    const { client, stub, paths } = haso({ ask: (n) => envelope(n < 3 ? NOT_READY : READY) });
    const clock = fakeClock();
    const pinRequests: unknown[] = [];
    const info = await client.flows.limit(
      options({
        testResult: 'A',
        clock,
        getPin: async (request) => {
          pinRequests.push(request);
          return '482913';
        },
      }),
    );
    expect(info).toEqual({ CustomerLimit: 15000 });
    expect(paths()).toEqual([
      'HasoAuthSendInfo',
      'SendKkbPinCode',
      'AskKkbReportResult',
      'AskKkbReportResult',
      'AskKkbReportResult',
    ]);
    expect(pinRequests).toEqual([{ kkbRefNo: KKB.KkbRefNo, kkbPhones: KKB.KkbPhones, customerId: '5004' }]);
    expect(stub.calls[0]?.body).toMatchObject({ testOn: true, tckn: '10000000146', merchantId: '100001' });
    expect(stub.calls[1]?.body).toMatchObject({ kkbRefNo: KKB.KkbRefNo, pinCode: '482913', testResult: 'A' });
    expect(stub.calls[2]?.body).toMatchObject({ kkbRefNo: KKB.KkbRefNo, testResult: 'A' });
    expect(stub.calls.every((c) => typeof c.body.requestToken === 'string')).toBe(true);
    expect(clock.slept).toEqual([1000, 1000, 1000]);
  });

  it('stops after sendKkbPinCode when it already brings the report', async () => {
    const { client, paths } = haso({ pin: READY });
    await expect(runLimitFlow(client, options())).resolves.toEqual({ CustomerLimit: 15000 });
    expect(paths()).toEqual(['HasoAuthSendInfo', 'SendKkbPinCode']);
  });

  it('asks no PIN when hasoAuthSendInfo answers with CustomerInfo (registered customer)', async () => {
    const { client, paths } = haso({ auth: { CustomerInfo: { CustomerLimit: 9000 } } });
    let asked = false;
    const result = await runLimitFlow(
      client,
      options({
        getPin: async () => {
          asked = true;
          return '1';
        },
      }),
    );
    expect(result).toEqual({ CustomerLimit: 9000 });
    expect(asked).toBe(false);
    expect(paths()).toEqual(['HasoAuthSendInfo']);
  });

  it('throws HasoLimitFlowTimeoutError when the report stays M101 past maxWaitMs', async () => {
    const { client } = haso({ ask: () => envelope(NOT_READY) });
    const error = (await runLimitFlow(client, options({ testResult: 'RETRY', maxWaitMs: 3500 })).catch(
      (e: unknown) => e,
    )) as HasoLimitFlowTimeoutError;
    expect(error).toBeInstanceOf(HasoLimitFlowTimeoutError);
    expect(error.kkbRefNo).toBe(KKB.KkbRefNo);
    expect(error.attempts).toBe(3);
    expect(error.operationId).toBe('askKkbReportResult');
  });

  it('rejects with Haso’s error when the report is refused', async () => {
    const { client } = haso({ ask: () => json({ Success: false, Errors: ['KKB rejected'], Data: null }) });
    await expect(runLimitFlow(client, options())).rejects.toBeInstanceOf(HasoApiError);
  });

  it('can be cancelled with an AbortSignal', async () => {
    const { client, stub } = haso({ ask: () => envelope(NOT_READY) });
    const controller = new AbortController();
    const reason = new Error('customer left');
    const clock = fakeClock();
    const sleep = clock.sleep;
    clock.sleep = async (ms, signal) => {
      controller.abort(reason);
      return sleep(ms, signal);
    };
    await expect(runLimitFlow(client, options({ clock, signal: controller.signal }))).rejects.toBe(reason);
    expect(stub.calls).toHaveLength(2);
  });
});
