// The sandbox limit flow against the mock: testOn + testResult select the spec's x-haso-scenarios examples.
import {
  type CustomerInfo,
  HasoLimitFlowTimeoutError,
  type LimitFlowClock,
  type LimitFlowOptions,
  operations,
  runLimitFlow,
} from '@haso-toolkit/client';
import { describe, expect, inject, it } from 'vitest';
import { failureOf } from '../support/rejection.js';
import { firstExample, requestExampleInput, scenarioExample } from '../support/spec-examples.js';
import { createTestClient } from '../support/test-client.js';

const url = inject('mockUrl');
const customer = { ...requestExampleInput('hasoAuthSendInfo'), testOn: true } as LimitFlowOptions['customer'];

/** A clock whose sleeps return at once and advance its time: polling is instant and deterministic. */
function virtualClock(): LimitFlowClock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

describe('haso.flows.limit / runLimitFlow in the sandbox', () => {
  it('testResult A: asks the PIN once and resolves to the CustomerInfo of the testResult-A scenario', async () => {
    const pins: string[] = [];
    const info: CustomerInfo = await createTestClient(url).flows.limit({
      customer,
      testResult: 'A',
      getPin: async ({ kkbRefNo }) => {
        pins.push(kkbRefNo);
        return '123456';
      },
      clock: virtualClock(),
    });
    const { envelope } = scenarioExample('sendKkbPinCode', 'testResult', 'A');
    expect(info).toEqual((envelope.Data as { CustomerInfo: unknown }).CustomerInfo);
    expect(info.CustomerLimit).toBeDefined();
    const started = firstExample('hasoAuthSendInfo', 'success').envelope.Data as { KkbRefNo: string };
    expect(pins).toEqual([started.KkbRefNo]);
  });

  it('RETRY: polls askKkbReportResult until maxWaitMs, then throws HasoLimitFlowTimeoutError', async () => {
    const paths: string[] = [];
    const haso = createTestClient(url, { onRequest: (request) => paths.push(new URL(request.url).pathname) });
    const error = await failureOf(() =>
      runLimitFlow(haso, {
        customer,
        testResult: 'RETRY',
        getPin: async () => '123456',
        intervalMs: 100,
        maxWaitMs: 500,
        clock: virtualClock(),
      }),
    );
    expect(error).toBeInstanceOf(HasoLimitFlowTimeoutError);
    const timeout = error as HasoLimitFlowTimeoutError;
    const started = firstExample('hasoAuthSendInfo', 'success').envelope.Data as { KkbRefNo: string };
    expect(timeout.kkbRefNo).toBe(started.KkbRefNo);
    // 500 ms of virtual polling every 100 ms: five report checks, each a request to the mock answering M101.
    expect(timeout.attempts).toBe(5);
    expect(paths).toEqual([
      operations.hasoAuthSendInfo.path,
      operations.sendKkbPinCode.path,
      ...Array<string>(5).fill(operations.askKkbReportResult.path),
    ]);
  });

  it('RETRY on the real clock: gives up once maxWaitMs has passed, every check a request', async () => {
    let asks = 0;
    const haso = createTestClient(url, {
      onRequest: (request) => void (new URL(request.url).pathname === operations.askKkbReportResult.path && asks++),
    });
    const error = await failureOf(() =>
      haso.flows.limit({ customer, testResult: 'RETRY', getPin: async () => '1', intervalMs: 20, maxWaitMs: 60 }),
    );
    expect(error).toBeInstanceOf(HasoLimitFlowTimeoutError);
    expect((error as HasoLimitFlowTimeoutError).attempts).toBeGreaterThanOrEqual(1);
    expect((error as HasoLimitFlowTimeoutError).attempts).toBe(asks);
  });
});
