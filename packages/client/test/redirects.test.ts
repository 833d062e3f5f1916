// Haso calls never follow a redirect: any 3xx is a HasoHttpError naming the target's origin only, and nothing is sent
// again or elsewhere (real servers on 127.0.0.1, counting what reached them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHasoCore, retryPolicy } from '../src/core-entry.node.js';
import { createHasoClient, type HasoClient, HasoHttpError } from '../src/index.node.js';
import { reSendKkbPin } from '../src/operations-entry.js';
import { credentials, instantRetry } from './helpers.js';
import { answerEnvelope, closedPort, startServer, type TestServer } from './servers.js';

let other: TestServer;
beforeAll(async () => {
  other = await startServer((_req, res) => answerEnvelope(res, { stolen: true }));
});
afterAll(() => other.close());

const SECRET_PATH = '/steal/path?token=query-secret';

/** A server answering every request with `status` and a Location of `location(server)`. */
async function redirecting(status: number, location: (self: TestServer) => string): Promise<TestServer> {
  let self: TestServer | undefined;
  self = await startServer((_req, res) => {
    res.writeHead(status, { Location: location(self as TestServer), 'Content-Type': 'text/plain' });
    res.end('moved');
  });
  return self;
}

const client = (baseUrl: string): HasoClient =>
  createHasoClient({ ...credentials, baseUrl, retry: { ...instantRetry, retries: 2 } });

const calls = {
  write: (haso: HasoClient) => haso.reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001' }),
  read: (haso: HasoClient) => haso.getErrorCodes(),
} as const;

describe.each(['write', 'read'] as const)('a %s answered with a redirect', (kind) => {
  it.each([307, 308, 301, 302, 303])('%i to another origin: refused, nothing reaches it', async (status) => {
    const server = await redirecting(status, () => `${other.url}${SECRET_PATH}`);
    const before = other.received.length;
    const error = (await calls[kind](client(server.url)).catch((e: unknown) => e)) as HasoHttpError;
    expect(error).toBeInstanceOf(HasoHttpError);
    expect(error.status).toBe(status);
    expect(error.message).toContain(other.url);
    expect(error.headers?.get('location')).toBe(other.url);
    for (const text of [error.message, error.stack ?? '', JSON.stringify(error)]) {
      expect(text).not.toContain('query-secret');
      expect(text).not.toContain('/steal');
    }
    expect(server.received).toHaveLength(1);
    expect(other.received.length).toBe(before);
    await server.close();
  });

  it.each([307, 308])('%i to the same origin: refused, sent once', async (status) => {
    const server = await redirecting(status, (self) => `${self.url}/RequestV2/Elsewhere?x=1`);
    const error = await calls[kind](client(server.url)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'HasoHttpError', status });
    expect(server.received.map((r) => r.url)).toHaveLength(1);
    await server.close();
  });

  it('a redirect loop: sent once', async () => {
    const server = await redirecting(307, (self) => `${self.url}/loop`);
    await expect(calls[kind](client(server.url))).rejects.toMatchObject({ name: 'HasoHttpError', status: 307 });
    expect(server.received).toHaveLength(1);
    await server.close();
  });

  it('a redirect to a closed port: refused, not retried as "not sent"', async () => {
    const port = await closedPort();
    const server = await redirecting(307, () => `http://127.0.0.1:${port}/`);
    await expect(calls[kind](client(server.url))).rejects.toMatchObject({ name: 'HasoHttpError', status: 307 });
    expect(server.received).toHaveLength(1);
    await server.close();
  });
});

describe('createHasoCore with retryPolicy()', () => {
  it('a write redirected to a closed port is sent once', async () => {
    const port = await closedPort();
    const server = await redirecting(307, () => `http://127.0.0.1:${port}/`);
    const haso = createHasoCore({ ...credentials, baseUrl: server.url, retry: retryPolicy(instantRetry) });
    await expect(haso.call(reSendKkbPin, { kkbRefNo: 'K' })).rejects.toMatchObject({ status: 307 });
    expect(server.received).toHaveLength(1);
    await server.close();
  });
});

describe('a custom fetch that follows redirects anyway', () => {
  it('its redirected answer is refused, not taken as Data', async () => {
    const server = await redirecting(307, () => `${other.url}/x`);
    const following = (url: string, init: RequestInit) => fetch(url, { ...init, redirect: 'follow' });
    const haso = createHasoClient({ ...credentials, baseUrl: server.url, fetch: following, retry: false });
    const error = (await haso.reSendKkbPin({ kkbRefNo: 'K' }).catch((e: unknown) => e)) as HasoHttpError;
    expect(error).toBeInstanceOf(HasoHttpError);
    expect(error.message).toContain(`redirect to ${other.url} refused`);
    await server.close();
  });
});

describe('a redirect a browser reports as opaque', () => {
  it('is a HasoHttpError with status 0', async () => {
    const opaque = async () =>
      Object.defineProperties(new Response(null), { type: { value: 'opaqueredirect' }, status: { value: 0 } });
    const haso = createHasoClient({ ...credentials, fetch: opaque, retry: false });
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).rejects.toMatchObject({ name: 'HasoHttpError', status: 0 });
  });
});

describe('the POST escape hatch', () => {
  it('does not follow a redirect either: the 3xx is the answer, nothing reaches the other origin', async () => {
    const server = await redirecting(307, () => `${other.url}${SECRET_PATH}`);
    const before = other.received.length;
    const { response } = await client(server.url).POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K' } });
    expect(response.status).toBe(307);
    expect(server.received).toHaveLength(1);
    expect(other.received.length).toBe(before);
    await server.close();
  });
});
