import { createSigner, SigningInputError } from '@haso-toolkit/signing';
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import type { ParsedBody } from './body-parse.js';
import type { MockCredentials } from './credentials.js';

/**
 * Outcome of the token check:
 * - `valid`: right merchantId and a requestToken that matches the body;
 * - `rejected`: missing, malformed or mismatching token, or another merchantId;
 * - `unsignable`: a token field cannot enter the token string (wrong type, bad date): the body is malformed.
 */
export type TokenVerdict = 'valid' | 'rejected' | 'unsignable';

/** Checks bodies of signed operations against one set of credentials (constant-time token comparison). */
export type TokenCheck = (operationId: string, body: ParsedBody) => TokenVerdict;

/** A token check bound to the mock's credentials; the salt stays inside the signer's private fields. */
export function createTokenCheck(credentials: MockCredentials): TokenCheck {
  const signer = createSigner({
    merchantSalt: credentials.merchantSalt,
    ...(credentials.hmacKey === undefined ? {} : { hmacKey: credentials.hmacKey }),
    provider: nodeCryptoProvider,
  });
  const merchantId = credentials.merchantId;
  return (operationId, body) => {
    if (!sameMerchant(body.merchantId, merchantId)) return 'rejected';
    try {
      return signer.verify(operationId, body, body.requestToken) ? 'valid' : 'rejected';
    } catch (error) {
      if (error instanceof SigningInputError) return 'unsignable';
      throw error;
    }
  };
}

function sameMerchant(value: unknown, expected: string): boolean {
  return (typeof value === 'string' || typeof value === 'number') && String(value) === expected;
}
