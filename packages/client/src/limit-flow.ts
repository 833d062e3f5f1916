// The limit flow: hasoAuthSendInfo → (KKB started) sendKkbPinCode with the customer's PIN → askKkbReportResult,
// polled while the report is not ready (M101).

import type { components } from '@haso-toolkit/types';
import { HasoLimitFlowTimeoutError, HasoResponseShapeError } from './errors.js';
import { timerOption } from './options.js';
import { sleep } from './retry.js';
import type { CallOptions, CustomerInfo, HasoClient, OperationInput } from './types.js';

/** Time source of the flow (tests inject one). */
export interface LimitFlowClock {
  now(): number;
  /** Waits `ms`; must reject when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** What `getPin` is told: the KKB reference and the masked phones the PIN was sent to. */
export interface PinRequest {
  readonly kkbRefNo: string;
  readonly kkbPhones: readonly string[];
  readonly customerId?: string;
  readonly signal?: AbortSignal;
}

/** Options of `runLimitFlow` / `haso.flows.limit`. */
export interface LimitFlowOptions {
  /** hasoAuthSendInfo input: the customer's details (`testOn: true` in the sandbox). */
  customer: OperationInput<'hasoAuthSendInfo'>;
  /** Asks the customer for the PIN that KKB sent by SMS. */
  getPin(request: PinRequest): Promise<string>;
  /** Sandbox outcome, passed to sendKkbPinCode and askKkbReportResult (needs `testOn: true` in `customer`). */
  testResult?: components['schemas']['TestResult'];
  /** Wait between report checks in ms, 1–2^31−1 (default 3000). */
  intervalMs?: number;
  /** Give up after this long of polling, in ms, 1–2^31−1 (default 60000), with HasoLimitFlowTimeoutError. */
  maxWaitMs?: number;
  /** Cancels the whole flow. */
  signal?: AbortSignal;
  /** Options of each call (timeout, IP address). */
  call?: Omit<CallOptions, 'signal'>;
  clock?: LimitFlowClock;
}

/** The client methods the flow uses. */
export type LimitFlowClient = Pick<HasoClient, 'hasoAuthSendInfo' | 'sendKkbPinCode' | 'askKkbReportResult'>;

const NOT_READY = /\bM101\b/;
const systemClock: LimitFlowClock = { now: () => Date.now(), sleep };

/**
 * Runs the limit flow and resolves to the customer's `CustomerInfo`. When hasoAuthSendInfo answers with
 * `CustomerInfo` directly (registered customer, no KKB query) no PIN is asked. When sendKkbPinCode already brings
 * the report, askKkbReportResult is not called. Haso's errors reject with the client's typed errors; a setting out of
 * range rejects with a TypeError before anything is sent.
 */
export async function runLimitFlow(client: LimitFlowClient, options: LimitFlowOptions): Promise<CustomerInfo> {
  const { signal, clock = systemClock } = options;
  const intervalMs = timerOption('intervalMs', options.intervalMs, 3000);
  const maxWaitMs = timerOption('maxWaitMs', options.maxWaitMs, 60_000);
  const call: CallOptions = signal === undefined ? { ...options.call } : { ...options.call, signal };
  const test = options.testResult === undefined ? {} : { testResult: options.testResult };

  const started = await client.hasoAuthSendInfo(options.customer, call);
  if (!started.KkbRefNo) {
    if (started.CustomerInfo) return started.CustomerInfo;
    throw new HasoResponseShapeError('hasoAuthSendInfo', 'Data has neither KkbRefNo nor CustomerInfo', started);
  }
  const kkbRefNo = started.KkbRefNo;
  const pinCode = await options.getPin({
    kkbRefNo,
    kkbPhones: started.KkbPhones ?? [],
    ...(started.CustomerId === undefined ? {} : { customerId: started.CustomerId }),
    ...(signal === undefined ? {} : { signal }),
  });

  let result: { KkbRefNo?: string; Message?: string; CustomerInfo?: CustomerInfo } = await client.sendKkbPinCode(
    { kkbRefNo, pinCode, ...test },
    call,
  );
  let operationId = 'sendKkbPinCode';
  let attempts = 0;
  const pollStart = clock.now();
  while (!result.CustomerInfo) {
    if (!NOT_READY.test(String(result.Message ?? ''))) {
      throw new HasoResponseShapeError(operationId, 'Data has neither CustomerInfo nor Message M101', result);
    }
    if (clock.now() - pollStart + intervalMs > maxWaitMs)
      throw new HasoLimitFlowTimeoutError(kkbRefNo, attempts, maxWaitMs);
    await clock.sleep(intervalMs, signal);
    result = await client.askKkbReportResult({ kkbRefNo: result.KkbRefNo ?? kkbRefNo, ...test }, call);
    operationId = 'askKkbReportResult';
    attempts++;
  }
  return result.CustomerInfo;
}
