// Whether a failed attempt provably never reached the configured origin: only then may a write be sent again.

/** System error codes of a connection that failed before any byte of the request was sent. */
const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

interface SystemError {
  readonly code: string;
  readonly port?: unknown;
  readonly hostname?: unknown;
}

/** The system error (`ECONNREFUSED` …) in an error or its causes (undici nests it in `cause`). */
function systemError(error: unknown): SystemError | undefined {
  let current = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    if (typeof (current as { code?: unknown }).code === 'string') return current as SystemError;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The system error code of an error or of its causes. */
export function connectionCode(error: unknown): string | undefined {
  return systemError(error)?.code;
}

/** What a failed attempt says about the connection: its system error code and whether it provably never reached it. */
export interface NetworkFailure {
  readonly code: string | undefined;
  readonly notSent: boolean;
}

/** The Node reading of a failed attempt (elsewhere fetch hides the cause: no code, never "not sent"). */
export const readNetworkFailure = (error: unknown, origin: URL): NetworkFailure => ({
  code: connectionCode(error),
  notSent: provablyNotSent(error, origin),
});

/**
 * True when `error` is a failed connect (refused, unresolvable, unreachable, connect timeout) and the port or host name
 * it names, if any, is the configured origin's: a failed connect elsewhere (a redirect hop a custom fetch followed, a
 * proxy) means the request may have reached the origin already.
 */
export function provablyNotSent(error: unknown, origin: URL): boolean {
  const failure = systemError(error);
  if (!failure || !CONNECT_FAILURES.has(failure.code)) return false;
  const { port, hostname } = failure;
  return (
    (port === undefined || port === Number(origin.port || (origin.protocol === 'https:' ? 443 : 80))) &&
    (hostname === undefined || hostname === origin.hostname)
  );
}
