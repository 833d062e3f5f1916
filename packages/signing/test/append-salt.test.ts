// `appendSalt: false`: the reading where the salt is the HMAC key and is not appended to the token string.
// Expected tokens computed with openssl:
//   printf %s '10000185.105.12.34KKB-20261123-0001' | openssl dgst -sha256 -hmac "$key" -binary | base64
import { describe, expect, it } from 'vitest';
import { createSigner, createWebCryptoProvider, HasoSigningError } from '../src/index.js';
import { nodeCryptoProvider } from '../src/node.js';

const body = { merchantId: '100001', ipAddress: '85.105.12.34', kkbRefNo: 'KKB-20261123-0001' };
const merchantSalt = 'haso-mock-salt';
const KEY_IS_SALT = 'F5jX5LITdIbHWuQNc7uciNpnnp/TyiH0Z4hDGFfcv+A=';
const SEPARATE_KEY = 'LNTE2zz9qVRCEETE3HnkHjBYEth6TiKIGJkiigcUhKo=';

describe('appendSalt: false', () => {
  for (const provider of [nodeCryptoProvider, createWebCryptoProvider()]) {
    it(`${provider.name}: HMACs the fields alone, keyed with the salt (or hmacKey)`, async () => {
      const signer = createSigner({ merchantSalt, appendSalt: false, provider });
      await expect(signer.signAsync('reSendKkbPin', body)).resolves.toBe(KEY_IS_SALT);
      await expect(signer.verifyAsync('reSendKkbPin', body, KEY_IS_SALT)).resolves.toBe(true);
      const keyed = createSigner({
        merchantSalt,
        hmacKey: 'a-separate-merchant-key',
        appendSalt: false,
        provider,
      });
      await expect(keyed.signAsync('reSendKkbPin', body)).resolves.toBe(SEPARATE_KEY);
    });
  }

  it('describe() shows the string without a salt placeholder; the default still appends it', () => {
    expect(
      createSigner({ merchantSalt, appendSalt: false, provider: nodeCryptoProvider }).describe('reSendKkbPin', body),
    ).toBe('10000185.105.12.34KKB-20261123-0001');
    const appended = createSigner({ merchantSalt, appendSalt: true, provider: nodeCryptoProvider });
    expect(appended.describe('reSendKkbPin', body)).toBe('10000185.105.12.34KKB-20261123-0001<merhant_salt>');
    expect(appended.sign('reSendKkbPin', body)).toBe(
      createSigner({ merchantSalt, provider: nodeCryptoProvider }).sign('reSendKkbPin', body),
    );
    expect(appended.sign('reSendKkbPin', body)).not.toBe(KEY_IS_SALT);
  });

  it('passes through verification and rejects a non-boolean', async () => {
    await expect(
      createSigner({ merchantSalt, appendSalt: false }).verifyAsync('reSendKkbPin', body, KEY_IS_SALT),
    ).resolves.toBe(true);
    await expect(createSigner({ merchantSalt }).verifyAsync('reSendKkbPin', body, KEY_IS_SALT)).resolves.toBe(false);
    const bad = { merchantSalt, appendSalt: 'no' } as unknown as { merchantSalt: string };
    expect(() => createSigner(bad)).toThrow(HasoSigningError);
  });
});
