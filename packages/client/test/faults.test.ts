// Fault injection on 127.0.0.1: a node:http server and a raw `net` server misbehave on purpose. Every fault must
// end in the right typed error (or the right Data), promptly, without an unhandled rejection, and reads must be
// retried where writes are not — counted on the server side. Each case counts as a fault in the run's figures.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHasoClient,
  HasoApiError,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
} from '../src/index.node.js';
import { closedPort, startServer, type TestServer } from './servers.js';

const MERCHANT_ID = '100001';
const SALT = 'faults-salt-Qx7vT2mK9pZ4';
const KEY = 'faults-key-Wd3nL8sR5fJ1';

/** What an http fault does with one request, once its body has been read. */
type HttpFault = (req: IncomingMessage, res: ServerResponse) => void;

/** What a raw fault does with a socket once the request's first bytes arrived. */
type SocketFault = (socket: Socket) => void;

/** A raw TCP server on 127.0.0.1 that applies `fault()` to each connection's first bytes, counting them. */
async function startSocketServer(fault: () => SocketFault) {
  const sockets = new Set<Socket>();
  let seen = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // the client may reset first; nothing to report
    socket.once('data', () => {
      seen++;
      fault()(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen: () => seen,
    reset: () => {
      seen = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** The error `run` rejects with; fails the test when it succeeds, or when the error shows a secret. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  const error = await run().then(
    () => expect.unreachable('the call succeeded'),
    (thrown: unknown) => thrown,
  );
  const shown = inspect(error, { depth: Infinity, showHidden: true });
  for (const secret of [SALT, KEY]) expect(shown).not.toContain(secret);
  return error;
}

/**
 * Per-attempt timeouts of the client under test. Faults that must time out use the short one (far above a loopback
 * round trip, so the server still sees every attempt); all others the long one, so a slow machine never turns them
 * into timeouts. Both are far below the case's own limit.
 */
const SHORT_TIMEOUT_MS = 500;
const LONG_TIMEOUT_MS = 2000;
const RETRIES = 2;
/** Each case must settle well within this (the client's attempts plus slack); vitest fails the case otherwise. */
const CASE_TIMEOUT_MS = 15_000;

type ErrorClass = abstract new (...args: never[]) => Error;

/** One fault: where it happens, what the client must make of it, how many attempts reads and writes get. */
interface Fault {
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

const faults: readonly Fault[] = [
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

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let httpFault: HttpFault = (_req, res) => res.end();
let socketFault: SocketFault = (socket) => socket.destroy();
let http: TestServer;
let socket: Awaited<ReturnType<typeof startSocketServer>>;
let refusedUrl: string;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  [http, socket] = await Promise.all([
    startServer((req, res) => httpFault(req, res)),
    startSocketServer(() => socketFault),
  ]);
  refusedUrl = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await Promise.all([http.close(), socket.close()]);
  // Let any late rejection surface before looking (a few turns of the event loop, no wall-clock wait).
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

/** A client of `baseUrl` with instant retries (no real backoff wait) that counts its attempts (the onRequest hook). */
function client(baseUrl: string, timeoutMs: number) {
  let attempts = 0;
  const haso = createHasoClient({
    baseUrl,
    merchantId: MERCHANT_ID,
    merchantSalt: SALT,
    hmacKey: KEY,
    timeoutMs,
    retry: { retries: RETRIES, random: () => 0, sleep: async () => undefined },
    onRequest: () => {
      attempts++;
    },
  });
  return { haso, attempts: () => attempts };
}

const calls = {
  read: (haso: ReturnType<typeof client>['haso']) => haso.getErrorCodes(),
  write: (haso: ReturnType<typeof client>['haso']) => haso.reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001' }),
} as const;

describe('fault injection', () => {
  const cases = faults.flatMap((fault) =>
    (['read', 'write'] as const).map((kind) => [fault.name, kind, fault] as const),
  );

  it.each(cases)('%s (%s)', { timeout: CASE_TIMEOUT_MS }, async (_, kind, fault) => {
    let baseUrl = refusedUrl;
    let seen = () => 0;
    if (fault.http) {
      httpFault = fault.http;
      http.received.length = 0;
      baseUrl = http.url;
      seen = () => http.received.length;
    } else if (fault.socket) {
      socketFault = fault.socket;
      socket.reset();
      ({ url: baseUrl, seen } = socket);
    }
    const { haso, attempts } = client(baseUrl, fault.expect === HasoTimeoutError ? SHORT_TIMEOUT_MS : LONG_TIMEOUT_MS);
    const expected = fault.attempts[kind];

    if ('data' in fault.expect) {
      await expect(calls[kind](haso)).resolves.toEqual(fault.expect.data);
    } else {
      const error = await failureOf(() => calls[kind](haso));
      expect(error).toBeInstanceOf(fault.expect);
      if (fault.details) expect(error).toMatchObject(fault.details);
    }
    expect(attempts()).toBe(expected);
    // The server saw every attempt that reached it (none for a closed port).
    expect(seen()).toBe(fault.refused ? 0 : expected);
  });
});
