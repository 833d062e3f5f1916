import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedAnswer } from '../src/answer-parser.js';
import { type UpstreamError, UpstreamPool, type UpstreamPoolOptions } from '../src/upstream-pool.js';

const HOST = '127.0.0.1';
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0).reverse()) step();
});

async function listen(server: Server): Promise<number> {
  server.listen(0, HOST);
  await once(server, 'listening');
  cleanup.push(() => {
    server.close();
    (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  return (server.address() as { port: number }).port;
}

/** An HTTP server (Node's, like Prism's) answering `<method> <url> <body>`, counting connections. */
async function echoServer(
  handle?: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ port: number; connections: Socket[] }> {
  const connections: Socket[] = [];
  const server = createHttpServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => (handle ? handle(req, res, body) : res.end(`${req.method} ${req.url} ${body}`)));
  });
  server.on('connection', (socket: Socket) => connections.push(socket));
  return { port: await listen(server), connections };
}

function pool(port: number, options: Partial<UpstreamPoolOptions> = {}): UpstreamPool {
  const created = new UpstreamPool({ host: HOST, port, ...options });
  cleanup.push(() => created.close());
  return created;
}

function head(path: string, bodyLength: number, extra = ''): string {
  return `POST ${path} HTTP/1.1\r\nHost: ${HOST}\r\n${extra}Content-Length: ${bodyLength}\r\n\r\n`;
}

