import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { type MockCredentials, TEST_CREDENTIALS } from './credentials.js';
import { MockStartError } from './errors.js';
import { createFrontHandler } from './front-server.js';
import { createLineWriter } from './line-writer.js';
import { defaultSpecPath } from './paths.js';
import { PRISM_HOST, type PrismExit, type PrismProcess, startPrism } from './prism-process.js';
import type { MockLogger } from './request-log.js';
import { loadSpecCatalog, type OperationScenarios } from './spec-catalog.js';
import { createTokenCheck } from './token-check.js';
import { UpstreamPool } from './upstream-pool.js';
import { type SandboxStartOptions, sandboxFor } from './sandbox/options.js';

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
  /** OpenAPI bundle to serve. Default: the copy shipped in the package (dist/openapi.json). */
  specPath?: string;
  /** No per-request log lines. */
  quiet?: boolean;
  /** Receives the log lines. Default: stdout (lines written in batches, at most one write per event-loop turn). */
  logger?: MockLogger;
  /** Pass Prism's `--errors` flag (an example that violates its schema becomes an error answer). Default false. */
  prismErrors?: boolean;
  /** How long to wait for Prism to be ready. Default 30 000 ms. */
  startupTimeoutMs?: number;
  /** Called when Prism exits while the mock runs (not after close()). */
  onPrismExit?: (exit: PrismExit) => void;
}

/** A running mock. */
export interface RunningMock {
  /** Base URL of the front server, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** PID of the Prism child process (its process group leader). */
  readonly prismPid: number;
  /** Every operation's named examples and sandbox scenarios (also served at `GET /__scenarios`). */
  readonly scenarios: readonly OperationScenarios[];
  /** Stops the front server and Prism, and resolves once Prism's process has exited. Idempotent. */
  close(): Promise<void>;
}

const DEFAULT_PORT = 4010;
const DEFAULT_HOST = '127.0.0.1';

/**
 * Starts the Haso mock: the front server (token check, scenarios, CORS, log) on the public port, and Prism behind it
 * on a private loopback port. Resolves once Prism answers; rejects with MockStartError (`PORT_IN_USE`,
 * `SPEC_MISSING`, `PRISM_FAILED`…) without leaving a process behind.
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const specPath = resolve(options.specPath ?? defaultSpecPath);
  const catalog = loadSpecCatalog(specPath);
  const verify = options.verify ?? true;
  const credentials = options.credentials ?? TEST_CREDENTIALS;
  const stdout = createLineWriter(process.stdout); // writes nothing unless it is the logger
  const logger = options.logger ?? stdout.log;
  let upstream: UpstreamPool | undefined;
  const sandbox = sandboxFor(options, {
    specPath,
    merchantId: verify ? credentials.merchantId : undefined,
    log: logger,
  });
  const server = createServer(
    createFrontHandler({
      catalog,
      tokenCheck: verify ? createTokenCheck(credentials) : undefined,
      upstream: () => upstream,
      log: options.quiet ? undefined : logger,
      extension: sandbox,
    }),
  );
  const host = options.host ?? DEFAULT_HOST;
  const port = await listen(server, options.port ?? DEFAULT_PORT, host).catch((error: unknown) => {
    sandbox?.close();
    throw error;
  });

  let prism: PrismProcess;
  try {
    prism = await startPrism({
      specPath,
      errors: options.prismErrors ?? false,
      timeoutMs: options.startupTimeoutMs ?? 30_000,
    });
  } catch (error) {
    sandbox?.close();
    await closeServer(server);
    throw error;
  }
  const pool = new UpstreamPool({ host: PRISM_HOST, port: prism.port });
  upstream = pool;

  let closing: Promise<void> | undefined;
  void prism.exited.then((exit) => {
    if (closing) return;
    upstream = undefined;
    pool.close();
    logger(`haso-mock: Prism exited unexpectedly (${exit.signal ?? `exit code ${exit.code}`})`);
    options.onPrismExit?.(exit);
  });
  const close = (): Promise<void> => {
    closing ??= Promise.all([closeServer(server), prism.stop()]).then(() => {
      sandbox?.close();
      pool.close();
      stdout.flush();
    });
    return closing;
  };
  return { url: `http://${urlHost(host)}:${port}`, port, prismPid: prism.pid, scenarios: catalog.scenarios, close };
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
