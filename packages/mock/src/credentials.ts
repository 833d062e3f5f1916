/** The credentials the mock checks requestTokens against. */
export interface MockCredentials {
  /** The only merchantId the mock accepts (compared as a string). */
  readonly merchantId: string;
  /** Merchant salt appended to every token string. */
  readonly merchantSalt: string;
  /** HMAC key; defaults to the salt (Haso's pages do not name the key). */
  readonly hmacKey?: string;
}

export { TEST_CREDENTIALS } from './generated/test-credentials.js';
