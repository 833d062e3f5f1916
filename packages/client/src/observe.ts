// Observation hooks: one event object per attempt's request, answer and failure. Events are frozen copies with the
// token, TCKN and GSM numbers and secret-looking headers masked; a hook's throw or rejection is swallowed, and
// nothing it returns is used, so observing never changes a call.

/** Where an attempt went. */
export interface AttemptEvent {
  readonly operationId: string;
  /** 1 for the first attempt of a call, 2 for its first retry … */
  readonly attempt: number;
  readonly url: string;
}

/** An attempt about to be sent. */
export interface RequestEvent extends AttemptEvent {
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent, masked. */
  readonly body: Readonly<Record<string, unknown>>;
}

/** An HTTP answer to an attempt (any status; a failure also gets an ErrorEvent). */
export interface ResponseEvent extends AttemptEvent {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Milliseconds since the attempt was sent. */
  readonly ms: number;
}

/** An attempt that failed; `willRetry` says whether the call sends it again. */
export interface ErrorEvent extends AttemptEvent {
  readonly error: unknown;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly ms: number;
  readonly willRetry: boolean;
}

/** Observation hooks (options of createHasoClient and createHasoCore). */
export interface HasoHooks {
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
  onError?: (event: ErrorEvent) => void;
}

/** What the sender tells the observers. */
export interface Observer {
  request(at: AttemptEvent, headers: Record<string, string>, body: Record<string, unknown>): number;
  response(at: AttemptEvent, response: Response, started: number): void;
  error(at: AttemptEvent, error: unknown, started: number, willRetry: boolean): void;
}

const PERSONAL = /tckn|gsm|mobile|phone/i;
const SECRET_HEADER = /auth|cookie|key|token|secret/i;
const MASK = '[masked]';

function masked(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    if (key === 'requestToken') return MASK;
    return PERSONAL.test(key) ? '*'.repeat(Math.max(2, value.length - 2)) + value.slice(-2) : value;
  }
  if (Array.isArray(value)) return value.map((item) => masked(item, key));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) copy[name] = masked(item, name);
  return copy;
}

function headerObject(headers: Headers | Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  const add = (value: string, name: string) => {
    copy[name] = SECRET_HEADER.test(name) ? MASK : value;
  };
  if (headers instanceof Headers) headers.forEach(add);
  else for (const name of Object.keys(headers)) add(headers[name] as string, name);
  return copy;
}

/** One observer over every hooks object that has a hook, or undefined when none has (then nothing is built). */
export function createObserver(list: readonly (HasoHooks | undefined)[]): Observer | undefined {
  const hooks = list.filter((h): h is HasoHooks => !!(h?.onRequest || h?.onResponse || h?.onError));
  if (!hooks.length) return undefined;
  const emit = <K extends keyof HasoHooks>(name: K, event: Parameters<NonNullable<HasoHooks[K]>>[0]) => {
    Object.freeze(event);
    for (const h of hooks) {
      try {
        const result = (h[name] as ((e: typeof event) => unknown) | undefined)?.(event);
        if (result instanceof Promise) result.catch(() => {});
      } catch {
        // an observer cannot change the call
      }
    }
  };
  return {
    request(at, headers, body) {
      emit('onRequest', { ...at, method: 'POST', headers: headerObject(headers), body: masked(body, '') as never });
      return Date.now();
    },
    response(at, response, started) {
      emit('onResponse', { ...at, status: response.status, headers: headerObject(response.headers), ms: Date.now() - started });
    },
    error(at, error, started, willRetry) {
      const { status, headers } = (error ?? {}) as { status?: number; headers?: Headers };
      emit('onError', {
        ...at,
        error,
        ...(status === undefined ? {} : { status }),
        ...(headers ? { headers: headerObject(headers) } : {}),
        ms: Date.now() - started,
        willRetry,
      });
    },
  };
}
