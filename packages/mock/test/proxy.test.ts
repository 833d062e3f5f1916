import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { forwardToPrism, requestHead } from '../src/proxy.js';
import { UpstreamPool } from '../src/upstream-pool.js';
import { operations, post, responseExamples, validRequest } from './helpers.js';

const prism = { host: '127.0.0.1', port: 4011 };

describe('requestHead', () => {
  const req = {
    method: 'POST',
    url: '/RequestV2/ReSendKkbPin?__code=200',
    // prettier-ignore
    rawHeaders: [
      'Host', 'localhost:4010',
      'Content-Type', 'application/json',
      'Connection', 'close',
      'Content-Length', '999',
      'Prefer', 'code=200',
      'X-Trace', 'a',
      'X-Trace', 'b',
      'Transfer-Encoding', 'chunked',
      'Keep-Alive', 'timeout=1',
    ],
  };

  it('keeps the client’s end-to-end headers in order and sets Host, Content-Length and Connection', () => {
    expect(requestHead(req, 12, undefined, prism)).toBe(
      'POST /RequestV2/ReSendKkbPin?__code=200 HTTP/1.1\r\n' +
        'Host: 127.0.0.1:4011\r\n' +
        'Content-Type: application/json\r\n' +
        'Prefer: code=200\r\n' +
        'X-Trace: a\r\n' +
        'X-Trace: b\r\n' +
        'Content-Length: 12\r\n' +
        'Connection: keep-alive\r\n\r\n',
    );
  });

  it('replaces the client’s Prefer with the chosen one', () => {
    const head = requestHead(req, 12, 'code=200, example=success', prism);
    expect(head).toContain('\r\nPrefer: code=200, example=success\r\n');
    expect(head.match(/Prefer:/g)).toHaveLength(1);
  });

  it('refuses a Prefer value that would break the head', () => {
    expect(() => requestHead(req, 0, 'example=x\r\nX-Injected: 1', prism)).toThrow(TypeError);
    expect(() => requestHead(req, 0, 'example=ş', prism)).toThrow(TypeError);
  });
});

describe('forwarding to Prism', () => {
  const url = inject('mockUrl');
  const op = operations.find((o) => o.operationId === 'reSendKkbPin')!;

  it('answers many requests at once (more than the pool’s connections), each with its own example', async () => {
    const { body } = validRequest(op.post);
    const examples = responseExamples(op.post);
    const names = ['success', 'failure', 'invalidToken'].filter((name) => examples.has(name));
    expect(names.length).toBeGreaterThan(1);
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        post(url, op.path, body, { headers: { prefer: `example=${names[i % names.length]}` } }),
      ),
    );
    answers.forEach((answer, i) => {
      expect(answer.status, answer.text).toBe(200);
      expect(answer.json()).toEqual(examples.get(names[i % names.length]!)!.value);
    });
  });

  it('passes Prism’s headers on with the exact Content-Length', async () => {
    const { body } = validRequest(op.post);
    const answer = await post(url, op.path, body);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(answer.text)));
    expect(answer.headers.get('transfer-encoding')).toBeNull();
  });
});

describe('forwardToPrism when Prism does not answer', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  /** A front that forwards every request to `port` through a pool with the given timeout. */
  async function front(port: number, timeoutMs = 15_000): Promise<string> {
    const pool = new UpstreamPool({ host: '127.0.0.1', port, timeoutMs });
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => forwardToPrism(req, res, Buffer.concat(chunks), undefined, pool));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => {
      pool.close();
      server.close();
      server.closeAllConnections();
    });
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  async function listening(handler: (socket: Socket) => void): Promise<number> {
    const server = createNetServer(handler).listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => server.close());
    return (server.address() as { port: number }).port;
  }

  it('answers 502 with an envelope-like JSON when Prism closes the connection', async () => {
    const port = await listening((socket) => socket.on('data', () => socket.destroy()));
    const answer = await post(await front(port), '/x', '{}');
    expect(answer.status).toBe(502);
    expect(answer.json()).toEqual({
      Success: false,
      Errors: [expect.stringMatching(/^haso-mock: Prism did not answer \((ECONNRESET|EPIPE)\)$/)],
      Data: null,
    });
  });

  it('answers 504 when Prism keeps the request past the timeout', async () => {
    const port = await listening(() => {}); // accepts, never answers
    const answer = await post(await front(port, 50), '/x', '{}');
    expect(answer.status).toBe(504);
    expect(answer.json()).toMatchObject({ Errors: ['haso-mock: Prism did not answer (ETIMEDOUT)'] });
  });

  it('answers 502 when Prism sends something that is not HTTP', async () => {
    const port = await listening((socket) => socket.on('data', () => socket.write('garbage\r\n\r\n')));
    const answer = await post(await front(port), '/x', '{}');
    expect(answer.status).toBe(502);
    expect(answer.text).toContain('EPROTO');
  });
});
