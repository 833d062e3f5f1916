// The known-answer vectors (computed with openssl by tools/vectors/known-answers.sh, independently of this code).
import { readFileSync } from 'node:fs';

/** One vector: credentials, a body, the exact string HMAC'd and the token. */
export interface Vector {
  name: string;
  operationId: string;
  hmacKey: string;
  merchantSalt: string;
  body: Record<string, unknown>;
  message: string;
  token: string;
}

export const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../../tools/vectors/known-answers.json', import.meta.url), 'utf8'),
);
