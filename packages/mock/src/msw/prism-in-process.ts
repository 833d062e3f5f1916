// Prism's HTTP core in this process (@stoplight/prism-http, the package Prism's server runs on): request validation
// and the choice of examples exactly like the Prism process behind the front, without a server.
import {
  createInstance,
  getHttpOperationsFromSpec,
  type IHttpConfig,
  type IHttpRequest,
  ProblemJsonError,
} from '@stoplight/prism-http';
import { getHttpConfigFromRequest } from '@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js';
import type { FrontAnswer } from '../front-extension.js';
import { silentLogger } from '../prism-logger.js';

/** One request for Prism: the path, headers (lower-case names), the body as Prism's server passes it. */
export interface PrismInput {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON for JSON bodies, the text otherwise (Prism parses forms itself), null when empty. */
  readonly body: unknown;
  /** The Prefer header that picks the example (the front's choice, or the client's own). */
  readonly prefer: string | undefined;
}

export type PrismInProcess = (input: PrismInput) => Promise<FrontAnswer>;

/** Loads the spec's operations once; the returned function answers like `prism mock` does (validation on). */
export async function createPrismInProcess(spec: object): Promise<PrismInProcess> {
  const operations = await getHttpOperationsFromSpec(structuredClone(spec));
  const base = {
    checkSecurity: false,
    validateRequest: true,
    validateResponse: false,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
  } as const;
  const prism = createInstance({ ...base, mock: { dynamic: false } }, { logger: silentLogger() });
  return async (input) => {
    const request: IHttpRequest = {
      method: 'post',
      url: { path: input.path, query: queryOf(input.query) },
      headers: { ...input.headers },
      body: input.body,
    };
    const prefer: Record<string, string> = input.prefer ? { prefer: input.prefer } : {};
    const mock = requestMockConfig({ headers: prefer, url: request.url }, { dynamic: false });
    if ('problem' in mock) return problem(mock.problem);
    const config: IHttpConfig = { ...base, mock: mock.mock };
    const result = await prism.request(request, operations, config)();
    if (result._tag === 'Left') return problem(result.left);
    const { output } = result.right;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(output.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const body =
      typeof output.body === 'string' ? output.body : output.body === undefined ? '' : JSON.stringify(output.body);
    return { status: output.statusCode, headers, body };
  };
}

function problem(error: Error): FrontAnswer {
  const json = ProblemJsonError.toProblemJson(error as Error & { status?: number });
  return {
    status: json.status || 500,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify(json),
  };
}

/** A query as Prism's server passes it: one value as a string, repeated keys as a list. */
function queryOf(params: URLSearchParams): Record<string, string | string[]> {
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
function requestMockConfig(
  request: Pick<IHttpRequest, 'headers' | 'url'>,
  base: IHttpConfig['mock'],
): { readonly mock: IHttpConfig['mock'] } | { readonly problem: Error } {
  const preferences = getHttpConfigFromRequest(request);
  if (preferences._tag === 'Left') return { problem: preferences.left };
  const given = Object.entries(preferences.right).filter(([, value]) => value !== undefined);
  return { mock: { ...base, ...Object.fromEntries(given) } };
}
