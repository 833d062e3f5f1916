// Prism helpers: a silent logger (the child server and the MSW handlers) and the MSW handlers' reading of a request.
import type { createInstance, IHttpConfig, IHttpRequest } from '@stoplight/prism-http';
import { getHttpConfigFromRequest } from '@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js';

type PrismLogger = Parameters<typeof createInstance>[1]['logger'];

/** A pino-shaped logger that drops everything (Prism logs every request at info level). */
export function silentLogger(): PrismLogger {
  const noop = () => undefined;
  const logger: Record<string, unknown> = { level: 'silent', isLevelEnabled: () => false };
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'success']) logger[level] = noop;
  logger.child = () => logger;
  return logger as unknown as PrismLogger;
}

/** A query as Prism's server passes it: one value as a string, repeated keys as a list. */
export function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/**
 * The mock config of one request as Prism's server reads it from `Prefer` (or from the `__…` query without one),
 * over `base`; `problem` (Prism's 422) for a malformed preference.
 */
export function requestMockConfig(
  request: Pick<IHttpRequest, 'headers' | 'url'>,
  base: IHttpConfig['mock'],
): { readonly mock: IHttpConfig['mock'] } | { readonly problem: Error } {
  const preferences = getHttpConfigFromRequest(request);
  if (preferences._tag === 'Left') return { problem: preferences.left };
  const given = Object.entries(preferences.right).filter(([, value]) => value !== undefined);
  return { mock: { ...base, ...Object.fromEntries(given) } };
}
