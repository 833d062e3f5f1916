// createHasoCore (`@haso-toolkit/client/core`) with the operation constants (`@haso-toolkit/client/operations`):
// the same wire output as createHasoClient, typed errors, retries and timeouts, and nothing of the full client.
import { inspect } from 'node:util';
import { recipes } from '@haso-toolkit/signing';
import { describe, expect, it } from 'vitest';
import * as universal from '../src/core-entry.js';
import * as node from '../src/core-entry.node.js';
import { type HasoFetch, type HasoFetchInit, operations } from '../src/index.node.js';
import * as ops from '../src/operations-entry.js';
import {
  connectionRefused,
  credentials,
  envelope,
  forbiddenFetch,
  instantRetry,
  json,
  specOperation,
  stubFetch,
  successExample,
  vectors,
  withoutFilled,
} from './helpers.js';

type LooseCall = (operation: unknown, input?: unknown, options?: unknown) => Promise<unknown>;
const constants = ops as unknown as Record<string, (typeof ops.operationRoutes)[keyof typeof ops.operationRoutes]>;

describe('operation constants', () => {
  it('exist for every operation of the spec and are the route table entries', () => {
    for (const [id, entry] of Object.entries(operations)) {
      expect(constants[id], id).toBe(ops.operationRoutes[id as keyof typeof ops.operationRoutes]);
      expect(constants[id]?.path).toBe(entry.path);
      expect(constants[id]?.kind).toBe(entry.kind);
    }
  });

  it("carry the signing package's recipe constant, and none when unsigned", () => {
    const table = recipes as Record<string, unknown>;
    for (const [id, op] of Object.entries(ops.operationRoutes)) expect(op.recipe, id).toBe(table[id] ?? null);
  });
});

describe.each([
  ['node', node, 'node'],
  ['universal', universal, 'webcrypto'],
] as const)('createHasoCore (%s entry)', (_name, entry, provider) => {
  describe.each(vectors)('$name', (vector) => {
    it('puts the openssl requestToken on the wire and resolves to Data', async () => {
      const answer = successExample(vector.operationId);
      const stub = stubFetch(() => envelope(answer.Data));
      const haso = entry.createHasoCore({
        ...credentials,
        merchantSalt: vector.merchantSalt,
        hmacKey: vector.hmacKey,
        fetch: stub.fetch,
      });
      expect(haso.config.provider).toBe(provider);
      const call = haso.call as unknown as LooseCall;
      const data = await call(constants[vector.operationId], withoutFilled(vector.body));
      expect(stub.calls.map((c) => c.url)).toEqual([credentials.baseUrl + specOperation(vector.operationId).path]);
      expect(stub.calls[0]?.body).toEqual({ ...vector.body, requestToken: vector.token });
      expect(data).toEqual(answer.Data);
    });
  });
});

