// One HTTP attempt: `fetch(url, init)` with the serialized body, never following a redirect, under the attempt's
// deadline; the answer read within maxResponseBytes and mapped to Data or a typed error.
import { attemptSignal, untilAborted } from './attempt-signal.js';
import { HasoError, HasoHttpError, HasoNetworkError, HasoResponseTooLargeError, HasoTimeoutError } from './errors.js';
import type { CodeLookup } from './find-codes.js';
import type { NetworkFailure } from './not-sent.js';
import { readText, TOO_LARGE } from './read-body.js';
import { interpretResponse } from './response.js';

/** What the client passes to `fetch` (globalThis.fetch accepts it; so must a custom one). */
export interface HasoFetchInit {
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly signal: AbortSignal;
  readonly redirect: 'manual';
}

/** The fetch a client calls: `fetch(url, init)`. */
export type HasoFetch = (url: string, init: HasoFetchInit) => Promise<Response>;

/** A client's settings for its attempts. */
export interface ExchangeSettings {
  readonly fetch: HasoFetch;
  /** Whether `fetch` is the caller's (it might ignore the signal: the attempt then races the signal itself). */
  readonly custom: boolean;
  /** The base URL's origin: a connect failure elsewhere is not "not sent". */
  readonly origin: URL;
  /** The code of a failed connection and whether it provably never reached `origin` (universal core: unread). */
  readonly network: ((error: unknown, origin: URL) => NetworkFailure) | undefined;
  readonly maxResponseBytes: number;
  readonly codes: CodeLookup;
}

/** `Data` and the Response it came in (its body read). */
export interface Answered {
  readonly data: Record<string, unknown>;
  readonly response: Response;
}

/** The redirect refused: status, and the target's origin only (also in place of `location` in `headers`). */
function redirectError(operationId: string, response: Response, url: string): HasoHttpError {
  const target = response.redirected ? response.url : response.headers.get('location');
  let origin = 'an unknown origin';
  try {
    if (target) origin = new URL(target, url).origin;
  } catch {
    // an unparsable Location stays unknown
  }
  const headers = new Headers(response.headers);
  if (headers.has('location')) headers.set('location', origin);
  return new HasoHttpError(operationId, response.status, `redirect to ${origin} refused (never followed)`, '', headers);
}

/** Sends one attempt; `answered` sees the HTTP answer before it is interpreted. */
export async function exchange(
  settings: ExchangeSettings,
  operationId: string,
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  timeoutMs: number,
  parent: AbortSignal | undefined,
  answered?: (response: Response) => void,
): Promise<Answered> {
  const signal = attemptSignal(timeoutMs, parent);
  // A caller's fetch might ignore the signal: its steps then race the signal themselves.
  const bounded = <T>(work: Promise<T>) => (settings.custom ? untilAborted(signal, work) : work);
  try {
    const response = await bounded(settings.fetch(url, { method: 'POST', headers, body, signal, redirect: 'manual' }));
    answered?.(response);
    const { status } = response;
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400) || response.redirected) {
      response.body?.cancel().catch(() => {});
      throw redirectError(operationId, response, url);
    }
    let text: string;
    try {
      text = await bounded(readText(response, settings.maxResponseBytes));
    } catch (error) {
      if (error !== TOO_LARGE) throw error;
      throw new HasoResponseTooLargeError(operationId, status, settings.maxResponseBytes, response.headers);
    }
    const answer = interpretResponse({ operationId, status, headers: response.headers, text }, settings.codes);
    if ('error' in answer) throw answer.error;
    return { data: answer.data, response };
  } catch (error) {
    if (error instanceof HasoError) throw error;
    if (parent?.aborted) throw parent.reason;
    if (signal.aborted) throw new HasoTimeoutError(operationId, timeoutMs);
    const failure = settings.network?.(error, settings.origin);
    throw new HasoNetworkError(operationId, error, failure?.code, !!failure?.notSent);
  }
}
