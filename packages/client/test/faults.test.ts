// Fault injection on 127.0.0.1: a node:http server and a raw `net` server misbehave on purpose. Every fault must
// end in the right typed error (or the right Data), promptly, without an unhandled rejection, and reads must be
// retried where writes are not — counted on the server side. Each case counts as a fault in the run's figures.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHasoClient, HasoTimeoutError } from '../src/index.node.js';
import {
  CASE_TIMEOUT_MS,
  faults,
  type HttpFault,
  LONG_TIMEOUT_MS,
  RETRIES,
  SHORT_TIMEOUT_MS,
  type SocketFault,
} from './fault-cases.js';
import { closedPort, startServer, startSocketServer, type TestServer } from './servers.js';

const MERCHANT_ID = '100001';
const SALT = 'faults-salt-Qx7vT2mK9pZ4';
const KEY = 'faults-key-Wd3nL8sR5fJ1';

/** The error `run` rejects with; fails the test when it succeeds, or when the error shows a secret. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  const error = await run().then(
    () => expect.unreachable('the call succeeded'),
    (thrown: unknown) => thrown,
  );
  const shown = inspect(error, { depth: Infinity, showHidden: true });
  for (const secret of [SALT, KEY]) expect(shown).not.toContain(secret);
  return error;
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let httpFault: HttpFault = (_req, res) => res.end();
let socketFault: SocketFault = (socket) => socket.destroy();
let http: TestServer;
let socket: Awaited<ReturnType<typeof startSocketServer>>;
let refusedUrl: string;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  [http, socket] = await Promise.all([
    startServer((req, res) => httpFault(req, res)),
    startSocketServer(() => socketFault),
  ]);
  refusedUrl = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await Promise.all([http.close(), socket.close()]);
  // Let any late rejection surface before looking (a few turns of the event loop, no wall-clock wait).
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

/** A client of `baseUrl` with instant retries (no real backoff wait) that counts its attempts (the onRequest hook). */
function client(baseUrl: string, timeoutMs: number) {
  let attempts = 0;
  const haso = createHasoClient({
    baseUrl,
    merchantId: MERCHANT_ID,
    merchantSalt: SALT,
    hmacKey: KEY,
    timeoutMs,
    retry: { retries: RETRIES, random: () => 0, sleep: async () => undefined },
    onRequest: () => {
      attempts++;
    },
  });
  return { haso, attempts: () => attempts };
}

const calls = {
  read: (haso: ReturnType<typeof client>['haso']) => haso.getErrorCodes(),
  write: (haso: ReturnType<typeof client>['haso']) => haso.reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001' }),
} as const;

describe('fault injection', () => {
  const cases = faults.flatMap((fault) =>
    (['read', 'write'] as const).map((kind) => [fault.name, kind, fault] as const),
  );

  it.each(cases)('%s (%s)', { timeout: CASE_TIMEOUT_MS }, async (_, kind, fault) => {
    let baseUrl = refusedUrl;
    let seen = () => 0;
    if (fault.http) {
      httpFault = fault.http;
      http.received.length = 0;
      baseUrl = http.url;
      seen = () => http.received.length;
    } else if (fault.socket) {
      socketFault = fault.socket;
      socket.reset();
      ({ url: baseUrl, seen } = socket);
    }
    const { haso, attempts } = client(baseUrl, fault.expect === HasoTimeoutError ? SHORT_TIMEOUT_MS : LONG_TIMEOUT_MS);
    const expected = fault.attempts[kind];

    if ('data' in fault.expect) {
      await expect(calls[kind](haso)).resolves.toEqual(fault.expect.data);
    } else {
      const error = await failureOf(() => calls[kind](haso));
      expect(error).toBeInstanceOf(fault.expect);
      if (fault.details) expect(error).toMatchObject(fault.details);
    }
    expect(attempts()).toBe(expected);
    // The server saw every attempt that reached it (none for a closed port).
    expect(seen()).toBe(fault.refused ? 0 : expected);
  });
});
