// On Node, options left out come from HASO_BASE_URL, HASO_MERCHANT_ID, HASO_MERCHANT_SALT, HASO_HMAC_KEY.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHasoCore } from '../src/core-entry.node.js';
import { fromEnvironment } from '../src/environment.js';
import { createHasoClient } from '../src/index.node.js';
import { credentials, envelope, stubFetch } from './helpers.js';

afterEach(() => vi.unstubAllEnvs());

const stubCredentials = () => {
  vi.stubEnv('HASO_BASE_URL', 'http://127.0.0.1:4999');
  vi.stubEnv('HASO_MERCHANT_ID', '200002');
  vi.stubEnv('HASO_MERCHANT_SALT', 'env-salt');
};

describe('environment defaults (Node)', () => {
  it('createHasoClient() and createHasoCore() read the credentials from the environment', async () => {
    stubCredentials();
    vi.stubEnv('HASO_HMAC_KEY', '');
    const haso = createHasoClient();
    expect(haso.config).toMatchObject({ baseUrl: 'http://127.0.0.1:4999', merchantId: '200002' });
    expect(createHasoCore().config.merchantId).toBe('200002');
    const stub = stubFetch(() => envelope({}));
    await createHasoClient({ fetch: stub.fetch }).reSendKkbPin({
      kkbRefNo: 'KKB-20261123-0001',
      ipAddress: '85.105.12.34',
    });
    // printf %s '20000285.105.12.34KKB-20261123-0001env-salt' | openssl dgst -sha256 -hmac env-salt -binary | base64
    expect(stub.calls[0]?.body.requestToken).toBe('zT6E02tcD0ImJrlybPJol7LHxbhsJ7AiRCN8uGolT7A=');
  });

  it('explicit options win; HASO_HMAC_KEY applies only with the salt from the environment', () => {
    const env = {
      HASO_BASE_URL: 'http://env',
      HASO_MERCHANT_ID: 'env-id',
      HASO_MERCHANT_SALT: 'env-salt',
      HASO_HMAC_KEY: 'env-key',
    };
    expect(fromEnvironment({ merchantId: 'given' }, env)).toEqual({
      baseUrl: 'http://env',
      merchantId: 'given',
      merchantSalt: 'env-salt',
      hmacKey: 'env-key',
    });
    expect(fromEnvironment({ merchantSalt: 'given-salt' }, env)).toEqual({
      baseUrl: 'http://env',
      merchantId: 'env-id',
      merchantSalt: 'given-salt',
    });
    expect(fromEnvironment(credentials, {})).toEqual(credentials);
  });

  it('an environment that refuses to be read (Deno without --allow-env) leaves explicit options as they are', () => {
    const refusing = new Proxy({} as Record<string, string | undefined>, {
      get() {
        throw new Error('NotCapable: Requires env access');
      },
    });
    expect(fromEnvironment(credentials, refusing)).toEqual(credentials);
    expect(() => fromEnvironment({ ...credentials, baseUrl: undefined }, refusing)).toThrow(/baseUrl.*HASO_BASE_URL/);
  });

  it.each([
    ['baseUrl', 'HASO_BASE_URL'],
    ['merchantId', 'HASO_MERCHANT_ID'],
    ['merchantSalt', 'HASO_MERCHANT_SALT'],
  ])('a missing %s is a TypeError naming it and %s', (option, variable) => {
    stubCredentials();
    vi.stubEnv(variable, '');
    expect(() => createHasoClient()).toThrow(TypeError);
    expect(() => createHasoClient()).toThrow(new RegExp(`${option}.*${variable}`));
  });
});
