// Answers a hostile or overloaded server gives (real servers on 127.0.0.1): bodies that bomb, connections that fail
// before or after the request reached it, and waits it asks for. Counted on the server side.
import type { ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createHasoClient,
  type HasoNetworkError,
  HasoResponseTooLargeError,
  type RequestEvent,
} from '../src/index.node.js';
import { credentials } from './helpers.js';
import { answerEnvelope, closedPort, startServer } from './servers.js';

const MiB = 1024 * 1024;

/** Streams a gzip body of a JSON prefix and `decodedBytes` of '0's (about 1 000 times smaller on the wire). */
function gzipBomb(res: ServerResponse, decodedBytes: number) {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
  const gzip = createGzip();
  gzip.pipe(res);
  const block = Buffer.alloc(64 * 1024, 0x30);
  let written = 0;
  const pump = () => {
    while (written < decodedBytes) {
      written += block.length;
      if (!gzip.write(block)) return void gzip.once('drain', pump);
    }
    gzip.end();
  };
  gzip.write('{"Success":true,"Errors":null,"Data":{"pad":"');
  pump();
}

describe('maxResponseBytes', () => {
  it('a gzip bomb stops at the default 10 MiB (decoded): typed error, connection aborted', async () => {
    let closedEarly: Promise<boolean> | undefined;
    const server = await startServer((_req, res) => {
      closedEarly = new Promise((resolve) => res.on('close', () => resolve(!res.writableFinished)));
      gzipBomb(res, 64 * MiB);
    });
    const haso = createHasoClient({ ...credentials, baseUrl: server.url, retry: false });
    const error = (await haso.getErrorCodes().catch((e: unknown) => e)) as HasoResponseTooLargeError;
    expect(error).toBeInstanceOf(HasoResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 10 * MiB, bodyExcerpt: '' });
    await expect(closedEarly).resolves.toBe(true);
    await server.close();
  });

  it('a smaller limit, and a Content-Length above it refused before reading; not retried', async () => {
    const server = await startServer((_req, res) => answerEnvelope(res, { pad: 'x'.repeat(5000) }));
    const haso = createHasoClient({ ...credentials, baseUrl: server.url, maxResponseBytes: 1000 });
    await expect(haso.getErrorCodes()).rejects.toMatchObject({
      name: 'HasoResponseTooLargeError',
      maxResponseBytes: 1000,
    });
    expect(server.received).toHaveLength(1);
    await expect(
      createHasoClient({ ...credentials, baseUrl: server.url, maxResponseBytes: 6000 }).getErrorCodes(),
    ).resolves.toEqual({ pad: 'x'.repeat(5000) });
    await server.close();
  });
  it('a chunked body without Content-Length is counted as it streams', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      for (let i = 0; i < 32; i++) res.write('x'.repeat(64 * 1024));
      res.end();
    });
    const haso = createHasoClient({ ...credentials, baseUrl: server.url, maxResponseBytes: MiB });
    await expect(haso.getErrorCodes()).rejects.toMatchObject({
      name: 'HasoResponseTooLargeError',
      maxResponseBytes: MiB,
    });
    await server.close();
  });
});

describe('"not sent" is only a failed connect to the configured origin', () => {
  it('a write to a closed port is retried (nothing was sent)', async () => {
    const port = await closedPort();
    const attempts: RequestEvent[] = [];
    const haso = createHasoClient({
      ...credentials,
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { random: () => 0, sleep: async () => {} },
      onRequest: (event) => void attempts.push(event),
    });
    const error = (await haso.reSendKkbPin({ kkbRefNo: 'K' }).catch((e: unknown) => e)) as HasoNetworkError;
    expect(error).toMatchObject({ name: 'HasoNetworkError', code: 'ECONNREFUSED', notSent: true });
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
  });

  it.each([
    ['write', 1],
    ['read', 3],
  ] as const)('a connection reset after the request arrived: a %s is sent %i time(s)', async (kind, times) => {
    const server = await startServer((req) => req.socket.destroy());
    const haso = createHasoClient({
      ...credentials,
      baseUrl: server.url,
      retry: { random: () => 0, sleep: async () => {} },
    });
    const call = kind === 'write' ? haso.reSendKkbPin({ kkbRefNo: 'K' }) : haso.getErrorCodes();
    await expect(call).rejects.toMatchObject({ name: 'HasoNetworkError', notSent: false });
    expect(server.received).toHaveLength(times);
    await server.close();
  });
});

describe('Retry-After on 429 and 503', () => {
  const waitsFor = async (headers: Record<string, string>, status = 503, kind: 'read' | 'write' = 'read') => {
    const server = await startServer((_req, res, n) =>
      n === 1 ? answerEnvelope(res, null, status, headers) : answerEnvelope(res, { ErrorCodes: [] }),
    );
    const waits: number[] = [];
    const haso = createHasoClient({
      ...credentials,
      baseUrl: server.url,
      retry: { random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    });
    const outcome = await (kind === 'read' ? haso.getErrorCodes() : haso.reSendKkbPin({ kkbRefNo: 'K' })).then(
      () => 'resolved',
      (e: Error) => e.name,
    );
    await server.close();
    return { waits, outcome, sent: server.received.length };
  };

  it('a read waits what Retry-After (seconds) or retry-after-ms asks, instead of the backoff', async () => {
    await expect(waitsFor({ 'Retry-After': '1' })).resolves.toEqual({ waits: [1000], outcome: 'resolved', sent: 2 });
    await expect(waitsFor({ 'retry-after-ms': '250', 'Retry-After': '9' }, 429)).resolves.toEqual({
      waits: [250],
      outcome: 'resolved',
      sent: 2,
    });
    await expect(waitsFor({})).resolves.toEqual({ waits: [100], outcome: 'resolved', sent: 2 }); // the backoff
  });

  it('an HTTP date is a wait until then', async () => {
    const { waits } = await waitsFor({ 'Retry-After': new Date(Date.now() + 5000).toUTCString() }, 429);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(5000);
  });

  it('a wait above maxRetryAfterMs (default 60 s) is not retried; a write is never retried after sending', async () => {
    await expect(waitsFor({ 'Retry-After': '3600' })).resolves.toEqual({
      waits: [],
      outcome: 'HasoHttpError',
      sent: 1,
    });
    await expect(waitsFor({ 'Retry-After': '1' }, 503, 'write')).resolves.toEqual({
      waits: [],
      outcome: 'HasoHttpError',
      sent: 1,
    });
  });
});

describe('base URL', () => {
  it('user info is refused with a TypeError that does not print it', () => {
    const error = (() => {
      try {
        createHasoClient({ ...credentials, baseUrl: 'http://merchant:pa55word@127.0.0.1:4010' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a TypeError');
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(`${error.message}${error.stack}`).not.toMatch(/pa55word|merchant:/);
  });

  it('a query or fragment is refused', () => {
    expect(() => createHasoClient({ ...credentials, baseUrl: 'http://127.0.0.1:4010/?a=1' })).toThrow(TypeError);
    expect(() => createHasoClient({ ...credentials, baseUrl: 'http://127.0.0.1:4010/#x' })).toThrow(TypeError);
  });
});
