import { CryptoProviderOnlySupportsAsyncError } from '../errors.js';
import type { CryptoProvider } from './provider.js';

const encoder = new TextEncoder();

/** Web Crypto (crypto.subtle) provider for browsers, Deno, Bun and edge runtimes: asynchronous only. */
export function createWebCryptoProvider(subtle: SubtleCrypto = globalThis.crypto.subtle): CryptoProvider {
  const keys = new Map<string, Promise<CryptoKey>>();
  const keyFor = (key: string): Promise<CryptoKey> => {
    let imported = keys.get(key);
    if (!imported) {
      imported = subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      if (keys.size >= 16) keys.clear();
      keys.set(key, imported);
    }
    return imported;
  };
  return {
    name: 'webcrypto',
    hmacSha256Base64() {
      throw new CryptoProviderOnlySupportsAsyncError('webcrypto');
    },
    async hmacSha256Base64Async(key, message) {
      const signature = await subtle.sign('HMAC', await keyFor(key), encoder.encode(message));
      return bytesToBase64(new Uint8Array(signature));
    },
  };
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
