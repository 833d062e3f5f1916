// Misbehaving servers on 127.0.0.1 for fault injection: a node:http server whose handler chooses the fault, a raw
// `net` server for socket-level faults, and a port that refuses connections. Each counts what it received.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';

/** A running fault server whose current fault (`F`) is set with `use()`. */
export interface FaultServer<F> {
  readonly url: string;
  /** Requests (http) or connections that sent bytes (raw) seen since the last `reset()`. */
  readonly seen: () => number;
  readonly reset: () => void;
  readonly use: (fault: F) => void;
  /** Closes the server and destroys every open connection. */
  readonly close: () => Promise<void>;
}

/** What an http fault does with one request, once its body has been read. */
export type HttpFault = (req: IncomingMessage, res: ServerResponse) => void;

/** What a raw fault does with a socket once the request's first bytes arrived. */
export type SocketFault = (socket: Socket) => void;

/** The current fault and the count of what arrived; `hit()` counts one and returns the fault to apply. */
function faultState<F>(initial: F) {
  let fault = initial;
  let seen = 0;
  return {
    hit: (): F => {
      seen++;
      return fault;
    },
    seen: () => seen,
    reset: () => {
      seen = 0;
    },
    use: (next: F) => {
      fault = next;
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

async function running<F>(
  server: Server,
  state: ReturnType<typeof faultState<F>>,
  dropConnections: () => void,
): Promise<FaultServer<F>> {
  const port = await listen(server);
  const { seen, reset, use } = state;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      dropConnections();
    });
  return { url: `http://127.0.0.1:${port}`, seen, reset, use, close };
}

/** A node:http server on 127.0.0.1; the fault runs once the request body has been read. */
export function startHttpFaultServer(): Promise<FaultServer<HttpFault>> {
  const state = faultState<HttpFault>((_req, res) => res.end());
  const server = createHttpServer((req, res) => {
    const fault = state.hit();
    req.resume();
    req.once('end', () => fault(req, res));
  });
  return running(server, state, () => server.closeAllConnections());
}

/** A raw TCP server on 127.0.0.1; the fault runs when the request's first bytes arrive. */
export function startSocketFaultServer(): Promise<FaultServer<SocketFault>> {
  const state = faultState<SocketFault>((socket) => socket.destroy());
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // the client may reset first; nothing to report
    socket.once('data', () => state.hit()(socket));
  });
  return running(server, state, () => {
    for (const socket of sockets) socket.destroy();
  });
}

/** A loopback port that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
