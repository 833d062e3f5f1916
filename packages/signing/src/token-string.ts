import { startsWithCalendarDate } from './calendar-date.js';
import { SigningInputError } from './errors.js';
import type { LooseRecipe, TokenFormat } from './recipe.js';

/**
 * How a body value enters the token string (decided once, documented in the README, tested):
 * - absent (`undefined`) or `null` → "" (Haso's pages include optional fields such as ipAddress in recipes);
 * - string → itself, byte for byte (no trimming, no Unicode normalisation; UTF-8 when hashed); a string that is not
 *   well-formed Unicode (a lone surrogate) → SigningInputError, since UTF-8 would turn every lone surrogate into
 *   U+FFFD and two different bodies would share one token;
 * - safe integer or bigint → its decimal string;
 * - with format `yyyy-MM-dd` → the string's date part (a string starting with a valid yyyy-MM-dd date);
 * - anything else (boolean, fraction, object, array, Date) → SigningInputError naming the field.
 */
export function tokenValue(operationId: string, field: string, value: unknown, format?: TokenFormat): string {
  if (value === undefined || value === null) return '';
  if (format === 'yyyy-MM-dd') return datePart(operationId, field, value);
  if (typeof value === 'string') {
    if (!isWellFormed(value)) {
      throw new SigningInputError(operationId, field, 'must be well-formed Unicode (it holds a lone surrogate)');
    }
    return value;
  }
  if (typeof value === 'bigint') return value.toString(10);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    throw new SigningInputError(operationId, field, 'must be a string or a safe integer (fractions are ambiguous)');
  }
  throw new SigningInputError(operationId, field, `must be a string or an integer, got ${describe(value)}`);
}

/** With the `u` flag a surrogate range matches only unpaired surrogates (a pair is one code point). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** ES2024 `String.prototype.isWellFormed` (Node 20+, current browsers). */
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** Whether a string holds no lone surrogate: the native check where the runtime has one, else LONE_SURROGATE. */
const isWellFormed: (value: string) => boolean =
  typeof nativeIsWellFormed === 'function'
    ? (value) => nativeIsWellFormed.call(value)
    : (value) => !LONE_SURROGATE.test(value);

const LETTER_T = 0x54;

/** The date part of a string that is a valid yyyy-MM-dd date, alone or followed by `T` (a date-time). */
function datePart(operationId: string, field: string, value: unknown): string {
  if (
    typeof value === 'string' &&
    (value.length === 10 || value.charCodeAt(10) === LETTER_T) &&
    startsWithCalendarDate(value)
  ) {
    return value.length === 10 ? value : value.slice(0, 10);
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

/** The exact string that is HMAC'd: every field value in order, then the salt (one concatenation, no array). */
export function tokenString(recipe: LooseRecipe, body: Readonly<Record<string, unknown>>, salt: string): string {
  const { operationId, fields, formats } = recipe;
  let text = '';
  for (const field of fields) text += tokenValue(operationId, field, body[field], formats?.[field]);
  return text + salt;
}

/** The token string with the salt replaced by a placeholder, safe to print or log. */
export function maskedTokenString(recipe: LooseRecipe, body: Readonly<Record<string, unknown>>): string {
  return `${tokenParts(recipe, body).join('')}<${recipe.salt ?? 'merchantSalt'}>`;
}