describe('createHasoCore', () => {
  const core = (fetch: HasoFetch, extra: object = {}) => node.createHasoCore({ ...credentials, fetch, ...extra });

  it('validates before any network call, naming the field', async () => {
    const guard = forbiddenFetch();
    const haso = core(guard.fetch);
    const call = haso.call as unknown as LooseCall;
    await expect(call(ops.reSendKkbPin, { kkbRefNo: '' })).rejects.toMatchObject({
      name: 'HasoValidationError',
      field: 'kkbRefNo',
      rule: 'minLength',
    });
    await expect(call(ops.hasoAuthSendInfo, { tckn: 1 })).rejects.toBeInstanceOf(node.HasoValidationError);
    expect(guard.called()).toBe(0);
  });

  it('refuses form posts and anything that is not an operation constant, before any network call', async () => {
    const guard = forbiddenFetch();
    const call = core(guard.fetch).call as unknown as LooseCall;
    await expect(call(ops.transaction, {})).rejects.toMatchObject({ name: 'HasoValidationError', rule: 'operation' });
    await expect(call('reSendKkbPin', {})).rejects.toMatchObject({ name: 'HasoValidationError', rule: 'operation' });
    await expect(call(undefined)).rejects.toMatchObject({ name: 'HasoValidationError', rule: 'operation' });
    expect(guard.called()).toBe(0);
  });

  it('maps Success=false to HasoApiError with the codes (meanings stay with describeCode)', async () => {
    const haso = core(async () => json({ Success: false, Errors: ['H307 - Token hatalı'], Data: null }));
    const error = await haso.call(ops.reSendKkbPin, { kkbRefNo: 'K' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(node.HasoApiError);
    expect(error).toMatchObject({ codes: ['H307'], meanings: {}, errors: ['H307 - Token hatalı'] });
  });

  it('retries only with a policy: then reads, never writes that were sent; times out per attempt', async () => {
    const retry = node.retryPolicy(instantRetry);
    const once = stubFetch(() => json({}, 503));
    await expect(core(once.fetch).call(ops.getErrorCodes)).rejects.toBeInstanceOf(node.HasoHttpError);
    expect(once.calls).toHaveLength(1); // no policy, no retry

    const reads = stubFetch((_s, n) => (n < 3 ? json({}, 503) : envelope({ ErrorCodes: [] })));
    await expect(core(reads.fetch, { retry }).call(ops.getErrorCodes)).resolves.toEqual({ ErrorCodes: [] });
    expect(reads.calls).toHaveLength(3);

    const writes = stubFetch(() => json({}, 503));
    await expect(core(writes.fetch, { retry }).call(ops.reSendKkbPin, { kkbRefNo: 'K' })).rejects.toBeInstanceOf(
      node.HasoHttpError,
    );
    expect(writes.calls).toHaveLength(1);

    let refused = 0;
    const refusing = async () => {
      refused++;
      throw connectionRefused();
    };
    await expect(core(refusing, { retry }).call(ops.reSendKkbPin, { kkbRefNo: 'K' })).rejects.toMatchObject({
      name: 'HasoNetworkError',
      code: 'ECONNREFUSED',
    });
    expect(refused).toBe(3); // never sent: safe to retry a write

    const hanging = (_url: string, init: HasoFetchInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    await expect(core(hanging).call(ops.getErrorCodes, {}, { timeoutMs: 20 })).rejects.toMatchObject({
      name: 'HasoTimeoutError',
      timeoutMs: 20,
    });
  });

  it('holds its secrets in closures only: JSON, inspect and errors show none', async () => {
    const salt = 'core-salt-that-must-not-leak';
    const key = 'core-key-that-must-not-leak';
    const haso = node.createHasoCore({ ...credentials, merchantSalt: salt, hmacKey: key, fetch: stubFetch().fetch });
    const call = haso.call as unknown as LooseCall;
    const error = await call(ops.reSendKkbPin, { kkbRefNo: 7 }).catch((e: unknown) => e);
    for (const text of [JSON.stringify(haso), inspect(haso, { depth: 10, showHidden: true }), inspect(error)]) {
      expect(text).not.toContain(salt);
      expect(text).not.toContain(key);
    }
    expect(haso.config).toEqual({
      baseUrl: credentials.baseUrl,
      merchantId: credentials.merchantId,
      ipAddress: undefined,
      timeoutMs: 30_000,
      maxResponseBytes: 10 * 1024 * 1024,
      retry: false,
      provider: 'node',
    });
    expect(node.createHasoCore({ ...credentials, retry: node.retryPolicy() }).config.retry).toEqual({
      retries: 2,
      baseDelayMs: 200,
      maxDelayMs: 2000,
    });
  });

  it('takes a runtime recipe as an operation constant of your own', async () => {
    const stub = stubFetch();
    const refund = {
      ...ops.refundTransaction,
      recipe: { operationId: 'refundTransaction', fields: ['merchantId', 'ipAddress', 'refundId'] },
    };
    await core(stub.fetch).call(refund, { ipAddress: '85.105.12.34', refundId: 'RF-1' });
    // printf %s '10000185.105.12.34RF-1haso-mock-salt' | openssl dgst -sha256 -hmac haso-mock-salt -binary | base64
    expect(stub.calls[0]?.body.requestToken).toBe('r+RpCyo4ElqfSxCiRCxzfv6Ta7E0w87Tq4D2onuo2tY=');
    await core(stub.fetch).call(ops.refundTransaction, { refundId: 'RF-1' });
    expect(stub.calls[1]?.body).not.toHaveProperty('requestToken'); // the generated constant has no recipe
  });

  it('is the same call as createHasoClient().call', async () => {
    const stub = stubFetch(() => envelope({ KkbRefNo: 'K' }));
    const { createHasoClient } = await import('../src/index.node.js');
    const haso = createHasoClient({ ...credentials, fetch: stub.fetch });
    await haso.call(ops.reSendKkbPin, { kkbRefNo: 'KKB-20261123-0001', ipAddress: '85.105.12.34' });
    await haso.reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001', ipAddress: '85.105.12.34' });
    expect(stub.calls[0]?.text).toBe(stub.calls[1]?.text);
    expect(stub.calls[0]?.body.requestToken).toBe('tBDtgU2AXca0J1PDUHvBvfPKZNJUMbYHMQmT5sCUyBQ=');
  });
});

describe('package entries', () => {
  it('the core entries export the same names', () => {
    expect(Object.keys(universal).sort()).toEqual(Object.keys(node).sort());
  });
});

describe('createHasoCore, universal entry (browsers, edge)', () => {
  it('never counts a failure as provably not sent (fetch hides the cause there): a write is not resent', async () => {
    let refused = 0;
    const refusing = async () => {
      refused++;
      throw connectionRefused();
    };
    const haso = universal.createHasoCore({
      ...credentials,
      fetch: refusing,
      retry: universal.retryPolicy(instantRetry),
    });
    await expect(haso.call(ops.reSendKkbPin, { kkbRefNo: 'K' })).rejects.toMatchObject({
      name: 'HasoNetworkError',
      notSent: false,
    });
    expect(refused).toBe(1);
  });

  it('has the hooks but no logger: logger options are refused, not ignored', () => {
    expect(() => universal.createHasoCore({ ...credentials, logLevel: 'debug' })).toThrow(/hooks/);
    expect(() => universal.createHasoCore({ ...credentials, logger: console })).toThrow(TypeError);
  });
});
