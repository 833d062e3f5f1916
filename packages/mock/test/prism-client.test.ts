import { once } from 'node:events';
import { createServer as createNetServer, type Socket } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { askPrism, createPrismPool, prismHeaders } from '../src/prism-client.js';
import { operations, post, responseExamples, validRequest } from './helpers.js';

describe('prismHeaders', () => {
  // prettier-ignore
  const raw = [
    'Host',
    'localhost:4010',
    'Content-Type',
    'application/json',
    'Connection',
    'close',
    'Content-Length',
    '999',
    'Prefer',
    'code=200',
    'X-Trace',
    'a',
    'X-Trace',
    'b',
    'Transfer-Encoding',
    'chunked',
    'Keep-Alive',
    'timeout=1',
  ];

  it('keeps the client’s end-to-end headers in order, without hop-by-hop ones, Host or Content-Length', () => {
    expect(prismHeaders(raw, 'code=200')).toEqual([
      'Content-Type',
      'application/json',
      'X-Trace',
      'a',
      'X-Trace',
      'b',
      'prefer',
      'code=200',
    ]);
  });

  it('sends the chosen Prefer in place of the client’s, or none', () => {
    const headers = prismHeaders(raw, 'code=200, example=success');
    expect(headers.filter((name) => name.toLowerCase() === 'prefer')).toHaveLength(1);
    expect(headers.at(-1)).toBe('code=200, example=success');
    expect(prismHeaders(raw, undefined).map((name) => name.toLowerCase())).not.toContain('prefer');
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

describe('askPrism when Prism does not answer properly', () => {
  const closers: (() => unknown)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function listening(handler: (socket: Socket) => void): Promise<number> {
    const server = createNetServer(handler).listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => server.close());
    return (server.address() as { port: number }).port;
  }

  function ask(port: number, deadlineMs = 15_000, stop = { aborted: false }) {
    const pool = createPrismPool('127.0.0.1', port, deadlineMs);
    closers.push(() => pool.destroy());
    return askPrism(pool, { method: 'POST', path: '/x', headers: [], body: Buffer.from('{}'), stop });
  }

  it('a connection closed before the answer is a reset (Prism may have died)', async () => {
    const port = await listening((socket) => socket.on('data', () => socket.destroy()));
    expect(await ask(port)).toMatchObject({ failure: 'reset', code: 'UND_ERR_SOCKET' });
  });

  it('no answer within the deadline is a timeout', async () => {
    const port = await listening(() => {}); // accepts, never answers
    expect(await ask(port, 50)).toMatchObject({ failure: 'timeout', code: 'UND_ERR_HEADERS_TIMEOUT' });
  });

  it('something that is not HTTP is a failure', async () => {
    const port = await listening((socket) => socket.on('data', () => socket.write('garbage\r\n\r\n')));
    expect(await ask(port)).toMatchObject({ failure: 'failed' });
  });

  it('a refused connection is "not sent" (the supervisor may send it to a restarted Prism)', async () => {
    const port = await listening(() => {});
    closers.pop()!(); // closed again: nothing listens on the port
    expect(await ask(port)).toMatchObject({ failure: 'not-sent', code: 'ECONNREFUSED' });
  });

  it('a request stopped before it reaches a connection is never sent', async () => {
    let received = 0;
    const port = await listening((socket) => socket.on('data', () => received++));
    expect(await ask(port, 15_000, { aborted: true })).toMatchObject({ failure: 'aborted' });
    expect(received).toBe(0);
  });
});
