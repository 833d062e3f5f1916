// describeParts: the token string piece by piece, salt masked; its join is describe(), and with the real salt in
// place of the placeholder it is the string openssl HMACs (the known-answer vectors' `message`).
import { describe, expect, it } from 'vitest';
import { createSigner, createWebCryptoProvider } from '../src/index.js';
import { nodeCryptoProvider } from '../src/node.js';
import { vectors } from './vectors.js';

const body = { merchantId: '100001', kkbRefNo: 'KKB-20261123-0001' };

describe('describeParts', () => {
  it('lists the fields in recipe order, absent ones as "", then the masked salt', () => {
    const signer = createSigner({ merchantSalt: 'S3CRET-salt', provider: nodeCryptoProvider });
    expect(signer.describeParts('reSendKkbPin', body)).toEqual([
      { kind: 'field', name: 'merchantId', value: '100001' },
      { kind: 'field', name: 'ipAddress', value: '' },
      { kind: 'field', name: 'kkbRefNo', value: 'KKB-20261123-0001' },
      { kind: 'salt', name: 'merhant_salt', value: '<merhant_salt>' },
    ]);
    expect(JSON.stringify(signer.describeParts('reSendKkbPin', body))).not.toContain('S3CRET');
  });

  it('has no salt part when the salt is not appended', () => {
    const signer = createSigner({ merchantSalt: 's', appendSalt: false, provider: createWebCryptoProvider() });
    expect(signer.describeParts('reSendKkbPin', body).map((p) => p.kind)).toEqual(['field', 'field', 'field']);
  });

  it.each(vectors)('$name: joins to describe(), and to the openssl message with the salt', (vector) => {
    const signer = createSigner({ merchantSalt: vector.merchantSalt, hmacKey: vector.hmacKey });
    const parts = signer.describeParts(vector.operationId, vector.body);
    expect(parts.map((p) => p.value).join('')).toBe(signer.describe(vector.operationId, vector.body));
    const withSalt = parts.map((p) => (p.kind === 'salt' ? vector.merchantSalt : p.value)).join('');
    expect(withSalt).toBe(vector.message);
  });
});

describe('providers declare whether they sign synchronously', () => {
  it('node: yes, Web Crypto: no', () => {
    expect(nodeCryptoProvider.synchronous).toBe(true);
    expect(createWebCryptoProvider().synchronous).toBe(false);
  });
});
