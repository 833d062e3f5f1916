// Sending one prepared body: attempts in one loop (timeout per attempt, retries with the policy's wait), observed.
import { type Answered, type ExchangeSettings, exchange } from './exchange.js';
import type { Observer } from './observe.js';
import type { OperationRoute } from './operation-types.js';
import type { RetryPolicy } from './retry.js';
import type { CallOptions } from './types.js';

/** A client's settings for sending. */
export interface SendSettings extends ExchangeSettings {
  /** Base URL without a trailing slash. */
  readonly root: string;
  readonly timeoutMs: number;
  /** Content-Type and the client's `defaultHeaders`, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Undefined when retries are off. */
  readonly retry: RetryPolicy | undefined;
  readonly observer: Observer | undefined;
}

/** Header names in lower case, so a per-call header replaces a default one whatever its spelling. */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) lower[name.toLowerCase()] = value;
  return lower;
}

/** The sender of one client: resolves to `Data` and its Response, or throws a HasoError (or the caller's reason). */
export function createSender(settings: SendSettings) {
  const { root, retry, observer } = settings;
  return async function send(op: OperationRoute, body: Record<string, unknown>, call: CallOptions): Promise<Answered> {
    const url = root + op.path;
    const text = JSON.stringify(body);
    const headers = call.headers ? { ...settings.headers, ...lowerCaseHeaders(call.headers) } : settings.headers;
    const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
    const retries = call.retries ?? retry?.retries ?? 0;
    const { operationId } = op;
    for (let attempt = 1; ; attempt++) {
      if (call.signal?.aborted) throw call.signal.reason;
      const at = observer && { operationId, attempt, url };
      const started = at ? observer.request(at, headers, body) : 0;
      try {
        return await exchange(
          settings,
          operationId,
          url,
          headers,
          text,
          timeoutMs,
          call.signal,
          at && ((response) => observer.response(at, response, started)),
        );
      } catch (error) {
        const again = !!retry && retry.shouldRetry({ kind: op.kind, error, attempt, retries });
        if (at) observer.error(at, error, started, again);
        if (!again) throw error;
        await retry.wait(attempt, call.signal, error);
      }
    }
  };
}
