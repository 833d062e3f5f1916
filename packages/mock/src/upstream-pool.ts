import { connect, type Socket } from 'node:net';
import { AnswerParser, type ParsedAnswer } from './answer-parser.js';

/** Why a request to Prism got no answer: `code` is ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPROTO, ECLOSED… */
export interface UpstreamError extends Error {
  readonly code: string;
}

/** Receives Prism's answer, or the reason there is none. Called exactly once. */
export type AnswerCallback = (error: UpstreamError | undefined, answer: ParsedAnswer | undefined) => void;

export interface UpstreamPoolOptions {
  readonly host: string;
  readonly port: number;
  /**
   * Connections open at most; further requests wait for a free one, first come first served. Default 16: Prism works
   * through its requests one at a time, and more connections only make later ones wait longer (and a burst of new
   * connections waits for Prism to accept them one per turn of its event loop while it serves the others).
   */
  readonly maxSockets?: number;
  /** A request Prism has not answered after this long fails with ETIMEDOUT. Default 15 000 ms. */
  readonly timeoutMs?: number;
  /**
   * Idle connections are closed after this long. Default: shortly before the `Keep-Alive: timeout=<s>` the server
   * announces (Prism: 5 s), so that bursts a few seconds apart find their connections open; 4 s if it announces none.
   */
  readonly idleMs?: number;
}

interface Exchange {
  /** The request head and body, written with one `writev`. */
  readonly head: string;
  readonly body: Buffer;
  readonly noBody: boolean;
  readonly done: AnswerCallback;
  started: number;
  /** Already retried once after a reused connection was closed under it. */
  retried: boolean;
}

interface Connection {
  readonly socket: Socket;
  readonly parser: AnswerParser;
  exchange: Exchange | undefined;
  /** Answers received on this connection (0: fresh). */
  served: number;
  idleSince: number;
  idleMs: number;
}

const DEFAULT_MAX_SOCKETS = 16;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_IDLE_MS = 4_000;
/** How long before the server's announced keep-alive timeout an idle connection is closed. */
const KEEP_ALIVE_MARGIN_MS = 500;
const SWEEP_EVERY_MS = 250;

/**
 * Keep-alive HTTP/1.1 connections from the front to Prism, one request at a time each, reused most-recent first.
 * A request written on a reused connection that Prism closes before answering is retried once on another one (Prism
 * closes idle connections after its keep-alive timeout). One timer sweeps for timed-out requests and idle connections,
 * so a request costs no timer of its own.
 */
export class UpstreamPool {
  readonly host: string;
  readonly port: number;
  readonly #maxSockets: number;
  readonly #timeoutMs: number;
  /** The `idleMs` option, if given. */
  readonly #idleMs: number | undefined;
  readonly #connections = new Set<Connection>();
  /** Free connections; the last one is reused first. */
  readonly #idle: Connection[] = [];
  readonly #queue: Exchange[] = [];
  readonly #sweepEveryMs: number;
  #sweeper: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: UpstreamPoolOptions) {
    this.host = options.host;
    this.port = options.port;
    this.#maxSockets = options.maxSockets ?? DEFAULT_MAX_SOCKETS;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#idleMs = options.idleMs;
    const shortest = Math.min(this.#timeoutMs, this.#idleMs ?? DEFAULT_IDLE_MS);
    this.#sweepEveryMs = Math.min(SWEEP_EVERY_MS, Math.max(10, shortest / 4));
  }

  /** Connections currently open (in use or idle). */
  get openConnections(): number {
    return this.#connections.size;
  }

