import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { type MockCredentials, TEST_CREDENTIALS } from './credentials.js';
import { MockStartError } from './errors.js';
import { FaultQueue } from './faults.js';
import type { FrontExtension } from './front-extension.js';
import { createFrontHandler } from './front-server.js';
import { checkLatency, type LatencyRange } from './latency.js';
import { createLineWriter } from './line-writer.js';
import type { PrismSource } from './operation-call.js';
import { defaultSpecPath } from './paths.js';
import type { PrismExit } from './prism-process.js';
import { PrismSupervisor } from './prism-supervisor.js';
import { RequestJournal } from './request-journal.js';
import type { MockLogger } from './request-log.js';
import { type SandboxStartOptions, sandboxFor } from './sandbox/options.js';
import { loadSpecCatalog, type OperationScenarios } from './spec-catalog.js';
import { createTokenCheck } from './token-check.js';

/** Options of {@link startMock}; every one has a default. */
export interface StartMockOptions extends SandboxStartOptions {
  /** Public port of the front server; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Check requestTokens of signed operations. Default true (`--no-verify` turns it off). */
  verify?: boolean;
  /** Credentials tokens are checked against. Default {@link TEST_CREDENTIALS}. */
  credentials?: MockCredentials;
  /** OpenAPI bundle to serve. Default: @haso-toolkit/spec's bundle ({@link defaultSpecPath}). */
  specPath?: string;
  /** No per-request log lines. */
  quiet?: boolean;
  /** Receives the log lines. Default: stdout (lines written in batches, at most one write per event-loop turn). */
  logger?: MockLogger;
  /** Pass Prism's `--errors` flag (an example that violates its schema becomes an error answer). Default false. */
  prismErrors?: boolean;
  /** How long to wait for Prism to be ready. Default 30 000 ms. */
  startupTimeoutMs?: number;
  /** Each request is answered within this long of its arrival (latency and faults aside). Default 15 000 ms. */
  requestTimeoutMs?: number;
  /** Latency added to every answer of an operation: ms, or a range drawn uniformly. Default none. */
  latency?: number | LatencyRange;
  /** Called when Prism exits while the mock runs (not after close()); the mock restarts it. */
  onPrismExit?: (exit: PrismExit) => void;
  /** Called when Prism cannot be restarted (three failed starts in a row); operation calls then get 503. */
  onPrismLost?: (error: Error) => void;
  /** What extends the front (the sandbox). */
  extension?: FrontExtension;
}

/** A running mock. */
export interface RunningMock {
  /** Base URL of the front server, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** PID of the current Prism child process (its process group leader); it changes when Prism is restarted. */
  readonly prismPid: number;
  /** Every operation's named examples and sandbox scenarios (also served at `GET /__scenarios`). */
  readonly scenarios: readonly OperationScenarios[];
  /** Stops the front server and Prism, and resolves once Prism's process has exited. Idempotent. */
  close(): Promise<void>;
}

const DEFAULT_PORT = 4010;
const DEFAULT_HOST = '127.0.0.1';
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The front server's own timeouts: request line and headers within 10 s (slowloris), the whole request within 30 s
 * (the request deadline answers 408 sooner), idle keep-alive connections closed after 5 s; checked every second.
 */
const SERVER_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 } as const;
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/**
 * Starts the Haso mock: the front server (token check, scenarios, CORS, log) on the public port, and Prism behind it
 * on a private loopback port, restarted if it dies. Resolves once Prism answers; rejects with MockStartError
 * (`PORT_IN_USE`, `SPEC_MISSING`, `PRISM_FAILED`…) without leaving a process behind, or TypeError for a bad option.
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const port = checkInteger('port', options.port ?? DEFAULT_PORT, 0, 65_535);
  const deadlineMs = checkInteger('requestTimeoutMs', options.requestTimeoutMs ?? 15_000, 1, MAX_TIMER_MS);
  const startupTimeoutMs = checkInteger('startupTimeoutMs', options.startupTimeoutMs ?? 30_000, 1, MAX_TIMER_MS);
  const latency = options.latency === undefined ? undefined : checkLatency(options.latency);
  const specPath = resolve(options.specPath ?? defaultSpecPath);
  const catalog = loadSpecCatalog(specPath);
  const verify = options.verify ?? true;
  const stdout = createLineWriter(process.stdout); // writes nothing unless it is the logger
  const logger = options.logger ?? stdout.log;

  let starting: Promise<PrismSupervisor> | undefined;
  let supervisor: PrismSupervisor | undefined;
  const prism: PrismSource = {
    get current() {
      return supervisor?.current;
    },
    whenReady: async (stale, signal) =>
      (supervisor ?? (await starting?.catch(() => undefined)))?.whenReady(stale, signal),
  };
  const credentials = options.credentials ?? TEST_CREDENTIALS;
  // The sandbox extends the front unless the caller brings its own extension or asks for --stateless.
  const journal = new RequestJournal();
  const sandbox = options.extension
    ? undefined
    : sandboxFor(options, {
        specPath,
        merchantId: verify ? credentials.merchantId : undefined,
        log: logger,
        record: (entry) => journal.add(entry),
      });
  const extension = options.extension ?? sandbox;
  const server = createServer(
    { ...SERVER_TIMEOUTS, connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS },
    createFrontHandler({
      catalog,
      tokenCheck: verify ? createTokenCheck(credentials) : undefined,
      prism,
      faults: new FaultQueue(),
      journal,
      latency,
      deadlineMs,
      extension,
      log: options.quiet ? undefined : logger,
    }),
  );
  Object.assign(server, SERVER_TIMEOUTS);
  server.on('connect', refuseConnect);
  const host = options.host ?? DEFAULT_HOST;
  const listening = await listen(server, port, host).catch((error: unknown) => {
    sandbox?.close();
    throw error;
  });

  starting = PrismSupervisor.start({
    specPath,
    errors: options.prismErrors ?? false,
    timeoutMs: startupTimeoutMs,
    deadlineMs,
    log: logger,
    onExit: options.onPrismExit,
    onLost: options.onPrismLost,
  });
  try {
    supervisor = await starting;
  } catch (error) {
    sandbox?.close();
    await closeServer(server);
    throw error;
  }
  const running = supervisor;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= Promise.all([closeServer(server), running.close()]).then(() => {
      sandbox?.close();
      stdout.flush();
    });
    return closing;
  };
  return {
    url: `http://${urlHost(host)}:${listening}`,
    port: listening,
    get prismPid() {
      return running.pid;
    },
    scenarios: catalog.scenarios,
    close,
  };
}

/** `CONNECT` (a proxy tunnel) is no operation: a 405 and the connection closed, instead of Node's silent drop. */
function refuseConnect(_req: unknown, socket: Duplex): void {
  const body = JSON.stringify({ Success: false, Errors: ['haso-mock: CONNECT is not supported'], Data: null });
  socket.on('error', () => {});
  socket.end(
    'HTTP/1.1 405 Method Not Allowed\r\nAllow: POST, GET, OPTIONS\r\nConnection: close\r\n' +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function checkInteger(name: string, value: unknown, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new TypeError(`startMock: ${name} must be a whole number from ${min} to ${max}`);
  }
  return value as number;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new MockStartError('PORT_IN_USE', `port ${port} on ${host} is already in use (try --port <n>)`));
      } else {
        reject(
          new MockStartError('LISTEN_FAILED', `cannot listen on ${host}:${port} (${error.code ?? error.message})`),
        );
      }
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
