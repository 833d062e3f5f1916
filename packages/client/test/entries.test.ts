import { describe, expect, it } from 'vitest';
import * as universal from '../src/index.js';
import * as node from '../src/index.node.js';
import { credentials, envelope, stubFetch } from './helpers.js';

describe('entry points', () => {
  it('node signs with node:crypto, the universal entry with Web Crypto, to the same token', async () => {
    const tokens: unknown[] = [];
    for (const [entry, provider] of [
      [node, 'node'],
      [universal, 'webcrypto'],
    ] as const) {
      const stub = stubFetch(() => envelope({}));
      const haso = entry.createHasoClient({ ...credentials, fetch: stub.fetch });
      expect(haso.config.provider).toBe(provider);
      await haso.reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001', ipAddress: '85.105.12.34' });
      tokens.push(stub.calls[0]?.body.requestToken);
    }
    expect(tokens).toEqual([
      'tBDtgU2AXca0J1PDUHvBvfPKZNJUMbYHMQmT5sCUyBQ=',
      'tBDtgU2AXca0J1PDUHvBvfPKZNJUMbYHMQmT5sCUyBQ=',
    ]);
  });

  it('export the same names', () => {
    expect(Object.keys(universal).sort()).toEqual(Object.keys(node).sort());
  });

  it('reject unusable options with a TypeError', () => {
    const fetch = stubFetch().fetch;
    expect(() => node.createHasoClient({ ...credentials, baseUrl: '127.0.0.1:4010', fetch })).toThrow(TypeError);
    expect(() => node.createHasoClient({ ...credentials, merchantId: '', fetch })).toThrow(TypeError);
    expect(() => node.createHasoClient({ ...credentials, merchantSalt: '', fetch })).toThrow(/merchantSalt/);
  });

  it('POST refuses browser form paths at runtime too', async () => {
    const haso = node.createHasoClient({ ...credentials, fetch: stubFetch().fetch });
    const post = haso.POST as unknown as (path: string, init: object) => Promise<unknown>;
    await expect(post('/ServletV2/GetLimit', { body: {} })).rejects.toMatchObject({
      name: 'HasoValidationError',
      rule: 'form',
    });
  });
});
