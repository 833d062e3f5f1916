// Timeouts and cancellation with AbortSignal, without AbortSignal.any (not in every runtime the SDK supports).

/** A signal that aborts when `parent` aborts or after `timeoutMs`; call `done()` when the attempt settles. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Rejects with the abort reason when the signal aborts (so a fetch that ignores its signal cannot hang a call). */
  readonly aborted: Promise<never>;
  /** True when the timer (not the caller) aborted. */
  readonly timedOut: () => boolean;
  readonly done: () => void;
}

/** Combines the caller's signal with a per-attempt timeout. */
export function attemptSignal(timeoutMs: number, parent?: AbortSignal): AttemptSignal {
  const controller = new AbortController();
  let rejectAborted: (reason: unknown) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => (rejectAborted = reject));
  aborted.catch(() => undefined); // settled races must not report an unhandled rejection
  let timedOut = false;
  // Aborting and rejecting directly (no listener on our own signal: EventTarget listeners are slow on Node).
  const abort = (reason?: unknown) => {
    controller.abort(reason);
    rejectAborted(controller.signal.reason);
  };
  const onAbort = () => abort(parent?.reason);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          abort();
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    aborted,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
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
