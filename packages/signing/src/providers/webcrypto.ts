import type { CryptoProvider } from './provider.js';

/** The part of Web Crypto's `SubtleCrypto` the provider uses (declared here so no DOM lib is needed). */
export interface SubtleHmac {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: never, data: Uint8Array): Promise<ArrayBuffer>;
}

const encoder = new TextEncoder();

/** Web Crypto (crypto.subtle) provider for browsers, Deno, Bun and edge runtimes: asynchronous only. */
export function createWebCryptoProvider(
  subtle: SubtleHmac = (globalThis as unknown as { crypto: { subtle: SubtleHmac } }).crypto.subtle,
): CryptoProvider {
  const keys = new Map<string, Promise<unknown>>();
  const keyFor = (key: string): Promise<unknown> => {
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
    synchronous: false,
    async hmacSha256Base64Async(key, message) {
      const signature = await subtle.sign('HMAC', (await keyFor(key)) as never, encoder.encode(message));
      return bytesToBase64(new Uint8Array(signature));
    },
  };
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
