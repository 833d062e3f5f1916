import { type Agent, type IncomingHttpHeaders, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { mockError, sendJson } from './answers.js';

/** Where valid requests go: Prism on the loopback interface, through a keep-alive agent. */
export interface Upstream {
  readonly host: string;
  readonly port: number;
  readonly agent: Agent;
}

/** A Prism answer takes milliseconds; a request still open after this is answered 504 instead of hanging. */
const PRISM_TIMEOUT_MS = 15_000;

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'expect',
]);

/**
 * Sends the request to Prism with the raw body bytes (never re-serialized) and streams Prism's answer back.
 * `prefer` replaces the client's `Prefer` header when given. A request that hits a keep-alive socket Prism has just
 * closed is retried once on a fresh one; one Prism leaves unanswered gets 504 after a timeout.
 */
export function forwardToPrism(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  prefer: string | undefined,
  upstream: Upstream,
): void {
  const headers = requestHeaders(req.headers, body.length, prefer, upstream);
  const send = (retry: boolean) => {
    const outgoing = request(
      { host: upstream.host, port: upstream.port, method: req.method, path: req.url, headers, agent: upstream.agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, responseHeaders(answer.headers));
        answer.pipe(res);
      },
    );
    outgoing.setTimeout(PRISM_TIMEOUT_MS, () =>
      outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (retry && outgoing.reusedSocket && error.code === 'ECONNRESET') return send(false);
      const status = error.code === 'ETIMEDOUT' ? 504 : 502;
      if (!res.headersSent) sendJson(res, status, mockError(`Prism did not answer (${error.code ?? error.message})`));
      else res.destroy();
    });
    outgoing.end(body);
  };
  send(true);
}

function requestHeaders(
  incoming: IncomingHttpHeaders,
  length: number,
  prefer: string | undefined,
  upstream: Upstream,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'host' || name === 'content-length') continue;
    headers[name] = value;
  }
  headers.host = `${upstream.host}:${upstream.port}`;
  headers['content-length'] = String(length);
  if (prefer !== undefined) headers.prefer = prefer;
  return headers;
}

function responseHeaders(incoming: IncomingHttpHeaders): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  return headers;
}
