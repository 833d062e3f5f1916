import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHmacSha256Base64, hmacSha256Base64 } from '../src/providers/node-hmac.js';

const reference = (key: string, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('base64');

const keys = [
  'k',
  'haso-mock-salt',
  'a'.repeat(63),
  'a'.repeat(64), // exactly one SHA-256 block
  'a'.repeat(65), // longer than a block: hashed first
  'ş'.repeat(32), // 64 UTF-8 bytes from 32 units
  `${'ş'.repeat(32)}x`, // 65 UTF-8 bytes
  '😀'.repeat(16), // 64 UTF-8 bytes of surrogate pairs
  'lone \uD800 high',
  'lone \uDC00 low',
  'x'.repeat(1000),
];
const messages = [
  '',
  '10000185.105.12.34KKB-20261123-0001haso-mock-salt',
  'AyşeYılmaz1985-04-12',
  'pair 😀 and lone \uD83D and \uDE00',
  'y'.repeat(1024),
  'ü'.repeat(1024), // two UTF-8 bytes per unit
  '€'.repeat(1024), // three UTF-8 bytes per unit
  '€'.repeat(5000),
];

describe('node HMAC-SHA256 with imported keys', () => {
  it('is createHmac for any key and message, at every length boundary', () => {
    for (const key of keys) {
      for (const message of messages) expect(hmacSha256Base64(key, message)).toBe(reference(key, message));
    }
  });

  it('keeps each key apart when many keys alternate (cache filling, emptying, last key)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `key-${i}-${'ğ'.repeat(i)}`);
    for (let round = 0; round < 3; round++) {
      for (const key of [...many, ...many.slice().reverse()]) {
        const message = `message for ${key} in round ${round}`;
        expect(hmacSha256Base64(key, message)).toBe(reference(key, message));
      }
    }
  });

  it('a short message after a long one under the same key is independent of it', () => {
    const key = 'leftover-key';
    expect(hmacSha256Base64(key, '€'.repeat(1024))).toBe(reference(key, '€'.repeat(1024)));
    expect(hmacSha256Base64(key, 'ab')).toBe(reference(key, 'ab'));
    expect(hmacSha256Base64(key, '')).toBe(reference(key, ''));
  });

  it('each function keeps its own cache, and agrees with createHmac from its first call', () => {
    const fresh = createHmacSha256Base64();
    for (const key of keys) {
      for (const message of messages) expect(fresh(key, message)).toBe(reference(key, message));
    }
  });
});
