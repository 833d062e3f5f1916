import { setTimeout as sleep } from 'node:timers/promises';
import { bytesAnswer, jsonAnswer, mockError, problemAnswer } from './answers.js';
import { parseBody } from './body-parse.js';
import { checkMediaType } from './content-type.js';
import type { Exchange } from './exchange.js';
import { faultOutcome, type Outcome } from './fault-play.js';
import type { FaultQueue } from './faults.js';
import type { FrontAnswer, FrontExtension } from './front-extension.js';
import { type LatencyRange, pickDelay } from './latency.js';
import { readMockPreferences } from './mock-prefer.js';
import { choosePrefer, scenarioExampleFor } from './prefer.js';
import { askPrism, type PrismFailure, type PrismRequest, type PrismResult, prismHeaders } from './prism-client.js';
import type { PrismConnection } from './prism-supervisor.js';
import type { RequestStop } from './request-stop.js';
import { prismProblems } from './sandbox/prism-problems.js';
import type { CatalogOperation } from './spec-catalog.js';
import type { TokenCheck } from './token-check.js';
import { withPlaceholderToken } from './token-placeholder.js';

/** Where the front finds Prism: the supervisor (through startMock, which may still be starting it). */
export interface PrismSource {
  readonly current: PrismConnection | undefined;
  whenReady(stale?: PrismConnection, signal?: AbortSignal): Promise<PrismConnection | undefined>;
}

/** What a call to an operation needs besides the request. */
export interface CallContext {
  /** Checks tokens of signed operations; undefined turns the check off (`--no-verify`). */
  readonly tokenCheck: TokenCheck | undefined;
  readonly prism: PrismSource;
  readonly faults: FaultQueue;
  readonly latency: LatencyRange | undefined;
  readonly extension: (FrontExtension & FailurePages) | undefined;
}

/** What the sandbox adds beyond the seam: its failure page for a browser form post Prism refused (422). */
export interface FailurePages {
  rejectedFormPost?(operationId: string, problems: readonly string[]): FrontAnswer | undefined;
}

/**
 * The outcome of a POST to an operation, in this order: the front's own preferences (`Prefer: delay=…, fault=…`) and
 * any armed fault; the media type and the body (refused before the token check when malformed); the requestToken
 * check of signed operations (a rejected token gets the spec's InvalidRequestToken envelope with HTTP 200, like
 * Haso); the example choice; Prism, which validates the request and serves the example; the sandbox, which may
 * replace a 2xx answer to a call whose token passed.
 */
