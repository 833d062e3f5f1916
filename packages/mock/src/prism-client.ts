import { type Dispatcher, Pool } from 'undici';
import type { FrontAnswer } from './front-extension.js';

/** A request for Prism: the client's method, target and end-to-end headers, the raw body, and its stop. */
export interface PrismRequest {
  readonly method: string;
  readonly path: string;
  /** Flat name/value list. */
  readonly headers: readonly string[];
  readonly body: Buffer;
  /** Once aborted (the deadline passed, the client left), a request still queued is never sent. */
  readonly stop: { readonly aborted: boolean };
}

/**
 * Prism's answer, or why there is none: `not-sent` (the connection was refused: the request never left), `reset`
 * (the connection broke: Prism may have died), `timeout`, `aborted` (the request's own deadline or its client),
 * `bad-header` (a header undici refuses to send), `failed` (anything else). `code` names the error.
 */
export type PrismResult = { readonly answer: FrontAnswer } | PrismFailure;

export interface PrismFailure {
  readonly failure: 'not-sent' | 'reset' | 'timeout' | 'aborted' | 'bad-header' | 'failed';
  readonly code: string;
}

/** Connections to Prism at most: it serves one request at a time, more connections only queue inside it. */
const CONNECTIONS = 16;
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** Headers that belong to one connection (RFC 9110 §7.6.1) or that the front sets itself; never passed on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'host',
  'content-length',
]);

/** An undici pool of keep-alive connections to a Prism on the loopback port; its timeouts are the request deadline. */
export function createPrismPool(host: string, port: number, deadlineMs: number): Pool {
  return new Pool(`http://${host}:${port}`, {
    connections: CONNECTIONS,
    pipelining: 1,
    headersTimeout: deadlineMs,
    bodyTimeout: deadlineMs,
    connectTimeout: Math.min(deadlineMs, 5_000),
    maxResponseSize: MAX_ANSWER_BYTES,
  });
}

/** The headers to send Prism: the client's end-to-end ones as received, and `prefer` in place of the client's own. */
export function prismHeaders(rawHeaders: readonly string[], prefer: string | undefined): string[] {
  const headers: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const lower = rawHeaders[i]!.toLowerCase();
    if (HOP_BY_HOP.has(lower) || lower === 'prefer') continue;
    headers.push(rawHeaders[i]!, rawHeaders[i + 1]!);
  }
  if (prefer !== undefined) headers.push('prefer', prefer);
  return headers;
}

/** Sends one request to Prism through the pool (undici's `dispatch`) and collects its whole answer; never rejects. */
export function askPrism(pool: Dispatcher, request: PrismRequest): Promise<PrismResult> {
  return new Promise((resolve) => {
    let status = 0;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];
    const fail = (error: unknown): void => resolve({ failure: classify(error), code: codeOf(error) });
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(controller) {
        if (request.stop.aborted) controller.abort(new DOMException('the request was stopped', 'AbortError'));
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        if (statusCode < 200) return; // an interim answer: the real one follows
        status = statusCode;
        headers = endToEnd(responseHeaders);
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        resolve({ answer: { status, headers, body } });
      },
      onResponseError(_controller, error) {
        fail(error);
      },
    };
    try {
      pool.dispatch(
        { method: request.method, path: request.path, headers: request.headers as string[], body: request.body },
        handler,
      );
    } catch (error) {
      fail(error);
    }
  });
}

function endToEnd(headers: Record<string, string | string[] | undefined> | object): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers) as [string, string | string[] | undefined][]) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

function classify(error: unknown): PrismFailure['failure'] {
  const code = codeOf(error);
  if (code === 'ECONNREFUSED' || code === 'UND_ERR_DESTROYED' || code === 'UND_ERR_CLOSED') return 'not-sent';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return 'reset';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return 'timeout';
  }
  if (code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR' || (error as Error | undefined)?.name === 'AbortError') {
    return 'aborted';
  }
  if (code === 'UND_ERR_INVALID_ARG') return 'bad-header';
  return 'failed';
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'ERROR';
}
