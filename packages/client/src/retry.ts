import { HasoHttpError, HasoNetworkError, HasoResponseTooLargeError, HasoTimeoutError } from './errors.js';
import type { OperationKind } from './operation-types.js';
import { MAX_TIMER_MS, numberOption, retriesOption } from './options.js';

/** Retry settings of `retryPolicy` (and of createHasoClient's `retry`; `retry: false` turns retries off there). */
export interface RetryOptions {
  /** Extra attempts after the first, 0–10 (default 2). */
  retries?: number;
  /** First backoff ceiling in ms, 0–2^31−1 (default 200); doubles per attempt. */
  baseDelayMs?: number;
  /** Largest backoff ceiling in ms, 0–2^31−1 (default 2000). */
  maxDelayMs?: number;
  /** Longest server-asked wait (`Retry-After`, `retry-after-ms` on 429/503) honoured, in ms (default 60000). */
  maxRetryAfterMs?: number;
  /** Random source in [0, 1) for the jitter (tests inject one). */
  random?: () => number;
  /** How to wait (tests inject one); must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What `shouldRetry` looks at. `attempt` counts the attempts made so far (1 after the first). */
export interface RetryQuestion {
  readonly kind: OperationKind;
  readonly error: unknown;
  readonly attempt: number;
  readonly retries: number;
}

/**
 * Whether a failed call may be sent again. Reads (`kind: 'read'`) retry on network errors, timeouts, 5xx and 429.
 * Writes retry only when the request provably never reached Haso (`HasoNetworkError.notSent`: a failed connect to
 * the configured origin), so a write is never applied twice. Haso's `Success: false`, redirects, oversized answers,
 * validation errors and caller aborts are never retried.
 */
export function shouldRetry({ kind, error, attempt, retries }: RetryQuestion): boolean {
  if (attempt > retries || kind === 'form') return false;
  if (error instanceof HasoNetworkError && error.notSent) return true;
  if (kind !== 'read') return false;
  if (error instanceof HasoNetworkError || error instanceof HasoTimeoutError) return true;
  return (
    error instanceof HasoHttpError &&
    !(error instanceof HasoResponseTooLargeError) &&
    (error.status >= 500 || error.status === 429)
  );
}

/**
 * The wait a 429 or 503 answer asks for, in ms (`retry-after-ms`, else `Retry-After` in seconds or as an HTTP date),
 * or undefined when it asks none.
 */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof HasoHttpError) || (error.status !== 429 && error.status !== 503) || !error.headers) {
    return undefined;
  }
  const ms = error.headers.get('retry-after-ms');
  const after = error.headers.get('retry-after');
  const wait = ms
    ? Number(ms)
    : after && /[a-z]/i.test(after)
      ? Math.max(0, Date.parse(after) - Date.now())
      : Number(after || NaN) * 1000;
  return wait >= 0 && wait < Infinity ? Math.ceil(wait) : undefined;
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
  readonly maxRetryAfterMs: number;
  /** Whether to send again: {@link shouldRetry}, and not when the server asks for a longer wait than allowed. */
  shouldRetry(question: RetryQuestion): boolean;
  /** Waits before the attempt after `attempt` (the server's wait, else the backoff); rejects when `signal` aborts. */
  wait(attempt: number, signal?: AbortSignal, error?: unknown): Promise<void>;
}

/**
 * A retry policy: 2 retries, 200 ms base, 2 s cap and full jitter unless `options` say otherwise (TypeError naming a
 * setting out of range), retrying what {@link shouldRetry} allows. createHasoClient uses one by default;
 * createHasoCore only when given one (`retry: retryPolicy()`), so a bundle without retries does not carry this module.
 */
export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const retries = retriesOption('retry.retries', options.retries, 2);
  const baseDelayMs = numberOption('retry.baseDelayMs', options.baseDelayMs, 200, 0, MAX_TIMER_MS);
  const maxDelayMs = numberOption('retry.maxDelayMs', options.maxDelayMs, 2000, 0, MAX_TIMER_MS);
  const maxRetryAfterMs = numberOption('retry.maxRetryAfterMs', options.maxRetryAfterMs, 60_000, 0, MAX_TIMER_MS);
  const { random = Math.random, sleep: pause = sleep } = options;
  return {
    retries,
    baseDelayMs,
    maxDelayMs,
    maxRetryAfterMs,
    shouldRetry: (question) => shouldRetry(question) && !((retryAfterMs(question.error) ?? 0) > maxRetryAfterMs),
    wait: (attempt, signal, error) =>
      pause(retryAfterMs(error) ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random), signal),
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
