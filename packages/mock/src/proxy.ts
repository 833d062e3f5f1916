import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ParsedAnswer } from './answer-parser.js';
import { mockError, sendJson } from './answers.js';
import type { AnswerCallback, UpstreamPool } from './upstream-pool.js';

/** Headers that belong to one connection and are never passed on (RFC 9110 §7.6.1), and the ones the front sets. */
const NOT_FORWARDED = new Set([
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

/** What the front itself sets before Prism answers (cors.ts). */
const CORS_HEADERS = new Set([
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'vary',
]);

/** Characters a header value cannot hold (Node's own rule): line breaks and other controls, non-latin1. */
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Sends the request to Prism through the pool's keep-alive connections, with the raw body bytes (never
 * re-serialized), and answers with Prism's status, end-to-end headers and body in one write. `prefer` replaces the
 * client's `Prefer` header when given. No answer from Prism is a 502 (504 after the pool's timeout).
 */
export function forwardToPrism(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  prefer: string | undefined,
  upstream: UpstreamPool,
): void {
  const head = requestHead(req, body.length, prefer, upstream);
  const onAnswer: AnswerCallback = (error, answer) => {
    if (!answer) return fail(error?.code ?? 'ECONNRESET', res);
    try {
      relay(answer, res);
    } catch {
      // a header field Node refuses to send: none of Prism's headers go out
      for (const name of res.getHeaderNames()) if (!CORS_HEADERS.has(name)) res.removeHeader(name);
      fail('EPROTO', res);
    }
  };
  upstream.request(head, body, onAnswer, { noBody: req.method === 'HEAD' });
}

/**
 * The request line and header fields for Prism: the client's method, target and end-to-end headers (in order, as
 * received), Prism's own `Host`, the body's length, and the chosen `Prefer`.
 */
export function requestHead(
  req: Pick<IncomingMessage, 'method' | 'url' | 'rawHeaders'>,
  length: number,
  prefer: string | undefined,
  upstream: { readonly host: string; readonly port: number },
): string {
  if (prefer !== undefined && INVALID_VALUE.test(prefer)) throw new TypeError('invalid character in the Prefer value');
  let head = `${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1\r\nHost: ${upstream.host}:${upstream.port}\r\n`;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    const lower = name.toLowerCase();
    if (NOT_FORWARDED.has(lower) || (prefer !== undefined && lower === 'prefer')) continue;
    head += `${name}: ${raw[i + 1]}\r\n`;
  }
  if (prefer !== undefined) head += `Prefer: ${prefer}\r\n`;
  return `${head}Content-Length: ${length}\r\nConnection: keep-alive\r\n\r\n`;
}

/** Prism's answer to the client: its status, its end-to-end headers (over the front's CORS headers) and its body. */
export function relay(answer: ParsedAnswer, res: ServerResponse): void {
  if (res.destroyed) return;
  const { headers } = answer;
  const seen = new Set<string>();
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i]!.toLowerCase();
    if (NOT_FORWARDED.has(name)) continue;
    if (seen.has(name)) res.appendHeader(name, headers[i + 1]!);
    else res.setHeader(name, headers[i + 1]!);
    seen.add(name);
  }
  res.setHeader('content-length', answer.body.length);
  res.writeHead(answer.status);
  res.end(answer.body);
}

function fail(code: string, res: ServerResponse): void {
  if (res.headersSent || res.destroyed) return void res.destroy();
  sendJson(res, code === 'ETIMEDOUT' ? 504 : 502, mockError(`Prism did not answer (${code})`));
}
