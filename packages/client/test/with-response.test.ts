// `.withResponse()` on every call shape, the answer's status and headers on every HasoError from an HTTP answer, and
// per-call / default headers (a real server on 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHasoCore } from '../src/core-entry.node.js';
import { createHasoClient, HasoApiError, type HasoError } from '../src/index.node.js';
import { reSendKkbPin } from '../src/operations-entry.js';
import { credentials } from './helpers.js';
import { answerEnvelope, startServer, type TestServer } from './servers.js';

let server: TestServer;
const seenHeaders: Record<string, string | string[] | undefined>[] = [];
beforeAll(async () => {
  server = await startServer((req, res) => {
    seenHeaders.push(req.headers);
    const mode = req.headers['x-answer'];
    const headers = { 'X-Request-Id': `req-${seenHeaders.length}` };
    if (mode === 'api') {
      res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify({ Success: false, Errors: ['H307 - refund exists'], Data: null }));
    } else if (mode === 'http') {
      res.writeHead(502, { 'Content-Type': 'text/html', ...headers });
      res.end('<html>bad gateway</html>');
    } else if (mode === 'shape') {
      res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
      res.end('{"Data":{}}');
    } else {
      answerEnvelope(res, { KkbRefNo: 'KKB-1' }, 200, headers);
    }
  });
});
afterAll(() => server.close());

const options = { ...credentials, retry: false as const };

describe('withResponse', () => {
  it('gives { data, response } on an operation method, client.call and core.call', async () => {
    const haso = createHasoClient({ ...options, baseUrl: server.url });
    const core = createHasoCore({ ...credentials, baseUrl: server.url });
    for (const promise of [
      haso.reSendKkbPin({ kkbRefNo: 'K' }),
      haso.call(reSendKkbPin, { kkbRefNo: 'K' }),
      core.call(reSendKkbPin, { kkbRefNo: 'K' }),
    ]) {
      const { data, response } = await promise.withResponse();
      expect(data).toEqual({ KkbRefNo: 'KKB-1' });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toMatch(/^req-\d+$/);
      expect(response.bodyUsed).toBe(true);
      await expect(promise).resolves.toBe(data);
    }
  });

  it('rejects like the call, without an unhandled rejection of the data promise', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const haso = createHasoClient({ ...options, baseUrl: server.url, defaultHeaders: { 'X-Answer': 'api' } });
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' }).withResponse()).rejects.toBeInstanceOf(HasoApiError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});

describe('errors from an HTTP answer carry status and headers', () => {
  it.each([
    ['api', 'HasoApiError', 200],
    ['http', 'HasoHttpError', 502],
    ['shape', 'HasoResponseShapeError', 200],
  ])('%s → %s', async (mode, name, status) => {
    const haso = createHasoClient({ ...options, baseUrl: server.url });
    const error = (await haso
      .reSendKkbPin({ kkbRefNo: 'K' }, { headers: { 'x-answer': mode } })
      .catch((e) => e)) as HasoError;
    expect(error).toMatchObject({ name, status });
    expect(error.headers?.get('x-request-id')).toMatch(/^req-\d+$/);
  });
});

describe('headers', () => {
  it('sends defaultHeaders and per-call headers (per call wins, any spelling); Content-Type stays JSON', async () => {
    const haso = createHasoClient({
      ...options,
      baseUrl: server.url,
      defaultHeaders: { 'X-Shop': 'default', 'X-Trace': 'a' },
    });
    seenHeaders.length = 0;
    await haso.reSendKkbPin({ kkbRefNo: 'K' }, { headers: { 'x-trace': 'b' } });
    await haso.reSendKkbPin({ kkbRefNo: 'K' });
    expect(seenHeaders.map((h) => [h['x-shop'], h['x-trace'], h['content-type']])).toEqual([
      ['default', 'b', 'application/json'],
      ['default', 'a', 'application/json'],
    ]);
  });
});
