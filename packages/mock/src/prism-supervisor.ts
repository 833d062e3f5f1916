import type { Pool } from 'undici';
import { createPrismPool } from './prism-client.js';
import { PRISM_HOST, type PrismExit, type PrismProcess, type StartPrismOptions, startPrism } from './prism-process.js';
import type { MockLogger } from './request-log.js';

/** A running Prism and the pool of connections to it. */
export interface PrismConnection {
  readonly pool: Pool;
  readonly pid: number;
  /** Settles when this Prism process has exited. */
  readonly exited: Promise<unknown>;
}

export interface PrismSupervisorOptions extends StartPrismOptions {
  /** The request deadline (the pool's header and body timeouts). */
  readonly deadlineMs: number;
  /** Receives the one line said when Prism exits unexpectedly (and when it cannot be restarted). */
  readonly log: MockLogger;
  /** Called when Prism exits unexpectedly, before it is restarted. */
  readonly onExit?: ((exit: PrismExit) => void) | undefined;
  /** Called when Prism cannot be restarted (operation calls then get 503). */
  readonly onLost?: ((error: Error) => void) | undefined;
}

/** Restart attempts in a row before the supervisor gives up. */
const RESTARTS = 3;

/**
 * Keeps one Prism child process running: starts it, and restarts it whenever it exits while the mock runs (a request
 * that crashed it gets a 502, the next ones wait for the new Prism). Gives up after {@link RESTARTS} failed starts
 * in a row.
 */
export class PrismSupervisor {
  readonly #options: PrismSupervisorOptions;
  #process: PrismProcess;
  #current: PrismConnection | undefined;
  #waiters: ((connection: PrismConnection | undefined) => void)[] = [];
  #closed = false;
  #lost = false;

  private constructor(options: PrismSupervisorOptions, prism: PrismProcess) {
    this.#options = options;
    this.#process = prism;
    this.#current = this.#connect(prism);
  }

  /** Starts Prism; rejects with MockStartError (PRISM_FAILED, PRISM_TIMEOUT) without leaving a process behind. */
  static async start(options: PrismSupervisorOptions): Promise<PrismSupervisor> {
    return new PrismSupervisor(options, await startPrism(options));
  }

  /** The running Prism, or undefined while it restarts (or after the supervisor gave up or closed). */
  get current(): PrismConnection | undefined {
    return this.#current;
  }

  /** The PID of the current Prism process (the last one while it restarts). */
  get pid(): number {
    return this.#process.pid;
  }

  /**
   * The running Prism other than `stale`, waiting for a restart if needed; undefined once it cannot be had (given
   * up, closed, or `signal` aborted first).
   */
  whenReady(stale?: PrismConnection, signal?: AbortSignal): Promise<PrismConnection | undefined> {
    if (this.#current && this.#current !== stale) return Promise.resolve(this.#current);
    if (this.#closed || this.#lost || signal?.aborted) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const onAbort = (): void => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== settle);
        resolve(undefined);
      };
      const settle = (connection: PrismConnection | undefined): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve(connection);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(settle);
    });
  }

  /** Stops Prism and waits for its process to exit. */
  async close(): Promise<void> {
    this.#closed = true;
    const connection = this.#current;
    this.#current = undefined;
    this.#settle(undefined);
    await Promise.all([this.#process.stop(), connection?.pool.destroy()]);
  }

  #connect(prism: PrismProcess): PrismConnection {
    const pool = createPrismPool(PRISM_HOST, prism.port, this.#options.deadlineMs);
    const connection = { pool, pid: prism.pid, exited: prism.exited };
    void prism.exited.then((exit) => this.#onExit(connection, exit));
    return connection;
  }

  #onExit(connection: PrismConnection, exit: PrismExit): void {
    if (this.#closed) return;
    this.#options.log(
      `haso-mock: Prism exited unexpectedly (${exit.signal ?? `exit code ${exit.code}`}); restarting it`,
    );
    this.#options.onExit?.(exit);
    if (this.#current === connection) this.#current = undefined;
    // Requests still queued for it fail fast (connection refused) and are sent again to the new Prism.
    void connection.pool.close();
    void this.#restart();
  }

  async #restart(): Promise<void> {
    let failure: Error | undefined;
    for (let attempt = 0; attempt < RESTARTS && !this.#closed; attempt++) {
      try {
        const prism = await startPrism(this.#options);
        if (this.#closed) return void (await prism.stop());
        this.#process = prism;
        this.#current = this.#connect(prism);
        return this.#settle(this.#current);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
    }
    if (this.#closed || !failure) return;
    this.#lost = true;
    this.#options.log(`haso-mock: Prism could not be restarted (${failure.message}); operation calls now get 503`);
    this.#settle(undefined);
    this.#options.onLost?.(failure);
  }

  #settle(connection: PrismConnection | undefined): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve(connection);
  }
}
