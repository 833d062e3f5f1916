// The signal of one attempt: aborts after `timeoutMs` or when the caller's signal aborts. AbortSignal.timeout/any
// where the runtime has them, else a controller and a timer (released by `done`).

type Platform = typeof AbortSignal & {
  timeout?: (ms: number) => AbortSignal;
  any?: (signals: AbortSignal[]) => AbortSignal;
};

const { timeout, any } = AbortSignal as Platform;
const NOTHING = () => {};

/** The attempt's signal, and `done` to call when the attempt settled. */
export function attemptSignal(timeoutMs: number, parent: AbortSignal | undefined): [AbortSignal, () => void] {
  if (timeout && (!parent || any)) {
    const timer = timeout.call(AbortSignal, timeoutMs);
    return [parent && any ? any.call(AbortSignal, [parent, timer]) : timer, NOTHING];
  }
  const controller = new AbortController();
  const abort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  if (parent?.aborted) abort();
  parent?.addEventListener('abort', abort);
  return [
    controller.signal,
    () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', abort);
    },
  ];
}

/** `work`, or a rejection with `signal.reason` as soon as the signal aborts (even if `work` ignores it). */
export function untilAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    const settle = () => signal.removeEventListener('abort', onAbort);
    work.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
