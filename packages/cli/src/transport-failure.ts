// One plain line for a failure that is not Haso's answer (shared by call and doctor).
import {
  type HasoError,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
} from '@haso-toolkit/client';
import { oneLine } from './errors.js';

const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

function deepestMessage(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error && current.cause instanceof Error; depth++) {
    current = current.cause;
  }
  return oneLine(current);
}

/** The failure as one line naming the URL: unreachable, not answering like Haso, or the error's own message. */
export function describeFailure(error: HasoError, baseUrl: string, path: string): string {
  if (error instanceof HasoNetworkError) {
    const reason = (error.code && REASONS[error.code]) ?? error.code ?? deepestMessage(error);
    return `${baseUrl} is unreachable (${reason}): check the URL (--base-url / HASO_BASE_URL) and that the server runs`;
  }
  if (error instanceof HasoTimeoutError) {
    return `${baseUrl} is unreachable (no answer within ${error.timeoutMs} ms, --timeout)`;
  }
  if (error instanceof HasoHttpError || error instanceof HasoResponseShapeError) {
    return `${baseUrl} answered POST ${path}, but not like Haso (${oneLine(error)}): is it Haso's service URL?`;
  }
  return oneLine(error);
}
