import { hmacSha256Base64 } from './node-hmac.js';
import type { CryptoProvider } from './provider.js';

/** node:crypto provider: synchronous and asynchronous. */
export const nodeCryptoProvider: CryptoProvider = {
  name: 'node',
  synchronous: true,
  hmacSha256Base64(key, message) {
    return hmacSha256Base64(key, message);
  },
  async hmacSha256Base64Async(key, message) {
    return hmacSha256Base64(key, message);
  },
};
