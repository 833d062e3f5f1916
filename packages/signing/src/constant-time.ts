const TOKEN = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Compares two base64 HMAC-SHA256 tokens in constant time. Anything that is not a well-formed 44-character
 * token (empty, wrong length, bad alphabet) is simply unequal; the comparison loop always runs over 44 characters.
 */
export function tokensEqual(expected: string, actual: unknown): boolean {
  if (typeof actual !== 'string' || !TOKEN.test(actual) || !TOKEN.test(expected)) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ actual.charCodeAt(i);
  return diff === 0;
}
