import { createHmac } from 'node:crypto';
import type { CryptoProvider } from './provider.js';

/** node:crypto provider: synchronous and asynchronous. */
export const nodeCryptoProvider: CryptoProvider = {
  name: 'node',
  hmacSha256Base64(key, message) {
    return createHmac('sha256', key).update(message, 'utf8').digest('base64');
  },
  async hmacSha256Base64Async(key, message) {
    return createHmac('sha256', key).update(message, 'utf8').digest('base64');
  },
};
