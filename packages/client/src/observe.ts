// Observation hooks: one event object per attempt's request, answer and failure. Events are frozen copies with the
// token, TCKN and GSM numbers and secret-looking headers masked (the body is serialized before any hook runs); a
// hook's throw or rejection is swallowed and nothing it returns is used, so observing never changes a call.

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
  /** The body as sent (top-level token, TCKN and GSM values masked: `'*********46'`). */
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
  /** The answer's status and headers when the failure came from an HTTP answer. */
  readonly status: number | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;
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

/** Body fields whose values are masked (all but the last two characters): the token, TCKN, GSM numbers. */
const SENSITIVE = /token|tckn|gsm|mobile|phone/i;
/** Header names whose values are masked. */
const SECRET_HEADER = /auth|cookie|key|token|secret/i;

const mask = (value: string) => '*'.repeat(Math.max(2, value.length - 2)) + value.slice(-2);

function maskedBody(body: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    copy[name] = typeof value === 'string' && SENSITIVE.test(name) ? mask(value) : value;
  }
  return copy;
}

function headerCopy(headers: Headers | Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    copy[name] = SECRET_HEADER.test(name) ? '[masked]' : value;
  });
  return copy;
}

/** One observer over every hooks object given, or undefined when none has a hook (then no event is built). */
export function createObserver(list: readonly (HasoHooks | undefined)[]): Observer | undefined {
  const hooks = list.filter((h): h is HasoHooks => !!(h?.onRequest || h?.onResponse || h?.onError));
  if (!hooks.length) return undefined;
  const emit = (name: keyof HasoHooks, event: object) => {
    Object.freeze(event);
    for (const h of hooks) {
      try {
        const result: unknown = h[name]?.(event as never);
        if (result instanceof Promise) result.catch(() => {});
      } catch {
        // an observer cannot change the call
      }
    }
  };
  return {
    request(at, headers, body) {
      emit('onRequest', { ...at, method: 'POST', headers: headerCopy(headers), body: maskedBody(body) });
      return Date.now();
    },
    response(at, response, started) {
      emit('onResponse', {
        ...at,
        status: response.status,
        headers: headerCopy(response.headers),
        ms: Date.now() - started,
      });
    },
    error(at, error, started, willRetry) {
      const { status, headers } = (error ?? {}) as { status?: number; headers?: Headers };
      emit('onError', {
        ...at,
        error,
        status,
        headers: headers && headerCopy(headers),
        ms: Date.now() - started,
        willRetry,
      });
    },
  };
}
