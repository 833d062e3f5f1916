// HMAC-SHA256 with node:crypto's createHmac, each key imported once as a KeyObject (UTF-8, as createHmac reads one).
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/** Keys kept at most (the credentials of the signers in use); the cache is emptied when full. */
const MAX_KEYS = 16;

/** A base64 HMAC-SHA256 function with its own key cache. */
export function createHmacSha256Base64(): (key: string, message: string) => string {
  const imported = new Map<string, KeyObject>();
  return (key, message) => {
    let secret = imported.get(key);
    if (!secret) {
      if (imported.size >= MAX_KEYS) imported.clear();
      secret = createSecretKey(Buffer.from(key, 'utf8'));
      imported.set(key, secret);
    }
    return createHmac('sha256', secret).update(message, 'utf8').digest('base64');
  };
}

/** The provider's HMAC (one key cache per process). */
export const hmacSha256Base64 = createHmacSha256Base64();
