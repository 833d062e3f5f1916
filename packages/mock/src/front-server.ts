import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { mockError, sendBuffer, sendJson, sendProblem } from './answers.js';
import { parseBody } from './body-parse.js';
import { answerPreflight, applyCors } from './cors.js';
import { choosePrefer, scenarioExampleFor } from './prefer.js';
import { forwardToPrism } from './proxy.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { type MockLogger, requestLine } from './request-log.js';
import type { CatalogOperation, SpecCatalog } from './spec-catalog.js';
import type { TokenCheck } from './token-check.js';
import { withPlaceholderToken } from './token-placeholder.js';
import { type AdaptedExtension, forwardThroughExtension, routeThroughExtension } from './sandbox/front-adapter.js';
import type { UpstreamPool } from './upstream-pool.js';

export interface FrontOptions {
  readonly catalog: SpecCatalog;
  /** Checks tokens of signed operations; undefined turns the check off (`--no-verify`). */
  readonly tokenCheck: TokenCheck | undefined;
  /** Prism, once it is ready. */
  readonly upstream: () => UpstreamPool | undefined;
  /** Receives the per-request log line; undefined is quiet. */
  readonly log: MockLogger | undefined;
  /** The sandbox (answers of checked calls, routes of its own); undefined is stateless. */
  readonly extension?: AdaptedExtension | undefined;
}

const MAX_BODY_BYTES = 1024 * 1024;
const SCENARIOS_PATH = '/__scenarios';

/**
 * The front server's request handler: CORS, routing against the spec's paths, the requestToken check of signed
 * operations (a rejected token gets the spec's InvalidRequestToken envelope with HTTP 200, like Haso), the example
 * choice (`Prefer` header for Prism), then the request goes on to Prism, which validates it and serves the example.
 */
export function createFrontHandler(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const scenariosJson = Buffer.from(JSON.stringify(options.catalog.scenarios));
  return (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query < 0 ? url : url.slice(0, query);
    const exchange: Exchange = { req, res, scenario: '-' };
    if (options.log) {
      const log = options.log;
      const started = performance.now();
      res.once('finish', () => {
        const shown = res.statusCode === 400 || res.statusCode === 422 ? 'invalid-request' : exchange.scenario;
        log(requestLine(method, pathname, shown, res.statusCode, performance.now() - started));
      });
    }
    applyCors(req, res);
    if (method === 'OPTIONS') return answerPreflight(req, res);
    if (pathname === SCENARIOS_PATH && (method === 'GET' || method === 'HEAD')) {
      return sendBuffer(res, 200, scenariosJson);
    }
    const operation = options.catalog.byPath.get(pathname);
    if (!operation) {
      const notFound = () =>
        sendJson(res, 404, mockError(`no Haso operation at ${pathname} (GET ${SCENARIOS_PATH} lists them)`));
      return options.extension?.route
        ? routeThroughExtension(options.extension, req, res, MAX_BODY_BYTES, notFound)
        : notFound();
    }
    if (method !== 'POST') {
      res.setHeader('Allow', 'POST, OPTIONS');
      return sendJson(res, 405, mockError(`${operation.path} (${operation.operationId}) only answers POST`));
    }
    void answerPost(options, operation, exchange);
  };
}

/** One request in flight; `scenario` is what the log line shows. */
interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  scenario: string;
}

/** Reads the body and handles the POST; never rejects (an unexpected error is a 500 answer). */
async function answerPost(options: FrontOptions, operation: CatalogOperation, exchange: Exchange): Promise<void> {
  const { res } = exchange;
  let raw: Buffer;
  try {
    raw = await readBody(exchange.req, MAX_BODY_BYTES);
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    if (!res.headersSent) sendJson(res, tooLarge ? 413 : 400, mockError(tooLarge ? error.message : 'unreadable body'));
    return;
  }
  try {
    handlePost(options, operation, exchange, raw);
  } catch (error) {
    exchange.scenario = 'internal-error';
    const name = error instanceof Error ? error.name : 'error';
    if (!res.headersSent) sendJson(res, 500, mockError(`internal error (${name})`));
    else res.destroy();
  }
}

/** Token check, example choice and forwarding of a POST to an operation. */
function handlePost(options: FrontOptions, operation: CatalogOperation, exchange: Exchange, raw: Buffer): void {
  const { req, res } = exchange;
  const parsed = parseBody(raw, req.headers['content-type']);
  if (parsed.kind === 'malformed') {
    // Answered here: Prism's own answer to malformed JSON is not a problem document, and some versions hang.
    return sendProblem(res, 400, 'Malformed JSON body', `the request body is not valid JSON (${parsed.reason})`);
  }
  const body = parsed.kind === 'object' ? parsed.body : undefined;
  const check = operation.signed ? options.tokenCheck : undefined;
  let forcedExample: string | undefined;
  if (check) {
    const verdict = body ? check(operation.operationId, body) : 'unsignable';
    // A body whose token cannot be computed (unparseable, or a token field of the wrong type) is malformed: Prism
    // validates it (422) and otherwise serves the invalid-token example. Nothing reaches a success example unchecked.
    if (verdict === 'unsignable' && operation.invalidTokenExample) forcedExample = operation.invalidTokenExample;
    else if (verdict !== 'valid' && operation.invalidTokenBody) {
      exchange.scenario = operation.invalidTokenExample ?? 'invalidToken';
      return sendBuffer(res, 200, operation.invalidTokenBody);
    }
  }
  const upstream = options.upstream();
  if (!upstream) return sendJson(res, 503, mockError('Prism is not ready'));
  const choice = choosePrefer({
    clientPrefer: headerText(req.headers.prefer),
    query: queryOf(req.url ?? ''),
    forcedExample,
    scenarioExample: scenarioExampleFor(operation.fieldScenarios, body),
    defaultExample: operation.defaultExample,
  });
  exchange.scenario = choice.label;
  // --no-verify accepts a signed operation's body without requestToken: Prism gets a placeholder token instead of
  // rejecting the body for a missing required field.
  const placeholder = operation.signed && !options.tokenCheck && body !== undefined;
  const forwarded = placeholder ? withPlaceholderToken(raw, body, req.headers['content-type']) : raw;
  if (options.extension && !forcedExample) {
    const call = { operationId: operation.operationId, path: operation.path, body: body ?? {}, headers: req.headers };
    const chosenByClient = choice.prefer === undefined && choice.label !== 'first-example';
    const setLabel = (label: string) => void (exchange.scenario = label);
    const checked = { ...call, scenario: choice.label, chosenByClient };
    return forwardThroughExtension(options.extension, {
      req,
      res,
      raw: forwarded,
      prefer: choice.prefer,
      upstream,
      call: checked,
      setLabel,
    });
  }
  forwardToPrism(req, res, forwarded, choice.prefer, upstream);
}

/** The query of a URL without one: never modified (choosePrefer only reads it). */
const NO_QUERY = new URLSearchParams();

function queryOf(url: string): URLSearchParams {
  const start = url.indexOf('?');
  return start < 0 ? NO_QUERY : new URLSearchParams(url.slice(start + 1));
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
