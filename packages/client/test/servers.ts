// Real servers on 127.0.0.1 (port 0) for the hostile-peer tests: they count what reached them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';

/** A node:http server and what it received. */
export interface TestServer {
  readonly url: string;
  readonly port: number;
  /** Requests received, in order (method, path with query, body text). */
  readonly received: { method: string; url: string; body: string }[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, count: number) => void;

/** Starts a server whose `handler` answers every request (after its body was read). */
export async function startServer(handler: Handler): Promise<TestServer> {
  const received: TestServer['received'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      handler(req, res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Haso success envelope as a JSON answer. */
export function answerEnvelope(
  res: ServerResponse,
  data: unknown = {},
  status = 200,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ Success: status < 300, Errors: status < 300 ? null : ['busy'], Data: data }));
}

/** A raw TCP server on 127.0.0.1 that applies `fault()` to each connection's first bytes, counting them. */
export async function startSocketServer(fault: () => (socket: Socket) => void) {
  const sockets = new Set<Socket>();
  let seen = 0;
  const server = createNetServer((socket) => {
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
