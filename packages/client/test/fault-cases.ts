// The faults of faults.test.ts: what a misbehaving server does, and what the client must make of it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { expect } from 'vitest';
import {
  HasoApiError,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
} from '../src/index.node.js';

/** What an http fault does with one request, once its body has been read. */
export type HttpFault = (req: IncomingMessage, res: ServerResponse) => void;

/** What a raw fault does with a socket once the request's first bytes arrived. */
export type SocketFault = (socket: Socket) => void;

/**
 * Per-attempt timeouts of the client under test. Faults that must time out use the short one (far above a loopback
 * round trip, so the server still sees every attempt); all others the long one, so a slow machine never turns them
 * into timeouts. Both are far below the case's own limit.
 */
export const SHORT_TIMEOUT_MS = 500;
export const LONG_TIMEOUT_MS = 2000;
export const RETRIES = 2;
/** Each case must settle well within this (the client's attempts plus slack); vitest fails the case otherwise. */
export const CASE_TIMEOUT_MS = 15_000;

type ErrorClass = abstract new (...args: never[]) => Error;

/** One fault: where it happens, what the client must make of it, how many attempts reads and writes get. */
export interface Fault {
  readonly name: string;
  readonly http?: HttpFault;
  readonly socket?: SocketFault;
  /** Nothing listens on the port. */
  readonly refused?: true;
  /** The error class, or `Data` when the answer is (correctly) accepted. */
  readonly expect: ErrorClass | { data: unknown };
  /** Extra properties the error must have. */
  readonly details?: Record<string, unknown>;
  /** Attempts of a read (getErrorCodes) and of a write (reSendKkbPin). */
  readonly attempts: { readonly read: number; readonly write: number };
}

const RETRIED = { read: 1 + RETRIES, write: 1 };
const ONCE = { read: 1, write: 1 };

function answer(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}
const jsonAnswer =
  (body: string, status = 200): HttpFault =>
  (_req, res) =>
    answer(res, status, 'application/json', body);
const rawHttp = (head: string, body: string) => (socket: Socket) => socket.write(`${head}\r\n\r\n${body}`);

export const faults: readonly Fault[] = [
  {
    name: 'connection refused (closed port)',
    refused: true,
    expect: HasoNetworkError,
    details: { code: 'ECONNREFUSED' },
    attempts: { read: 1 + RETRIES, write: 1 + RETRIES },
  },
  {
    name: 'reset mid-body (headers and part of the body, then the socket is destroyed)',
    socket: (s) => {
      rawHttp('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200', '{"Success":true,"Da')(s);
      setImmediate(() => s.destroy());
    },
    expect: HasoNetworkError,
    attempts: RETRIED,
  },
  {
    name: 'connection closed before any answer',
    socket: (s) => s.destroy(),
    expect: HasoNetworkError,
    attempts: RETRIED,
  },
  {
    name: 'TCP reset (RST) before any answer',
    socket: (s) => s.resetAndDestroy(),
    expect: HasoNetworkError,
    details: { code: 'ECONNRESET' },
    attempts: RETRIED,
  },
  {
    name: 'an answer that is not HTTP',
    socket: (s) => s.end('SSH-2.0-OpenSSH\r\n\r\n'),
    expect: HasoNetworkError,
    attempts: RETRIED,
  },
  {
    name: 'slow headers past the timeout',
    http: () => undefined,
    expect: HasoTimeoutError,
    details: { timeoutMs: SHORT_TIMEOUT_MS },
    attempts: RETRIED,
  },
  {
    name: 'body stalls after the headers',
    http: (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"Success":');
    },
    expect: HasoTimeoutError,
    attempts: RETRIED,
  },
  {
    name: 'HTML 502 page',
    http: (_req, res) =>
      answer(res, 502, 'text/html', '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>'),
    expect: HasoHttpError,
    details: { status: 502, bodyExcerpt: expect.stringContaining('502 Bad Gateway') },
    attempts: RETRIED,
  },
  {
    name: '503 with an empty body',
    http: (_req, res) => answer(res, 503, 'text/plain', ''),
    expect: HasoHttpError,
    details: { status: 503 },
    attempts: RETRIED,
  },
  {
    name: '429 too many requests',
    http: jsonAnswer('{}', 429),
    expect: HasoHttpError,
    details: { status: 429 },
    attempts: RETRIED,
  },
  {
    name: 'content-encoding gzip that is not gzip',
    http: (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end('not gzip at all');
    },
    expect: HasoNetworkError,
    attempts: RETRIED,
  },
  {
    name: 'truncated JSON',
    http: jsonAnswer('{"Success":true,"Errors":null,"Data":{"Kkb'),
    expect: HasoHttpError,
    details: { status: 200 },
    attempts: ONCE,
  },
  { name: 'empty body', http: jsonAnswer(''), expect: HasoHttpError, details: { status: 200 }, attempts: ONCE },
  {
    name: 'invalid UTF-8 body',
    http: (_req, res) => answer(res, 200, 'application/json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    expect: HasoHttpError,
    attempts: ONCE,
  },
  {
    name: '`Success` missing',
    http: jsonAnswer('{"Errors":null,"Data":{}}'),
    expect: HasoResponseShapeError,
    attempts: ONCE,
  },
  {
    name: '`Success` a string',
    http: jsonAnswer('{"Success":"true","Errors":null,"Data":{}}'),
    expect: HasoResponseShapeError,
    attempts: ONCE,
  },
  {
    name: '`Data` an array',
    http: jsonAnswer('{"Success":true,"Errors":null,"Data":[]}'),
    expect: HasoResponseShapeError,
    attempts: ONCE,
  },
  {
    name: '`Data` a string',
    http: jsonAnswer('{"Success":true,"Errors":null,"Data":"ok"}'),
    expect: HasoResponseShapeError,
    attempts: ONCE,
  },
  { name: 'body JSON null', http: jsonAnswer('null'), expect: HasoResponseShapeError, attempts: ONCE },
  { name: 'body a JSON array', http: jsonAnswer('[{"Success":true}]'), expect: HasoResponseShapeError, attempts: ONCE },
  {
    name: '200 with Success: false',
    http: jsonAnswer('{"Success":false,"Errors":["H307 Müşteri bulunamadı"],"Data":null}'),
    expect: HasoApiError,
    details: { errors: ['H307 Müşteri bulunamadı'], codes: ['H307'] },
    attempts: ONCE,
  },
  {
    name: '200 with Success: false and Errors a single string',
    http: jsonAnswer('{"Success":false,"Errors":"RS115 KKB raporu alınamadı","Data":null}'),
    expect: HasoApiError,
    details: { errors: ['RS115 KKB raporu alınamadı'], codes: ['RS115'] },
    attempts: ONCE,
  },
  {
    name: 'JSON body under a text/plain content type (accepted: the body decides)',
    http: (_req, res) =>
      answer(res, 200, 'text/plain; charset=utf-8', '{"Success":true,"Errors":null,"Data":{"Message":"RS100"}}'),
    expect: { data: { Message: 'RS100' } },
    attempts: ONCE,
  },
];
