import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { jsonAnswer, mockError, problemAnswer, sendAnswer } from './answers.js';
import { FORM_MEDIA_TYPE, isJsonMediaType, parseBody } from './body-parse.js';
import { checkMediaType } from './content-type.js';
import { answerControl, CONTROL_PATHS, isControlPath } from './control-routes.js';
import { answerPreflight, applyCors } from './cors.js';
import { type Exchange, elapsedMs, openExchange, sentStatus } from './exchange.js';
import { deliver, type Outcome } from './fault-play.js';
import type { FrontAnswer } from './front-extension.js';
import { answerCall, type CallContext } from './operation-call.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import type { RequestJournal } from './request-journal.js';
import { type MockLogger, requestLine } from './request-log.js';
import { RequestStop } from './request-stop.js';
import type { SpecCatalog } from './spec-catalog.js';

export interface FrontOptions extends CallContext {
  readonly catalog: SpecCatalog;
  /** Receives the per-request log line; undefined is quiet. */
  readonly log: MockLogger | undefined;
  /** The last requests, for `GET /__mock/requests`. */
  readonly journal: RequestJournal;
  /** Each request is answered within this long of its arrival (added latency and faults aside). */
  readonly deadlineMs: number;
}

/** The largest request body the front reads (Haso bodies are a few hundred bytes). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The front server's request handler: CORS, the front's own routes, the spec's operations (see answerCall), the
 * sandbox's routes for any other path, else 404. Every request gets a well-formed answer within the deadline from
 * its arrival (408 while its body has not arrived, 504 after that), or the fault it asked for.
 */
export function createFrontHandler(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const control = { scenarios: options.catalog.scenarios, journal: options.journal, faults: options.faults };
  const handle = (exchange: Exchange): void => {
    const { req, res } = exchange;
    applyCors(req, res);
    const { method, pathname } = exchange;
    if (method === 'OPTIONS') {
      answerPreflight(req, res);
      return;
    }
    if (isControlPath(pathname)) {
      if (method !== 'POST') {
        sendAnswer(res, answerControl(control, method, pathname, query(exchange), EMPTY));
        return;
      }
      void respond(options, exchange, async (stop) => {
        const raw = await readRequestBody(exchange, stop);
        return Buffer.isBuffer(raw) ? answerControl(control, method, pathname, query(exchange), raw) : raw;
      });
      return;
    }
    const operation = options.catalog.byPath.get(pathname);
    if (operation) {
      exchange.operationId = operation.operationId;
      if (method !== 'POST') {
        const message = `${operation.path} (${operation.operationId}) only answers POST`;
        sendAnswer(res, jsonAnswer(405, mockError(message), { allow: 'POST, OPTIONS' }));
        return;
      }
      void respond(options, exchange, async (stop) => {
        const raw = await readRequestBody(exchange, stop);
        return Buffer.isBuffer(raw) ? answerCall(options, exchange, operation, raw, stop) : raw;
      });
      return;
    }
    if (!options.extension?.route) {
      sendAnswer(res, notFound(pathname));
      return;
    }
    void respond(options, exchange, (stop) => answerExtra(options, exchange, stop));
  };
  return (req, res) => {
    const exchange = openExchange(req, res);
    res.once('close', () => closeExchange(options, exchange));
    try {
      handle(exchange);
    } catch (error) {
      sendAnswer(res, internalError(exchange, error));
    }
  };
}

const EMPTY = Buffer.alloc(0);

/** Runs the work for a request under its deadline, then sends the outcome after the added latency. */
async function respond(
  options: FrontOptions,
  exchange: Exchange,
  work: (stop: RequestStop) => Promise<Outcome>,
): Promise<void> {
  const stop = new RequestStop();
  exchange.stop = stop;
  const timer = setTimeout(() => answerLate(exchange, options.deadlineMs), options.deadlineMs);
  let outcome: Outcome;
  try {
    outcome = await work(stop);
  } catch (error) {
    outcome = internalError(exchange, error);
  }
  clearTimeout(timer);
  if (stop.aborted) return; // answered at the deadline, or the client left
  if (exchange.delayMs > 0) {
    const waited = await sleep(exchange.delayMs, true, { signal: stop.signal }).catch(() => false);
    if (!waited) return;
  }
  deliver(exchange.res, outcome, exchange.fault === 'slow-body');
}

