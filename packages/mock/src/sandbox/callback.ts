/** How the callbackUrl POST is retried (the mock's choice: Haso documents no retry policy). */
export interface CallbackPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** Wait before attempt 2, 3…, in ms (the last one repeats). */
  readonly delaysMs: readonly number[];
  /** Per attempt. */
  readonly timeoutMs: number;
}

export const CALLBACK_POLICY: CallbackPolicy = { attempts: 3, delaysMs: [250, 1000], timeoutMs: 5000 };

export interface CallbackOutcome {
  readonly outcome: 'delivered' | 'failed';
  readonly attempts: number;
  /** The last HTTP status, or the network error's code. */
  readonly lastStatus: number | string;
}

/**
 * POSTs `fields` form-encoded to `url`, server to server, until a 2xx answer or the attempts run out. Redirects
 * are not followed (a 3xx is a failed attempt); the answer's body is not read. Never rejects.
 */
export async function postCallback(
  url: string,
  fields: Readonly<Record<string, string>>,
  signal: AbortSignal,
  policy: CallbackPolicy = CALLBACK_POLICY,
): Promise<CallbackOutcome> {
  let lastStatus: number | string = 'not-sent';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) {
      const delay = policy.delaysMs[Math.min(attempt - 2, policy.delaysMs.length - 1)] ?? 0;
      if (!(await sleep(delay, signal))) return { outcome: 'failed', attempts: attempt - 1, lastStatus: 'aborted' };
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(policy.timeoutMs)]),
      });
      lastStatus = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300)
        return { outcome: 'delivered', attempts: attempt, lastStatus };
    } catch (error) {
      lastStatus = errorCode(error);
      if (signal.aborted) return { outcome: 'failed', attempts: attempt, lastStatus: 'aborted' };
    }
  }
  return { outcome: 'failed', attempts: policy.attempts, lastStatus };
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'error';
}

/** The URL as the log shows it: origin and path, no query (it may carry the merchant's own secrets). */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
