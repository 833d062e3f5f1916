import { SigningInputError } from './errors.js';
import type { LooseRecipe, TokenFormat } from './recipe.js';

/**
 * How a body value enters the token string (decided once, documented in the README, tested):
 * - absent (`undefined`) or `null` → "" (Haso's pages include optional fields such as ipAddress in recipes);
 * - string → itself, byte for byte (no trimming, no Unicode normalisation; UTF-8 when hashed);
 * - safe integer or bigint → its decimal string;
 * - with format `yyyy-MM-dd` → the string's date part (a string starting with a valid yyyy-MM-dd date);
 * - anything else (boolean, fraction, object, array, Date) → SigningInputError naming the field.
 */
export function tokenValue(operationId: string, field: string, value: unknown, format?: TokenFormat): string {
  if (value === undefined || value === null) return '';
  if (format === 'yyyy-MM-dd') return datePart(operationId, field, value);
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString(10);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    throw new SigningInputError(operationId, field, 'must be a string or a safe integer (fractions are ambiguous)');
  }
  throw new SigningInputError(operationId, field, `must be a string or an integer, got ${describe(value)}`);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

function datePart(operationId: string, field: string, value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return (value as string).slice(0, 10);
    }
  }
  throw new SigningInputError(operationId, field, 'must be a yyyy-MM-dd date string');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date (pass a yyyy-MM-dd string)';
  return `a ${typeof value}`;
}

/** The recipe's field values in order, as they enter the token (the salt is not included). */
export function tokenParts(recipe: LooseRecipe, body: Readonly<Record<string, unknown>>): string[] {
  return recipe.fields.map((field) => tokenValue(recipe.operationId, field, body[field], recipe.formats?.[field]));
}

/** The exact string that is HMAC'd: every field value in order, then the salt. */
export function tokenString(recipe: LooseRecipe, body: Readonly<Record<string, unknown>>, salt: string): string {
  return tokenParts(recipe, body).join('') + salt;
}

/** The token string with the salt replaced by a placeholder, safe to print or log. */
export function maskedTokenString(recipe: LooseRecipe, body: Readonly<Record<string, unknown>>): string {
  return `${tokenParts(recipe, body).join('')}<${recipe.salt ?? 'merchantSalt'}>`;
}
