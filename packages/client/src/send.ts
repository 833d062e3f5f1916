// Sending one prepared body: timeout per attempt, retries with backoff, and the answer mapped to Data or an error.
import { createDeadlineRunner, TIMED_OUT } from './abort.js';
import { connectionCode, HasoNetworkError, HasoTimeoutError } from './errors.js';
import type { CodeLookup } from './find-codes.js';
import type { OperationRoute } from './operation-types.js';
import { interpretResponse } from './response.js';
import type { RetryPolicy } from './retry.js';
import type { HttpAnswer, Transport } from './transport.js';
import type { CallOptions } from './types.js';

type Body = Record<string, unknown>;

/** Resolved transport settings of a client. */
export interface SendSettings {
  readonly timeoutMs: number;
  /** Undefined when retries are off. */
  readonly retry: RetryPolicy | undefined;
}

/** The sender of one client: `send(op, body, call)` resolves to `Data` or throws a HasoError. */
export function createSender(transport: Transport, codes: CodeLookup, settings: SendSettings) {
  const withDeadline = createDeadlineRunner();

  // Promise chains rather than async functions: one chain per call instead of a stack of awaited frames.
  function attempt(op: OperationRoute, body: Body, call: CallOptions): Promise<Body> {
    if (call.signal?.aborted) return Promise.reject(call.signal.reason);
    const limit = call.timeoutMs ?? settings.timeoutMs;
    return withDeadline(limit, call.signal, (signal) => transport(op.path, body, signal)).then(
      (http: HttpAnswer) => {
        const answer = interpretResponse({ operationId: op.operationId, status: http.status, text: http.text }, codes);
        if ('error' in answer) throw answer.error;
        return answer.data;
      },
      (error: unknown) => {
        if (error === TIMED_OUT) throw new HasoTimeoutError(op.operationId, limit);
        if (call.signal?.aborted) throw call.signal.reason;
        throw new HasoNetworkError(op.operationId, error, connectionCode(error));
      },
    );
  }

  return function send(op: OperationRoute, body: Body, call: CallOptions): Promise<Body> {
    const retry = settings.retry;
    if (!retry) return attempt(op, body, call);
    const retries = call.retries ?? retry.retries;
    const from = (attempts: number): Promise<Body> =>
      attempt(op, body, call).catch((error: unknown) => {
        if (!retry.shouldRetry({ kind: op.kind, error, attempt: attempts, retries })) throw error;
        return retry.wait(attempts, call.signal).then(() => from(attempts + 1));
      });
    return from(1);
  };
}
