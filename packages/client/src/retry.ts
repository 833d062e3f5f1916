import { HasoHttpError, HasoNetworkError, HasoTimeoutError } from './errors.js';
import type { OperationKind } from './operation-types.js';

/** Retry settings; `retry: false` on the client turns retries off. */
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

/** The system error code (`ECONNREFUSED` …) of an error or of its causes (undici nests it in `cause`). */
export function connectionCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
