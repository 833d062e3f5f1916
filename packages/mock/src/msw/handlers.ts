// MSW request handlers for the Haso API: the front's token check and example choice, Prism's validation and
// examples (in process), and the same sandbox, without a server process.
import type { IncomingHttpHeaders } from 'node:http';
import { type HttpHandler, http } from 'msw';
import { mockError } from '../answers.js';
import { parseBody } from '../body-parse.js';
import { type MockCredentials, TEST_CREDENTIALS } from '../credentials.js';
import type { FrontAnswer } from '../front-extension.js';
import { defaultSpecPath } from '../paths.js';
import { choosePrefer, scenarioExampleFor } from '../prefer.js';
import { type SandboxStartOptions, sandboxFor } from '../sandbox/options.js';
import { prismProblems } from '../sandbox/prism-problems.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { type CatalogOperation, loadSpecCatalog } from '../spec-catalog.js';
import { readSpecDocument } from '../spec-file.js';
import { createTokenCheck, type TokenCheck } from '../token-check.js';
import { withPlaceholderToken } from '../token-placeholder.js';
import { createPrismInProcess, type PrismInProcess } from './prism-in-process.js';

/** Options of {@link hasoHandlers}: the mock's options, without a port. */
export interface HasoHandlersOptions extends SandboxStartOptions {
  /** The base URL the code under test calls, e.g. `https://haso.test` (its SERVIS_URL). */
  baseUrl: string;
  /** Check requestTokens of signed operations. Default true. */
  verify?: boolean;
  /** Credentials tokens are checked against. Default TEST_CREDENTIALS. */
  credentials?: MockCredentials;
  /** OpenAPI bundle. Default: @haso-toolkit/spec's bundle. */
  specPath?: string;
  /** Receives the sandbox's notices (callback outcomes). Default: none. */
  logger?: (line: string) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Handlers for `setupServer(...hasoHandlers({ baseUrl }))` (msw 2.x): every operation of the spec under `baseUrl`,
 * `GET /__scenarios`, and the sandbox's routes (`/__mock/reset`, `/__mock/state`, hosted pages).
 */
export function hasoHandlers(options: HasoHandlersOptions): HttpHandler[] {
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const specPath = options.specPath ?? defaultSpecPath;
  const catalog = loadSpecCatalog(specPath);
  const verify = options.verify ?? true;
  const credentials = options.credentials ?? TEST_CREDENTIALS;
  const tokenCheck = verify ? createTokenCheck(credentials) : undefined;
  const sandbox = sandboxFor(options, {
    specPath,
    merchantId: verify ? credentials.merchantId : undefined,
    log: options.logger ?? (() => undefined),
  });
  let prism: Promise<PrismInProcess> | undefined;
  const prismReady = () => (prism ??= createPrismInProcess(readSpecDocument(specPath)));
  const scenarios = JSON.stringify(catalog.scenarios);

  const handler = http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(prefix.length) || '/';
    const method = request.method;
    if (path === '/__scenarios' && method === 'GET')
      return respond({ status: 200, headers: JSON_TYPE, body: scenarios });
    const raw = new Uint8Array(await request.arrayBuffer());
    if (raw.length > MAX_BODY_BYTES)
      return respond(json(413, mockError(`request body is larger than ${MAX_BODY_BYTES} bytes`)));
    const headers = headersOf(request.headers);
    const operation = catalog.byPath.get(path);
    if (!operation) {
      const routed = await sandbox?.route({ method, path, query: url.searchParams, headers, body: raw });
      return respond(routed ?? json(404, mockError(`no Haso operation at ${path} (GET /__scenarios lists them)`)));
    }
    if (method !== 'POST')
      return respond(json(405, mockError(`${operation.path} (${operation.operationId}) only answers POST`)));
    return respond(
      await answerCall({
        operation,
        headers,
        query: url.searchParams,
        raw,
        tokenCheck,
        sandbox,
        prism: await prismReady(),
      }),
    );
  });
  return [handler];
}

interface CallInput {
  readonly operation: CatalogOperation;
  readonly headers: IncomingHttpHeaders & Record<string, string>;
  readonly query: URLSearchParams;
  readonly raw: Uint8Array;
  readonly tokenCheck: TokenCheck | undefined;
  readonly sandbox: Sandbox | undefined;
  readonly prism: PrismInProcess;
}

/** The front's steps for one operation call, with Prism in process. */
async function answerCall(input: CallInput): Promise<FrontAnswer> {
  const { operation, headers, sandbox } = input;
  const contentType = headers['content-type'];
  const raw = Buffer.from(input.raw);
  const parsed = parseBody(raw, contentType);
  if (parsed.kind === 'malformed') {
    const detail = `haso-mock: the request body is not valid JSON (${parsed.reason})`;
    return {
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({ type: 'about:blank', title: 'Malformed JSON body', status: 400, detail }),
    };
  }
  const body = parsed.kind === 'object' ? parsed.body : undefined;
  const check = operation.signed ? input.tokenCheck : undefined;
  let forcedExample: string | undefined;
  if (check) {
    const verdict = body ? check(operation.operationId, body) : 'unsignable';
    if (verdict === 'unsignable' && operation.invalidTokenExample) forcedExample = operation.invalidTokenExample;
    else if (verdict !== 'valid' && operation.invalidTokenBody)
      return { status: 200, headers: JSON_TYPE, body: operation.invalidTokenBody };
  }
  const clientPrefer = headers.prefer;
  const choice = choosePrefer({
    clientPrefer,
    query: input.query,
    forcedExample,
    scenarioExample: scenarioExampleFor(operation.fieldScenarios, body),
    defaultExample: operation.defaultExample,
  });
  const placeholder = operation.signed && !input.tokenCheck && body !== undefined;
  const forwarded = placeholder ? withPlaceholderToken(raw, body, contentType) : raw;
  const jsonBody = contentType?.includes('json') && forwarded.length > 0 ? safeJson(forwarded) : undefined;
  const prism = await input.prism({
    path: operation.path,
    query: input.query,
    headers,
    body: jsonBody ?? (forwarded.length > 0 ? forwarded.toString('utf8') : null),
    prefer: choice.prefer ?? clientPrefer,
  });
  if (!sandbox || forcedExample) return prism;
  if (prism.status === 422) return sandbox.rejectedFormPost(operation.operationId, prismProblems(prism.body)) ?? prism;
  if (prism.status < 200 || prism.status > 299) return prism;
  const chosenByClient = choice.prefer === undefined && choice.label !== 'first-example';
  const call = {
    operationId: operation.operationId,
    path: operation.path,
    body: body ?? {},
    headers,
    scenario: choice.label,
    chosenByClient,
    prism,
  };
  return (await sandbox.answer(call))?.answer ?? prism;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' } as const;

function json(status: number, value: unknown): FrontAnswer {
  return { status, headers: JSON_TYPE, body: JSON.stringify(value) };
}

function respond(answer: FrontAnswer): Response {
  const body = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers: answer.headers });
}

function headersOf(headers: Headers): IncomingHttpHeaders & Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

function safeJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}
