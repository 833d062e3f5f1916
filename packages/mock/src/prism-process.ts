import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { MockStartError } from './errors.js';
import { findFreePort } from './free-port.js';
import { OutputTail } from './output-tail.js';
import { prismChildScript } from './paths.js';

/** Prism always listens on the loopback interface; only the front server is public. */
export const PRISM_HOST = '127.0.0.1';

/** How a Prism child process ended. */
export interface PrismExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A running Prism child process. */
export interface PrismProcess {
  readonly pid: number;
  readonly port: number;
  /** Settles when the process has exited (expectedly or not). */
  readonly exited: Promise<PrismExit>;
  /** Ends Prism's process group and waits for the exit (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** The OpenAPI document Prism serves. */
  readonly specPath: string;
  /** Prism's `--errors`: response violations become error answers. */
  readonly errors?: boolean;
  /** How long to wait for Prism to answer on its port. */
  readonly timeoutMs: number;
}

const ATTEMPTS = 3;
const POLL_MS = 50;
const STOP_GRACE_MS = 3000;

/**
 * Starts Prism (prism-child.js: Prism's own server, routing by exact path, see prism-server.ts) on 127.0.0.1 and a free port as a
 * child process in its own process group, and resolves once it answers HTTP on that port. Retries on another port if
 * the free port was taken in between. Prism reads the local spec file only (the bundle has no external `$ref`s), so
 * it makes no network calls.
 */
export async function startPrism(options: StartPrismOptions): Promise<PrismProcess> {
  const deadline = Date.now() + options.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(PRISM_HOST);
    const prism = spawnPrism(options, port);
    try {
      await waitUntilReady(prism, deadline, options.timeoutMs);
      return prism.process;
    } catch (error) {
      await prism.process.stop();
      if (!(prism.tail.includes('EADDRINUSE') && attempt < ATTEMPTS)) throw error;
    }
  }
}

interface Spawned {
  readonly process: PrismProcess;
  readonly tail: OutputTail;
  readonly hasExited: () => boolean;
}

function spawnPrism(options: StartPrismOptions, port: number): Spawned {
  const args = [options.specPath, PRISM_HOST, String(port), ...(options.errors ? ['--errors'] : [])];
  const child = spawn(process.execPath, [prismChildScript, ...args], {
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: prismEnv(),
    windowsHide: true,
  });
  const tail = new OutputTail();
  tail.follow(child.stdout);
  tail.follow(child.stderr);
  let done = false;
  const exited = new Promise<PrismExit>((resolve) => {
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      done = true;
      process.off('exit', killOnParentExit);
      resolve({ code, signal });
    };
    child.once('exit', finish);
    child.once('error', () => finish(null, null));
  });
  const killOnParentExit = () => signalGroup(child, 'SIGKILL');
  process.on('exit', killOnParentExit);
  child.on('error', () => {}); // reported through `exited`
  const stop = async (): Promise<void> => {
    if (done) return;
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  return {
    tail,
    hasExited: () => done,
    process: { pid: child.pid ?? -1, port, exited, stop },
  };
}

/** The parent's environment without the mock's own settings (the salt never reaches Prism), and no colours. */
function prismEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('HASO_MOCK_') && !(name in env)) env[name] = value;
  }
  return env;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntilReady(prism: Spawned, deadline: number, timeoutMs: number): Promise<void> {
  while (Date.now() < deadline) {
    if (prism.hasExited()) {
      const exit = await prism.process.exited;
      const reason = prism.tail.reason() || `exit code ${exit.code ?? exit.signal}`;
      throw new MockStartError('PRISM_FAILED', `Prism exited during startup: ${reason}`);
    }
    if (await answers(prism.process.port)) return;
    await sleep(POLL_MS);
  }
  throw new MockStartError('PRISM_TIMEOUT', `Prism did not answer on ${PRISM_HOST} within ${timeoutMs} ms`);
}

/** Whether an HTTP server answers on the port (any status: Prism answers 404 to an unknown path). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get({ host: PRISM_HOST, port, path: '/__haso-mock-ready', agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}
