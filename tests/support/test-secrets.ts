// The secrets the suite uses, so that one scanner can look for all of them. The client-side tests use distinctive
// values (no accidental match); the mock runs with its public test credentials.
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import type { Secret } from './secret-scan.js';

/** Merchant salt of the client-side tests (stub fetch, fault servers). */
export const CLIENT_SALT = 'rel-salt-Qx7vT2mK9pZ4';

/** HMAC key of the client-side tests (differs from the salt, so both are scanned). */
export const CLIENT_HMAC_KEY = 'rel-hmac-key-Wd3nL8sR5fJ1';

/** The merchantId of every client the suite creates (the mock's). */
export const MERCHANT_ID = TEST_CREDENTIALS.merchantId;

/** Every secret the scanner looks for, by label. */
export const suiteSecrets: readonly Secret[] = [
  { label: 'client merchant salt', value: CLIENT_SALT },
  { label: 'client HMAC key', value: CLIENT_HMAC_KEY },
  { label: 'mock merchant salt', value: TEST_CREDENTIALS.merchantSalt },
  ...(TEST_CREDENTIALS.hmacKey !== undefined && TEST_CREDENTIALS.hmacKey !== TEST_CREDENTIALS.merchantSalt
    ? [{ label: 'mock HMAC key', value: TEST_CREDENTIALS.hmacKey }]
    : []),
];