export async function answerCall(
  context: CallContext,
  exchange: Exchange,
  operation: CatalogOperation,
  raw: Buffer,
  stop: RequestStop,
): Promise<Outcome> {
  const { req } = exchange;
  const prefs = readMockPreferences(headerText(req.headers.prefer));
  if ('error' in prefs) return invalid(exchange, problemAnswer(400, 'Invalid Prefer header', prefs.error));
  exchange.delayMs = prefs.delayMs ?? pickDelay(context.latency);
  const fault = prefs.fault ?? context.faults.take(operation.operationId);
  if (fault) {
    exchange.fault = fault;
    if (fault !== 'slow-body') {
      exchange.scenario = `fault-${fault}`;
      return faultOutcome(fault);
    }
  }
  const media = checkMediaType(req.rawHeaders, operation.mediaTypes);
  if ('refused' in media || (raw.length > 0 && media.mediaType === '')) {
    exchange.scenario = 'unsupported-media-type';
    const reason = 'refused' in media ? media.refused : 'a body needs a Content-Type';
    return problemAnswer(415, 'Unsupported Media Type', reason);
  }
  const parsed = parseBody(raw, media.mediaType);
  if (parsed.kind === 'malformed') return invalid(exchange, problemAnswer(400, parsed.title, parsed.reason));
  const body = parsed.kind === 'object' ? parsed.body : undefined;
  const check = operation.signed ? context.tokenCheck : undefined;
  exchange.verdict = !operation.signed ? 'unsigned' : check ? 'unsignable' : 'unchecked';
  let forcedExample: string | undefined;
  if (check) {
    const verdict = body ? check(operation.operationId, body) : 'unsignable';
    exchange.verdict = verdict;
    // A body whose token cannot be computed (a token field of the wrong type) is malformed: Prism validates it
    // (422) and otherwise serves the invalid-token example. Nothing reaches a success example unchecked.
    if (verdict === 'unsignable' && operation.invalidTokenExample) forcedExample = operation.invalidTokenExample;
    else if (verdict !== 'valid' && operation.invalidTokenBody) {
      exchange.scenario = operation.invalidTokenExample ?? 'invalidToken';
      return bytesAnswer(200, operation.invalidTokenBody);
    }
  }
  const choice = choosePrefer({
    clientPrefer: prefs.prismPrefer,
    query: exchange.search === '' ? NO_QUERY : new URLSearchParams(exchange.search),
    forcedExample,
    scenarioExample: scenarioExampleFor(operation.fieldScenarios, body),
    defaultExample: operation.defaultExample,
  });
  exchange.scenario = choice.label;
  // --no-verify accepts a signed operation's body without requestToken: Prism gets a placeholder token instead of
  // rejecting the body for a missing required field.
  const placeholder = operation.signed && !context.tokenCheck && body !== undefined;
  exchange.waitingFor = 'Prism';
  const result = await callPrism(context.prism, {
    method: 'POST',
    path: req.url ?? exchange.pathname,
    headers: prismHeaders(req.rawHeaders, choice.prefer ?? prefs.prismPrefer),
    body: placeholder ? withPlaceholderToken(raw, body, media.mediaType) : raw,
    stop,
  });
  if ('failure' in result) return failure(exchange, result);
  const answer = result.answer;
  if (answer.status === 400 || answer.status === 422) exchange.scenario = 'invalid-request';
  const passed = exchange.verdict === 'valid' || exchange.verdict === 'unsigned' || exchange.verdict === 'unchecked';
  if (answer.status === 422 && passed && context.extension?.rejectedFormPost) {
    const page = context.extension.rejectedFormPost(operation.operationId, prismProblems(answer.body));
    if (page) {
      exchange.scenario = 'sandbox:failure-page';
      return page;
    }
  }
  if (!context.extension?.answer || !body || !passed || answer.status < 200 || answer.status > 299) return answer;
  exchange.waitingFor = 'sandbox';
  const replaced = await context.extension.answer({
    operationId: operation.operationId,
    path: exchange.pathname,
    body,
    headers: req.headers,
    scenario: choice.label,
    chosenByClient: choice.chosenByClient,
    prism: answer,
  });
  if (!replaced) return answer;
  exchange.scenario = replaced.label;
  return replaced.answer;
}

/** The query of a URL without one: never modified (choosePrefer only reads it). */
const NO_QUERY = new URLSearchParams();

const UNAVAILABLE: PrismFailure = { failure: 'failed', code: 'PRISM_UNAVAILABLE' };

/** How long a broken connection waits to learn whether Prism died (then the request goes to its successor). */
const EXIT_GRACE_MS = 2_000;

/**
 * Asks the running Prism. A request whose connection was refused or broke because Prism died is sent once more, to
 * the restarted Prism (a request that killed Prism kills at most the next one too, then gets its 502).
 */
async function callPrism(prism: PrismSource, request: PrismRequest & { stop: RequestStop }): Promise<PrismResult> {
  const connection = prism.current ?? (await prism.whenReady(undefined, request.stop.signal));
  if (!connection) return UNAVAILABLE;
  const result = await askPrism(connection.pool, request);
  if (!('failure' in result) || (result.failure !== 'not-sent' && result.failure !== 'reset')) return result;
  if (!(await diedWithin(connection, EXIT_GRACE_MS, request.stop.signal))) return result;
  const next = await prism.whenReady(connection, request.stop.signal);
  if (!next) return request.stop.aborted ? result : UNAVAILABLE;
  return askPrism(next.pool, request);
}

async function diedWithin(connection: PrismConnection, ms: number, signal: AbortSignal): Promise<boolean> {
  const grace = sleep(ms, false, { signal }).catch(() => false);
  return Promise.race([connection.exited.then(() => true), grace]);
}

function failure(exchange: Exchange, result: PrismFailure): Outcome {
  exchange.scenario = 'prism-error';
  if (result.code === 'PRISM_UNAVAILABLE') return jsonAnswer(503, mockError('Prism is not running'));
  if (result.failure === 'bad-header')
    return invalid(exchange, jsonAnswer(400, mockError('a header cannot be sent on')));
  const status = result.failure === 'timeout' ? 504 : 502;
  return jsonAnswer(status, mockError(`Prism did not answer (${result.code})`));
}

function invalid(exchange: Exchange, answer: Outcome): Outcome {
  exchange.scenario = 'invalid-request';
  return answer;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
