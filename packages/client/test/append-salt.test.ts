// `appendSalt` is passed through to the signer: false HMACs the token fields alone (the salt is only the key).
// Expected tokens computed with openssl:
//   printf %s '10000185.105.12.34KKB-20261123-0001' | openssl dgst -sha256 -hmac "$key" -binary | base64
import { describe, expect, it } from 'vitest';
import { createHasoClient } from '../src/index.node.js';
import { credentials, envelope, stubFetch } from './helpers.js';

const input = { kkbRefNo: 'KKB-20261123-0001', ipAddress: '85.105.12.34' };

async function tokenSent(extra: { appendSalt?: boolean; hmacKey?: string }): Promise<unknown> {
  const stub = stubFetch(() => envelope({}));
  const haso = createHasoClient({ ...credentials, ...extra, fetch: stub.fetch, retry: false });
  await haso.reSendKkbPin(input);
  return stub.calls[0]?.body.requestToken;
}

describe('appendSalt option', () => {
  it('defaults to appending the salt (the known-answer token)', async () => {
    await expect(tokenSent({})).resolves.toBe('tBDtgU2AXca0J1PDUHvBvfPKZNJUMbYHMQmT5sCUyBQ=');
    await expect(tokenSent({ appendSalt: true })).resolves.toBe('tBDtgU2AXca0J1PDUHvBvfPKZNJUMbYHMQmT5sCUyBQ=');
  });

  it('false: the fields alone, keyed with the salt or hmacKey', async () => {
    await expect(tokenSent({ appendSalt: false })).resolves.toBe('F5jX5LITdIbHWuQNc7uciNpnnp/TyiH0Z4hDGFfcv+A=');
    await expect(tokenSent({ appendSalt: false, hmacKey: 'a-separate-merchant-key' })).resolves.toBe(
      'LNTE2zz9qVRCEETE3HnkHjBYEth6TiKIGJkiigcUhKo=',
    );
  });
});
