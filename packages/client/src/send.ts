// Sending one prepared body: timeout per attempt, retries with backoff, and the answer mapped to Data or an error.
import { createDeadlineRunner, sleep, TIMED_OUT } from './abort.js';
import type { CodeBook } from './codes.js';
import { HasoNetworkError, HasoTimeoutError } from './errors.js';
import type { OperationRoute } from './operation-types.js';
import { interpretResponse } from './response.js';
import { backoffDelay, connectionCode, type RetryOptions, shouldRetry } from './retry.js';
import type { HttpAnswer, Transport } from './transport.js';
import type { CallOptions } from './types.js';

type Body = Record<string, unknown>;

/** Resolved transport settings of a client. */
export interface SendSettings {
  readonly timeoutMs: number;
  /** Undefined when retries are off. */
  readonly retry:
    | Required<Pick<RetryOptions, 'retries' | 'baseDelayMs' | 'maxDelayMs' | 'random' | 'sleep'>>
    | undefined;
}

/** Fills in the retry defaults (2 retries, 200 ms base, 2 s cap); undefined for `false`. */
export function retrySettings(retry: RetryOptions | false | undefined): SendSettings['retry'] {
  if (retry === false) return undefined;
  return {
    retries: retry?.retries ?? 2,
    baseDelayMs: retry?.baseDelayMs ?? 200,
    maxDelayMs: retry?.maxDelayMs ?? 2000,
    random: retry?.random ?? Math.random,
    sleep: retry?.sleep ?? sleep,
  };
}

/** The sender of one client: `send(op, body, call)` resolves to `Data` or throws a HasoError. */
export function createSender(transport: Transport, codes: CodeBook, settings: SendSettings) {
  const withDeadline = createDeadlineRunner();

  async function attempt(op: OperationRoute, body: Body, call: CallOptions): Promise<Body> {
    if (call.signal?.aborted) throw call.signal.reason;
    const limit = call.timeoutMs ?? settings.timeoutMs;
    let http: HttpAnswer;
    try {
      http = await withDeadline(limit, call.signal, (signal) => transport(op.path, body, signal));
    } catch (error) {
      if (error === TIMED_OUT) throw new HasoTimeoutError(op.operationId, limit);
      if (call.signal?.aborted) throw call.signal.reason;
      throw new HasoNetworkError(op.operationId, error, connectionCode(error));
    }
    const answer = interpretResponse({ operationId: op.operationId, status: http.status, text: http.text }, codes);
    if ('error' in answer) throw answer.error;
    return answer.data;
  }

  return async function send(op: OperationRoute, body: Body, call: CallOptions): Promise<Body> {
    const retry = settings.retry;
    const retries = retry ? call.retries ?? retry.retries : 0;
    for (let attempts = 1; ; attempts++) {
      try {
        return await attempt(op, body, call);
      } catch (error) {
        if (!retry || !shouldRetry({ kind: op.kind, error, attempt: attempts, retries })) throw error;
        await retry.sleep(backoffDelay(attempts, retry.baseDelayMs, retry.maxDelayMs, retry.random), call.signal);
      }
    }
  };
}
