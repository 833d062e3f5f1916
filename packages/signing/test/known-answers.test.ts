import { describe, expect, it } from 'vitest';
import { createSigner, createWebCryptoProvider, recipes } from '../src/index.js';
import { nodeCryptoProvider } from '../src/node.js';
import { tokenString } from '../src/token-string.js';
import { vectors } from './vectors.js';

const providers = [nodeCryptoProvider, createWebCryptoProvider()];

describe('known-answer vectors (computed with openssl, tools/vectors/known-answers.sh)', () => {
  it('cover every signed operation of the spec', () => {
    const covered = new Set(vectors.map((v) => v.operationId));
    expect(Object.keys(recipes).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const vector of vectors) {
    const options = { merchantSalt: vector.merchantSalt, hmacKey: vector.hmacKey };
    it(`${vector.name}: the token string is the documented concatenation`, () => {
      expect(tokenString(recipes[vector.operationId as keyof typeof recipes], vector.body, vector.merchantSalt)).toBe(
        vector.message,
      );
    });
    for (const provider of providers) {
      it(`${vector.name}: ${provider.name} computes the openssl token`, async () => {
        const signer = createSigner({ ...options, provider });
        await expect(signer.signAsync(vector.operationId, vector.body)).resolves.toBe(vector.token);
        await expect(signer.verifyAsync(vector.operationId, vector.body, vector.token)).resolves.toBe(true);
      });
    }
    it(`${vector.name}: node signs synchronously`, () => {
      const signer = createSigner({ ...options, provider: nodeCryptoProvider });
      expect(signer.sign(vector.operationId, vector.body)).toBe(vector.token);
    });
  }
});