function internalError(exchange: Exchange, error: unknown): FrontAnswer {
  exchange.scenario = 'internal-error';
  const name = error instanceof Error ? error.name : 'error';
  return jsonAnswer(500, mockError(`internal error (${name})`));
}

/** The deadline passed: 408 while the body is still coming (the connection is closed), else 504. */
function answerLate(exchange: Exchange, deadlineMs: number): void {
  exchange.stop?.abort();
  const { res } = exchange;
  if (res.headersSent || res.destroyed) return;
  if (exchange.waitingFor === 'body') {
    exchange.scenario = 'request-timeout';
    const message = `the request body did not arrive within ${deadlineMs} ms`;
    sendAnswer(res, jsonAnswer(408, mockError(message), { connection: 'close' }));
    return;
  }
  exchange.scenario = 'deadline';
  const waited = exchange.waitingFor === 'Prism' ? 'Prism did not answer' : 'no answer';
  sendAnswer(res, jsonAnswer(504, mockError(`${waited} within ${deadlineMs} ms`)));
}

/** Reads the body (at most MAX_BODY_BYTES), or the answer that refuses it. */
async function readRequestBody(exchange: Exchange, stop: RequestStop): Promise<Buffer | FrontAnswer> {
  exchange.waitingFor = 'body';
  try {
    return await readBody(exchange.req, MAX_BODY_BYTES);
  } catch (error) {
    if (stop.aborted) return jsonAnswer(408, mockError('the request body did not arrive'));
    exchange.scenario = 'invalid-request';
    if (!(error instanceof BodyTooLargeError)) return jsonAnswer(400, mockError('unreadable body'));
    return jsonAnswer(413, mockError(error.message), { connection: 'close' });
  } finally {
    exchange.waitingFor = undefined;
  }
}

/** A path that is no operation and no route of the front: the sandbox's, if it takes it, else 404. */
async function answerExtra(options: FrontOptions, exchange: Exchange, stop: RequestStop): Promise<Outcome> {
  const raw = await readRequestBody(exchange, stop);
  if (!Buffer.isBuffer(raw)) return raw;
  const media = checkMediaType(exchange.req.rawHeaders, undefined);
  if ('refused' in media) return problemAnswer(415, 'Unsupported Media Type', media.refused);
  if (isJsonMediaType(media.mediaType) || media.mediaType === FORM_MEDIA_TYPE) {
    const parsed = parseBody(raw, media.mediaType);
    if (parsed.kind === 'malformed') return problemAnswer(400, parsed.title, parsed.reason);
  }
  exchange.waitingFor = 'sandbox';
  const answer = await options.extension?.route?.({
    method: exchange.method,
    path: exchange.pathname,
    query: query(exchange),
    headers: exchange.req.headers,
    body: raw,
  });
  return answer ?? notFound(exchange.pathname);
}

function notFound(pathname: string): FrontAnswer {
  return jsonAnswer(404, mockError(`no Haso operation at ${pathname} (GET ${CONTROL_PATHS.scenarios} lists them)`));
}

function query(exchange: Exchange): URLSearchParams {
  return new URLSearchParams(exchange.search);
}

/** The request is over (answered, reset, or the client left): stop its work, log it, add it to the journal. */
function closeExchange(options: FrontOptions, exchange: Exchange): void {
  if (!exchange.res.writableFinished) exchange.stop?.abort(); // the client left: stop the work
  const status = sentStatus(exchange);
  const ms = elapsedMs(exchange);
  const { method, pathname } = exchange;
  options.log?.(requestLine(method, pathname, exchange.scenario, status, ms, exchange.fault));
  if (pathname.startsWith('/__')) return;
  options.journal.add({
    arrivedAt: exchange.arrivedAt,
    method,
    path: pathname,
    operationId: exchange.operationId,
    verdict: exchange.verdict,
    scenario: exchange.scenario,
    fault: exchange.fault,
    status,
    ms: Math.round(ms),
  });
}
