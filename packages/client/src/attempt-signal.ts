// The signal of one attempt: AbortSignal.timeout, joined to the caller's signal with AbortSignal.any where it exists.

const platform = AbortSignal as typeof AbortSignal & { any?: (signals: AbortSignal[]) => AbortSignal };

/** The attempt's signal. */
export function attemptSignal(timeoutMs: number, parent: AbortSignal | undefined): AbortSignal {
  const timer = AbortSignal.timeout(timeoutMs);
  if (!parent) return timer;
  if (platform.any) return platform.any([parent, timer]);
  const controller = new AbortController();
  for (const signal of [parent, timer]) {
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/** `work`, or a rejection with `signal.reason` as soon as the signal aborts (even if `work` ignores it). */
export function untilAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort);
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
