// Timeouts and cancellation with AbortSignal, without AbortSignal.any (not in every runtime the SDK supports).

/** What a deadline runner rejects with when the attempt's time ran out (its signal aborted by the timer). */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/** Runs one attempt under a deadline: see {@link createDeadlineRunner}. */
export type DeadlineRunner = <T>(
  timeoutMs: number,
  parent: AbortSignal | undefined,
  task: (signal: AbortSignal) => Promise<T>,
) => Promise<T>;

/** How many attempts one AbortController serves before it is retired (see createDeadlineRunner). */
const MAX_USES = 32;
/** Idle controllers kept per runner. */
const MAX_IDLE = 8;

/**
 * A runner that calls `task` with a signal that aborts when `parent` aborts or after `timeoutMs` (none when 0 or not
 * finite). Its promise settles with the task's, or rejects as soon as the signal aborts, with `parent.reason` or
 * {@link TIMED_OUT} (so a fetch that ignores its signal cannot hang a call). The timer and the parent listener are
 * released when it settles.
 *
 * Per attempt: one timer and one promise (no `Promise.race`, no listener on our own signal: EventTarget listeners
 * are slow on Node). Creating an AbortSignal costs microseconds on Node 20, so a controller whose signal never
 * aborted goes back to an idle list for the next attempt, up to {@link MAX_USES} attempts: a fetch Request keeps a
 * listener on the signal it was given until it is garbage-collected, so the bound keeps that list short. An aborted
 * controller is never reused; when a reused one aborts, the Requests of its earlier attempts (all finished) see the
 * abort too, which changes nothing for them.
 */
export function createDeadlineRunner(): DeadlineRunner {
  const idle: { controller: AbortController; uses: number }[] = [];
  return <T>(timeoutMs: number, parent: AbortSignal | undefined, task: (signal: AbortSignal) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const lease = idle.pop() ?? { controller: new AbortController(), uses: 0 };
      const { controller } = lease;
      lease.uses++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const release = () => {
        clearTimeout(timer);
        parent?.removeEventListener('abort', onAbort);
        if (!controller.signal.aborted && lease.uses < MAX_USES && idle.length < MAX_IDLE) idle.push(lease);
      };
      const onAbort = () => {
        controller.abort(parent?.reason);
        release();
        reject(parent?.reason);
      };
      if (parent) {
        if (parent.aborted) return onAbort();
        parent.addEventListener('abort', onAbort, { once: true });
      }
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          controller.abort();
          release();
          reject(TIMED_OUT);
        }, timeoutMs);
      }
      task(controller.signal).then(
        (value) => {
          release();
          resolve(value);
        },
        (error: unknown) => {
          release();
          reject(error);
        },
      );
    });
}
