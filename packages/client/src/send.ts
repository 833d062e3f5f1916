// Sending one prepared body: timeout per attempt, retries with backoff, and the answer mapped to Data or an error.
import { attemptSignal, sleep } from './abort.js';
import type { CodeBook } from './codes.js';
import { HasoNetworkError, HasoTimeoutError } from './errors.js';
import type { OperationEntry } from './operation-types.js';
import { interpretResponse } from './response.js';
import { backoffDelay, connectionCode, type RetryOptions, shouldRetry } from './retry.js';
import type { CallOptions } from './types.js';

type Body = Record<string, unknown>;

/** openapi-fetch's POST, untyped (the operation table has already chosen the path). */
export type LoosePost = (path: string, init?: Body) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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
export function createSender(post: LoosePost, codes: CodeBook, settings: SendSettings) {
  async function attempt(op: OperationEntry, body: Body, call: CallOptions): Promise<Body> {
    if (call.signal?.aborted) throw call.signal.reason;
    const limit = call.timeoutMs ?? settings.timeoutMs;
    const guard = attemptSignal(limit, call.signal);
    let status: number;
    let text: string | undefined;
    try {
      const { data, error, response } = await Promise.race([
        post(op.path, { body, parseAs: 'text', signal: guard.signal }),
        guard.aborted,
      ]);
      status = response.status;
      const content = data ?? error; // openapi-fetch JSON-parses error bodies when it can
      text = content === undefined || typeof content === 'string' ? content : JSON.stringify(content);
    } catch (error) {
      if (guard.timedOut()) throw new HasoTimeoutError(op.operationId, limit);
      if (call.signal?.aborted) throw call.signal.reason;
      throw new HasoNetworkError(op.operationId, error, connectionCode(error));
    } finally {
      guard.done();
    }
    const answer = interpretResponse({ operationId: op.operationId, status, text }, codes);
    if ('error' in answer) throw answer.error;
    return answer.data;
  }

  return async function send(op: OperationEntry, body: Body, call: CallOptions): Promise<Body> {
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