  /**
   * Sends one request: `head` is the request line and header fields up to and including the blank line (latin1, as
   * Node's parser decoded them), `body` the exact body bytes.
   */
  request(head: string, body: Buffer, done: AnswerCallback, options: { noBody?: boolean } = {}): void {
    if (this.#closed) return done(upstreamError('ECLOSED', 'the mock is closing'), undefined);
    this.#dispatch({ head, body, noBody: options.noBody ?? false, done, started: 0, retried: false });
  }

  /** Closes every connection; requests in flight or waiting fail with ECLOSED. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#sweeper);
    this.#sweeper = undefined;
    for (const exchange of this.#queue.splice(0)) {
      exchange.done(upstreamError('ECLOSED', 'the mock is closing'), undefined);
    }
    for (const connection of this.#connections) connection.socket.destroy();
  }

  #dispatch(exchange: Exchange): void {
    const connection = this.#idle.pop();
    if (connection) return this.#send(connection, exchange);
    if (this.#connections.size < this.#maxSockets) return this.#send(this.#open(), exchange);
    this.#queue.push(exchange);
  }

  #send(connection: Connection, exchange: Exchange): void {
    connection.exchange = exchange;
    connection.parser.reset(exchange.noBody);
    exchange.started = Date.now();
    const { socket } = connection;
    socket.cork();
    socket.write(exchange.head, 'latin1');
    if (exchange.body.length > 0) socket.write(exchange.body);
    socket.uncork();
  }

  #open(): Connection {
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    const connection: Connection = {
      socket,
      parser: new AnswerParser(),
      exchange: undefined,
      served: 0,
      idleSince: 0,
      idleMs: this.#idleMs ?? DEFAULT_IDLE_MS,
    };
    this.#connections.add(connection);
    this.#sweeper ??= setInterval(() => this.#sweep(), this.#sweepEveryMs).unref();
    let failure: NodeJS.ErrnoException | undefined;
    socket.on('data', (data: Buffer) => this.#onData(connection, data));
    socket.on('error', (error: NodeJS.ErrnoException) => (failure = error));
    socket.on('end', () => {
      if (!connection.exchange) this.#discard(connection); // Prism closed an idle connection
    });
    socket.on('close', () => this.#onClose(connection, failure));
    return connection;
  }

  #onData(connection: Connection, data: Buffer): void {
    const exchange = connection.exchange;
    if (!exchange) return this.#discard(connection); // Prism never speaks unasked
    let answer: ParsedAnswer | undefined;
    try {
      answer = connection.parser.push(data);
    } catch (error) {
      connection.exchange = undefined;
      this.#discard(connection);
      return exchange.done(upstreamError('EPROTO', (error as Error).message), undefined);
    }
    if (!answer) return;
    connection.exchange = undefined;
    connection.served++;
    if (answer.keepAliveMs !== undefined) {
      const announced = answer.keepAliveMs - KEEP_ALIVE_MARGIN_MS;
      connection.idleMs = Math.min(announced, this.#idleMs ?? announced);
    }
    if (answer.keepAlive && connection.idleMs > 0 && !this.#closed) this.#release(connection);
    else this.#discard(connection);
    exchange.done(undefined, answer);
  }

  #onClose(connection: Connection, failure: NodeJS.ErrnoException | undefined): void {
    this.#connections.delete(connection);
    const at = this.#idle.indexOf(connection);
    if (at >= 0) this.#idle.splice(at, 1);
    const exchange = connection.exchange;
    connection.exchange = undefined;
    if (exchange) {
      const answer = connection.parser.end();
      if (answer) exchange.done(undefined, answer);
      else if (connection.served > 0 && !connection.parser.started && !exchange.retried && !this.#closed) {
        exchange.retried = true; // Prism closed an idle connection just as we reused it
        this.#dispatch(exchange);
      } else {
        const code = exchange.started < 0 ? 'ETIMEDOUT' : this.#closed ? 'ECLOSED' : (failure?.code ?? 'ECONNRESET');
        exchange.done(upstreamError(code, failure?.message ?? 'connection closed before the answer'), undefined);
      }
    }
    const waiting = this.#queue.shift();
    if (waiting) this.#dispatch(waiting);
    if (this.#connections.size === 0) {
      clearInterval(this.#sweeper);
      this.#sweeper = undefined;
    }
  }

  #release(connection: Connection): void {
    const waiting = this.#queue.shift();
    if (waiting) return this.#send(connection, waiting);
    connection.idleSince = Date.now();
    this.#idle.push(connection);
  }

  /** Closes a connection now; it is never handed out again, even before its `close` event. */
  #discard(connection: Connection): void {
    this.#connections.delete(connection);
    const at = this.#idle.indexOf(connection);
    if (at >= 0) this.#idle.splice(at, 1);
    connection.socket.destroy();
  }

  /** Times out requests, and closes connections that would pass their idle limit before the next sweep. */
  #sweep(): void {
    const now = Date.now();
    for (const connection of this.#connections) {
      const exchange = connection.exchange;
      if (exchange && now - exchange.started >= this.#timeoutMs) {
        exchange.started = -1; // marks the close as a timeout
        this.#discard(connection);
      } else if (!exchange && now - connection.idleSince + this.#sweepEveryMs >= connection.idleMs) {
        this.#discard(connection);
      }
    }
  }
}

function upstreamError(code: string, message: string): UpstreamError {
  return Object.assign(new Error(message), { code });
}
