// An independent model of Haso's requestToken, written from the spec's x-haso-signature and the rules the README
// documents, with node:crypto called directly: the property tests check the signing package against it.
import { createHmac } from 'node:crypto';
import type { Signature } from '@haso-toolkit/spec/reader';

/**
 * How one body value enters the token string: absent / null → "", a string → itself, a safe integer → its decimal
 * digits, a `yyyy-MM-dd` field → its first ten characters. Other values are not modelled (the package rejects them).
 */
function expectedPart(value: unknown, format: string | undefined): string {
  if (value === undefined || value === null) return '';
  if (format === 'yyyy-MM-dd') return String(value).slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value.toFixed(0);
  throw new Error(`the model does not cover a ${typeof value}`);
}

/** The string Haso HMACs: every field of the signature, in the spec's order, then the salt. */
export function expectedTokenString(
  signature: Pick<Signature, 'fields' | 'formats'>,
  body: Readonly<Record<string, unknown>>,
  salt: string,
): string {
  let text = '';
  for (const field of signature.fields) text += expectedPart(body[field], signature.formats[field]);
  return text + salt;
}

/** Base64 HMAC-SHA256 of the UTF-8 message, with node:crypto. */
export function hmacBase64(key: string, message: string): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(message, 'utf8')).digest('base64');
}