/** One request through the pool, as a promise. */
function send(upstream: UpstreamPool, path: string, body = 'x', extra = ''): Promise<ParsedAnswer> {
  return new Promise((resolve, reject) => {
    upstream.request(head(path, Buffer.byteLength(body), extra), Buffer.from(body), (error, answer) =>
      answer ? resolve(answer) : reject(error),
    );
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  return promise.then(
    () => expect.fail('expected the request to fail'),
    (error: UpstreamError) => error,
  );
}

describe('UpstreamPool', () => {
  it('sends head and body as given, and reuses one keep-alive connection for requests in sequence', async () => {
    const server = await echoServer();
    const upstream = pool(server.port);
    for (let i = 0; i < 5; i++) {
      const answer = await send(upstream, `/op?i=${i}`, `{"i":${i}}`);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe(`POST /op?i=${i} {"i":${i}}`);
    }
    expect(server.connections).toHaveLength(1);
    expect(upstream.openConnections).toBe(1);
  });

  it('opens at most maxSockets connections; further requests wait for a free one', async () => {
    // Answers are held until two requests are in flight at once: both connections are used side by side.
    const held: (() => void)[] = [];
    const server = await echoServer((_req, res, body) => {
      held.push(() => res.end(body));
      if (held.length === 2) for (const answer of held.splice(0)) answer();
    });
    const upstream = pool(server.port, { maxSockets: 2 });
    const bodies = Array.from({ length: 8 }, (_, i) => `request ${i}`);
    const answers = Promise.all(bodies.map((body) => send(upstream, '/op', body)));
    expect(upstream.openConnections).toBe(2);
    expect((await answers).map((answer) => answer.body.toString())).toEqual(bodies);
    expect(server.connections).toHaveLength(2);
  });

  it('retries once on a fresh connection when Prism closes a reused one before answering', async () => {
    const sockets: Socket[] = [];
    const server = createNetServer((socket) => {
      sockets.push(socket);
      let requests = 0;
      socket.on('data', () => {
        // the first connection answers once and then closes under the next request, as an idle timeout would
        if (sockets.length === 1 && ++requests === 2) return void socket.destroy();
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      });
    });
    const upstream = pool(await listen(server));
    expect((await send(upstream, '/first')).body.toString()).toBe('ok');
    expect((await send(upstream, '/second')).body.toString()).toBe('ok');
    expect(sockets).toHaveLength(2);
  });

  it('does not retry on a fresh connection, nor after Prism started answering', async () => {
    const fresh = createNetServer((socket) => socket.on('data', () => socket.destroy()));
    expect((await failure(send(pool(await listen(fresh)), '/op'))).code).toMatch(/^(ECONNRESET|EPIPE)$/);

    let connections = 0;
    const halfway = createNetServer((socket) => {
      connections++;
      socket.on('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\ncut'));
    });
    expect((await failure(send(pool(await listen(halfway)), '/op'))).code).toBe('ECONNRESET');
    expect(connections).toBe(1);
  });

  it('reads an answer whose body ends with the connection, then opens a new connection', async () => {
    const server = createNetServer((socket) => {
      socket.on('data', () => socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end'));
    });
    const upstream = pool(await listen(server));
    expect((await send(upstream, '/a')).body.toString()).toBe('until the end');
    expect((await send(upstream, '/b')).body.toString()).toBe('until the end');
  });

  it('fails with ECONNREFUSED when nothing listens', async () => {
    const server = createNetServer();
    const port = await listen(server);
    server.close();
    await once(server, 'close');
    expect((await failure(send(pool(port), '/op'))).code).toBe('ECONNREFUSED');
  });

  it('fails with ETIMEDOUT when no answer comes, and closes that connection', async () => {
    const server = await echoServer(() => {}); // never answers
    const upstream = pool(server.port, { timeoutMs: 50 });
    expect((await failure(send(upstream, '/op'))).code).toBe('ETIMEDOUT');
    await closed(server.connections[0]!);
    expect(upstream.openConnections).toBe(0);
  });

  it('fails with EPROTO on an answer that is not HTTP', async () => {
    const server = createNetServer((socket) => socket.on('data', () => socket.write('SSH-2.0-OpenSSH\r\n\r\n')));
    expect((await failure(send(pool(await listen(server)), '/op'))).code).toBe('EPROTO');
  });

  it('closes idle connections before the keep-alive timeout Prism announces', async () => {
    const server = await echoServer();
    const upstream = pool(server.port, { idleMs: 30 });
    await send(upstream, '/op');
    await closed(server.connections[0]!); // closed by the pool (Node's server would wait 5 s)
    expect(upstream.openConnections).toBe(0);
    expect((await send(upstream, '/op')).status).toBe(200);
    expect(server.connections).toHaveLength(2);
  });

  it('does not keep a connection whose announced keep-alive timeout leaves no safe idle time', async () => {
    const server = await echoServer((_req, res, body) => {
      res.setHeader('keep-alive', 'timeout=0');
      res.end(body);
    });
    const upstream = pool(server.port);
    await send(upstream, '/a');
    await send(upstream, '/b');
    expect(server.connections).toHaveLength(2);
  });

  it('close() fails requests in flight and waiting with ECLOSED, and later ones at once', async () => {
    let arrived!: () => void;
    const received = new Promise<void>((resolve) => (arrived = resolve));
    const server = await echoServer(() => arrived()); // never answers
    const upstream = pool(server.port, { maxSockets: 1 });
    const inFlight = failure(send(upstream, '/first'));
    const waiting = failure(send(upstream, '/second'));
    await received;
    upstream.close();
    expect((await inFlight).code).toBe('ECLOSED');
    expect((await waiting).code).toBe('ECLOSED');
    expect((await failure(send(upstream, '/third'))).code).toBe('ECLOSED');
  });

  it('passes a 4xx answer on like any other', async () => {
    const server = await echoServer((_req, res) => {
      res.writeHead(422, { 'content-type': 'application/problem+json', 'sl-violations': '[]' });
      res.end('{"status":422}');
    });
    const answer = await send(pool(server.port), '/op', '{}', 'Prefer: example=x\r\n');
    expect(answer.status).toBe(422);
    expect(answer.headers).toEqual(expect.arrayContaining(['sl-violations', '[]']));
    expect(JSON.parse(answer.body.toString())).toEqual({ status: 422 });
  });
});

/** Resolves once the socket has closed (at once if it already has). */
async function closed(socket: Socket): Promise<void> {
  if (!socket.closed) await once(socket, 'close');
}
