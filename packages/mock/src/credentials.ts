/** The credentials the mock checks requestTokens against. */
export interface MockCredentials {
  /** The only merchantId the mock accepts (compared as a string). */
  readonly merchantId: string;
  /** Merchant salt appended to every token string. */
  readonly merchantSalt: string;
  /** HMAC key; defaults to the salt (Haso's pages do not name the key). */
  readonly hmacKey?: string;
}

/**
 * The mock's documented test credentials (see the README). Public test values, not secrets: sign requests to a
 * default `haso-mock` with these.
 */
export const TEST_CREDENTIALS = Object.freeze({
  merchantId: '100001',
  merchantSalt: 'haso-mock-salt',
  hmacKey: 'haso-mock-salt',
} as const satisfies MockCredentials);
