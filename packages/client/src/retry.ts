import { HasoHttpError, HasoNetworkError, HasoTimeoutError } from './errors.js';
import type { OperationKind } from './operation-types.js';

/** Retry settings of `retryPolicy` (and of createHasoClient's `retry`; `retry: false` turns retries off there). */
export interface RetryOptions {
  /** Extra attempts after the first (default 2). */
  retries?: number;
  /** First backoff ceiling in ms (default 200); doubles per attempt. */
  baseDelayMs?: number;
  /** Largest backoff ceiling in ms (default 2000). */
  maxDelayMs?: number;
  /** Random source in [0, 1) for the jitter (tests inject one). */
  random?: () => number;
  /** How to wait (tests inject one); must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** System error codes of connections that failed before any byte of the request was sent. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** What `shouldRetry` looks at. `attempt` counts the attempts made so far (1 after the first). */
export interface RetryQuestion {
  readonly kind: OperationKind;
  readonly error: unknown;
  readonly attempt: number;
  readonly retries: number;
}

/**
 * Whether a failed call may be sent again. Reads (`kind: 'read'`) retry on network errors, timeouts, 5xx and 429.
 * Writes retry only when the connection failed before the request was sent (ECONNREFUSED, ENOTFOUND …), so a
 * write is never applied twice. Haso's `Success: false`, validation errors and caller aborts are never retried.
 */
export function shouldRetry({ kind, error, attempt, retries }: RetryQuestion): boolean {
  if (attempt > retries || kind === 'form') return false;
  if (error instanceof HasoNetworkError && error.code !== undefined && NOT_SENT_CODES.has(error.code)) return true;
  if (kind !== 'read') return false;
  if (error instanceof HasoNetworkError || error instanceof HasoTimeoutError) return true;
  return error instanceof HasoHttpError && (error.status >= 500 || error.status === 429);
}

/** Capped exponential backoff with full jitter: random × min(max, base × 2^(attempt−1)). */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
}

/** When and how long to wait before a call is sent again; made by {@link retryPolicy}. */
export interface RetryPolicy {
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Whether to send again (see {@link shouldRetry}). */
  shouldRetry(question: RetryQuestion): boolean;
  /** Waits the backoff before the attempt after `attempt`; rejects with the signal's reason when it aborts. */
  wait(attempt: number, signal?: AbortSignal): Promise<void>;
}

/**
 * A retry policy: 2 retries, 200 ms base, 2 s cap and full jitter unless `options` say otherwise, retrying what
 * {@link shouldRetry} allows. createHasoClient uses one by default; createHasoCore only when given one (`retry:
 * retryPolicy()`), so a bundle without retries does not carry this module.
 */
export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const { retries = 2, baseDelayMs = 200, maxDelayMs = 2000, random = Math.random, sleep: pause = sleep } = options;
  return {
    retries,
    baseDelayMs,
    maxDelayMs,
    shouldRetry,
    wait: (attempt, signal) => pause(backoffDelay(attempt, baseDelayMs, maxDelayMs, random), signal),
  };
}

/** Waits `ms`, rejecting with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
