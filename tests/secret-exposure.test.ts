// Produces every kind of output that could carry a secret — inspected clients and signers, errors of every class,
// the mock's log lines and answers — and captures it all for the scanner (secret-scan.test.ts, run last).

import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { createHasoClient, type HasoClientOptions, runLimitFlow } from '@haso-toolkit/client';
import { MockStartError, type RunningMock, startMock, TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createSigner, createWebCryptoProvider, type RequestSigner } from '@haso-toolkit/signing';
import { findOperation } from '@haso-toolkit/spec/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from './support/figures.mjs';
import { capture, captureInspected } from './support/output-capture.js';
import { failureOf } from './support/rejection.js';
import { requestExampleInput, spec } from './support/spec-examples.js';
import { CLIENT_HMAC_KEY, CLIENT_SALT, MERCHANT_ID } from './support/test-secrets.js';

const jsonResponse = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
const envelopeResponse = (data: unknown = {}) =>
  jsonResponse(JSON.stringify({ Success: true, Errors: null, Data: data }));

/** A loopback port that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function client(answer: () => Response | Promise<Response>, extra: Partial<HasoClientOptions> = {}) {
  return createHasoClient({
    baseUrl: 'http://127.0.0.1:4010',
    merchantId: MERCHANT_ID,
    merchantSalt: CLIENT_SALT,
    hmacKey: CLIENT_HMAC_KEY,
    retry: false,
    timeoutMs: 50,
    fetch: async () => answer(),
    ...extra,
  });
}

describe('inspected objects and snapshots', () => {
  it('a client and a signer print their settings with the salt and key redacted', () => {
    const haso = client(() => envelopeResponse());
    captureInspected(haso);
    captureInspected(haso.config);
    capture(String(Object.getOwnPropertyNames(haso)));
    const snapshot = inspect(haso);
    capture(snapshot);
    expect(snapshot).toBe(
      "HasoClient { baseUrl: 'http://127.0.0.1:4010', merchantId: '100001', " +
        'merchantSalt: [redacted], hmacKey: [redacted] }',
    );
    const signer = inspect(createSigner({ merchantSalt: CLIENT_SALT, hmacKey: CLIENT_HMAC_KEY }));
    capture(signer);
    expect(signer).toMatchInlineSnapshot(
      `"RequestSigner { provider: 'node', merchantSalt: [redacted], hmacKey: [redacted] }"`,
    );
  });

  it.each([
    ['node:crypto', createSigner({ merchantSalt: CLIENT_SALT, hmacKey: CLIENT_HMAC_KEY })],
    ['Web Crypto', createSigner({ merchantSalt: CLIENT_SALT, provider: createWebCryptoProvider() })],
    ['appendSalt: false', createSigner({ merchantSalt: CLIENT_SALT, hmacKey: CLIENT_HMAC_KEY, appendSalt: false })],
  ] as const)('a %s signer prints no secret, and describe() masks the salt', (_, signer: RequestSigner) => {
    captureInspected(signer);
    captureInspected(signer.provider);
    const body = { merchantId: MERCHANT_ID, ipAddress: '85.105.12.34', kkbRefNo: 'KKB-1' };
    capture(signer.describe('reSendKkbPin', body), JSON.stringify(signer.describeParts('reSendKkbPin', body)));
    expect(signer.describe('reSendKkbPin', body)).toMatch(/^10000185\.105\.12\.34KKB-1(<merhant_salt>)?$/);
  });
});

describe('errors of every class', () => {
  const cases: readonly [string, () => unknown][] = [
    ['HasoValidationError (schema)', () => client(() => envelopeResponse()).reSendKkbPin({ kkbRefNo: 5 as never })],
    [
      'HasoValidationError (token field)',
      () =>
        client(() => envelopeResponse(), {
          recipes: { refundTransaction: { fields: ['merchantId', 'refundId'] } },
        }).refundTransaction({ refundId: { nested: true } } as never),
    ],
    [
      'HasoApiError',
      () => client(() => jsonResponse('{"Success":false,"Errors":["H307 x"],"Data":null}')).getErrorCodes(),
    ],
    ['HasoHttpError', () => client(() => new Response('<html>502</html>', { status: 502 })).getErrorCodes()],
    ['HasoResponseShapeError', () => client(() => jsonResponse('{"Data":{}}')).getErrorCodes()],
    ['HasoTimeoutError', () => client(() => new Promise<Response>(() => undefined)).getErrorCodes()],
    [
      'HasoLimitFlowTimeoutError',
      () =>
        runLimitFlow(
          client(() => envelopeResponse({ KkbRefNo: 'KKB-1', Message: 'M101' })),
          {
            customer: requestExampleInput('hasoAuthSendInfo') as never,
            getPin: async () => '123456',
            maxWaitMs: 0,
          },
        ),
    ],
    [
      'TypeError of createHasoClient',
      () => createHasoClient({ baseUrl: 'ftp://x', merchantId: MERCHANT_ID, merchantSalt: CLIENT_SALT }),
    ],
    ['HasoSigningError (bad key)', () => createSigner({ merchantSalt: CLIENT_SALT, hmacKey: '' })],
    ['SigningInputError', () => createSigner({ merchantSalt: CLIENT_SALT }).sign('reSendKkbPin', { kkbRefNo: [1] })],
    ['UnknownRecipeError', () => createSigner({ merchantSalt: CLIENT_SALT }).sign('noSuchOperation', {})],
    [
      'Web Crypto sync use',
      () => createSigner({ merchantSalt: CLIENT_SALT, provider: createWebCryptoProvider() }).sign('reSendKkbPin', {}),
    ],
  ];

  it.each(cases)('%s', async (_, run) => {
    const error = await failureOf(run);
    expect(error).toBeInstanceOf(Error);
  });

  it('HasoNetworkError (connection refused on loopback)', async () => {
    const port = await closedPort();
    const haso = createHasoClient({
      baseUrl: `http://127.0.0.1:${port}`,
      merchantId: MERCHANT_ID,
      merchantSalt: CLIENT_SALT,
      hmacKey: CLIENT_HMAC_KEY,
      retry: false,
    });
    const error = await failureOf(() => haso.getErrorCodes());
    expect(error).toMatchObject({ name: 'HasoNetworkError', code: 'ECONNREFUSED' });
    count('requests');
  });

  it('the wire carries the token, never the salt or the key', async () => {
    const bodies: string[] = [];
    const fetch = async (_url: string, init: { body: string }) => {
      bodies.push(init.body);
      return envelopeResponse();
    };
    const haso = client(() => envelopeResponse(), { fetch });
    await haso.hasoAuthSendInfo(requestExampleInput('hasoAuthSendInfo') as never);
    capture(...bodies);
    expect(bodies).toHaveLength(1);
  });
});

describe('the mock: log lines, answers and start-up errors', () => {
  let mock: RunningMock;
  const lines: string[] = [];

  beforeAll(async () => {
    // Every log line is captured for the scanner (and counted), not printed.
    mock = await startMock({
      port: 0,
      logger: (line) => {
        lines.push(line);
        capture(line);
      },
    });
  });

  afterAll(async () => {
    await mock?.close();
  });

  const signed = (body: Record<string, unknown>) => ({
    ...body,
    requestToken: createSigner({ merchantSalt: TEST_CREDENTIALS.merchantSalt }).sign('reSendKkbPin', body),
  });
  const base = { merchantId: TEST_CREDENTIALS.merchantId, ipAddress: '85.105.12.34', kkbRefNo: 'KKB-20261123-0001' };

  const requests: readonly [string, () => RequestInit & { path?: string }][] = [
    ['valid', () => ({ body: JSON.stringify(signed(base)) })],
    ['forged token', () => ({ body: JSON.stringify({ ...signed(base), kkbRefNo: 'KKB-2' }) })],
    ['malformed JSON', () => ({ body: '{"merchantId":"100001",' })],
    [
      'form body',
      () => ({
        body: new URLSearchParams(signed(base) as Record<string, string>).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    ],
    [
      'Prefer: failure',
      () => ({
        body: JSON.stringify(signed(base)),
        headers: { 'Content-Type': 'application/json', Prefer: 'example=failure' },
      }),
    ],
    ['too large', () => ({ body: JSON.stringify({ ...base, pad: 'x'.repeat(1024 * 1024) }) })],
    ['unknown path', () => ({ body: '{}', path: '/RequestV2/NoSuchThing' })],
    ['GET on an operation', () => ({ method: 'GET' })],
  ];

  it.each(requests)('%s', async (_, init) => {
    const { path = findOperation(spec, 'reSendKkbPin').path, ...rest } = init();
    const response = await fetch(mock.url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      ...rest,
    });
    const headers: string[] = [];
    response.headers.forEach((value, name) => {
      headers.push(`${name}: ${value}`);
    });
    capture(await response.text(), ...headers);
    count('requests');
  });

  it('logged one line per request', () => {
    expect(lines.length).toBeGreaterThanOrEqual(requests.length);
  });

  it('a port clash is a MockStartError', async () => {
    const error = await failureOf(() => startMock({ port: mock.port, quiet: true }));
    expect(error).toBeInstanceOf(MockStartError);
  });
});
