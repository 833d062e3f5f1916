import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Fault } from './faults.js';
import type { JournalVerdict } from './request-journal.js';
import type { RequestStop } from './request-stop.js';

/** One request in flight, and what the log line and the request journal say about it. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** The path without the query. */
  readonly pathname: string;
  /** The query, without `?` (`''` when there is none). */
  readonly search: string;
  /** Date.now() and performance.now() at arrival. */
  readonly arrivedAt: number;
  readonly started: number;
  operationId: string | null;
  verdict: JournalVerdict | null;
  scenario: string;
  fault: Fault | null;
  /** What the front is waiting for (named by the deadline's answer). */
  waitingFor: 'body' | 'Prism' | 'sandbox' | undefined;
  /** Stops the work for this request at the deadline or when the client leaves. */
  stop: RequestStop | undefined;
  /** Added latency before the answer goes out. */
  delayMs: number;
}

export function openExchange(req: IncomingMessage, res: ServerResponse): Exchange {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return {
    req,
    res,
    method: req.method ?? 'GET',
    pathname: query < 0 ? url : url.slice(0, query),
    search: query < 0 ? '' : url.slice(query + 1),
    arrivedAt: Date.now(),
    started: performance.now(),
    operationId: null,
    verdict: null,
    scenario: '-',
    fault: null,
    waitingFor: undefined,
    stop: undefined,
    delayMs: 0,
  };
}

/** Milliseconds since the request arrived. */
export function elapsedMs(exchange: Exchange): number {
  return performance.now() - exchange.started;
}

/** The status sent, or null when no answer went out. */
export function sentStatus(exchange: Exchange): number | null {
  return exchange.res.headersSent ? exchange.res.statusCode : null;
}
