import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  createInstance,
  getHttpOperationsFromSpec,
  type IHttpConfig,
  type IHttpRequest,
  ProblemJsonError,
  VIOLATIONS,
} from '@stoplight/prism-http';
import { serialize } from '@stoplight/prism-http-server/dist/serialize.js';
import { isJsonMediaType, mediaTypeOf } from './body-parse.js';
import { queryOf, requestMockConfig, silentLogger } from './prism-core.js';
import { readBody } from './read-body.js';

type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
interface Validation {
  readonly path?: unknown[];
  readonly severity: number;
  readonly code?: unknown;
  readonly message: string;
}

/** Prism's own body limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_VIOLATIONS_HEADER = 8 * 1024 - 100;
const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'] as const;
const VIOLATIONS_DETAIL =
  'Your request/response is not valid and the --errors flag is set, so Prism is generating this error for you.';

/**
 * An HTTP server answering like `prism mock <spec>` (request and response validation, security, the examples or
 * `dynamic`, the `Prefer` header and `__…` query, `sl-violations`, problem+json errors), built on Prism's core and its
 * server's own Prefer reader and serializer. Each request is routed among the operations at its exact path (the front
 * sends only spec paths) instead of being scored against every operation of the spec.
 */
export async function createPrismServer(specPath: string, errors: boolean): Promise<Server> {
  const operations = await getHttpOperationsFromSpec(specPath);
  const byPath = new Map<string, Operation[]>();
  for (const operation of operations) {
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  }
  const config: IHttpConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors,
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: false },
  };
  const prism = createInstance(config, { logger: silentLogger() });

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req, MAX_BODY_BYTES);
    const url = new URL(req.url ?? '/', 'http://prism');
    const input: IHttpRequest = {
      method: (req.method ?? 'GET').toLowerCase() as IHttpRequest['method'],
      url: {
        path: url.pathname,
        baseUrl: url.searchParams.get('__server') ?? undefined,
        query: queryOf(url.searchParams),
      },
      headers: req.headers as IHttpRequest['headers'],
      body: bodyOf(req, raw),
    };
    const mock = requestMockConfig(input, config.mock);
    if ('problem' in mock) return sendProblem(res, mock.problem);
    const candidates = byPath.get(url.pathname) ?? operations;
    const result = await prism.request(input, candidates, { ...config, mock: mock.mock })();
    if (result._tag === 'Left') return sendProblem(res, result.left);
    const { output, validations } = result.right;
    const refused = reportViolations(res, validations, errors);
    if (refused) return sendProblem(res, refused);
    for (const [name, value] of Object.entries(output.headers ?? {})) res.setHeader(name, value as string);
    const contentType = res.getHeader('content-type');
    send(res, output.statusCode, serialize(output.body, typeof contentType === 'string' ? contentType : undefined));
  };
  return createServer((req, res) => {
    answer(req, res).catch((error: unknown) => sendProblem(res, error));
  });
}

/**
 * Names the request's and the response's violations in `sl-violations`, as Prism's server does; with `errors`, the
 * problem that replaces an answer whose response violates its schema.
 */
function reportViolations(
  res: ServerResponse,
  validations: { readonly input: readonly unknown[]; readonly output: readonly unknown[] },
  errors: boolean,
): Error | undefined {
  const request = (validations.input as Validation[]).map((v) => violation('request', v));
  const response = (validations.output as Validation[]).map((v) => violation('response', v));
  if (request.length + response.length === 0) return undefined;
  const value = JSON.stringify([...request, ...response]);
  const cut = value.length > MAX_VIOLATIONS_HEADER;
  res.setHeader('sl-violations', cut ? `Too many violations! ${value.slice(0, MAX_VIOLATIONS_HEADER)}` : value);
  const failing = response.filter((v) => v.severity === 'Error');
  if (!errors || failing.length === 0) return undefined;
  return ProblemJsonError.fromTemplate(VIOLATIONS, VIOLATIONS_DETAIL, { validation: failing });
}

/** The body as Prism's server passes it on: null when there is none, parsed JSON for JSON, else the text. */
function bodyOf(req: IncomingMessage, raw: Buffer): unknown {
  const length = req.headers['content-length'];
  if (length === '0' || (length === undefined && req.headers['transfer-encoding'] === undefined)) return null;
  const text = raw.toString('utf8');
  if (!isJsonMediaType(mediaTypeOf(req.headers['content-type']))) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('Invalid JSON'), { status: 400 });
  }
}

function violation(location: string, detail: Validation) {
  return {
    location: [location, ...(detail.path ?? [])],
    severity: SEVERITY[detail.severity] ?? String(detail.severity),
    code: detail.code,
    message: detail.message,
  };
}

function sendProblem(res: ServerResponse, error: unknown): void {
  if (res.headersSent) return void res.end();
  const problem = error as Error & { status?: number; additional?: { headers?: Record<string, string> } };
  res.setHeader('content-type', 'application/problem+json');
  for (const [name, value] of Object.entries(problem.additional?.headers ?? {})) res.setHeader(name, value);
  send(res, problem.status || 500, JSON.stringify(ProblemJsonError.toProblemJson(problem)));
}

/** Writes an answer like Prism's server (micri's `send`): a JSON or text Content-Type unless one is set. */
function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  if (body === undefined || body === null) return void res.end();
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (!res.getHeader('content-type')) {
    const type = typeof body === 'string' ? 'text/plain' : 'application/json';
    res.setHeader('content-type', `${type}; charset=utf-8`);
  }
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
