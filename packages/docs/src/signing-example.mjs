// The signing guide's worked example: one operation's request example (signed for the mock's public test
// credentials), its token string computed at build time with @haso-toolkit/signing.
import { requestExample, requestProperties } from '@haso-toolkit/spec/reader';
import { code, fence, table } from './markdown.mjs';
import { MOCK_CREDENTIALS, mockToken, mockSigner as signer } from './mock-sample.mjs';
import { indexOperations, operationReference } from './operation-index.mjs';
import { shellQuote } from './quoting.mjs';
import { formula, recipeOf } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * The token string of `body` with the test salt in place of its placeholder.
 * @param {import('@haso-toolkit/signing').LooseRecipe} recipe
 * @param {Readonly<Record<string, unknown>>} body
 * @param {string} salt
 * @returns {string}
 */
const tokenString = (recipe, body, salt) =>
  signer
    .describeParts(recipe, body)
    .map((p) => (p.kind === 'salt' ? salt : p.value))
    .join('');

/** The operation the signing guide works through (the spec's model operation). */
export const WORKED_EXAMPLE_OPERATION = 'reSendKkbPin';

/**
 * @typedef {object} WorkedExample
 * @property {string} operationId
 * @property {string} reference    Markdown link to the operation
 * @property {string} formula      `requestToken = Base64(HMAC-SHA256(key, … + merhant_salt))`
 * @property {Record<string, unknown>} body  the request body, token included
 * @property {string} inputsTable  Markdown table: position, field, value, what enters the token
 * @property {string} tokenString  the exact string that is HMAC'd (test salt shown)
 * @property {string} maskedString the same string with the salt masked, as `signer.describe()` prints it
 * @property {string} token        the resulting requestToken
 * @property {string} optionalField an optional recipe field, left out for the second example ('' when none)
 * @property {string} absentString token string without that field
 * @property {string} absentToken  token without that field
 * @property {string} opensslCheck shell command that recomputes the token with openssl
 */

/**
 * Computes the worked example for one signed operation.
 * @param {SpecDocument} spec
 * @param {string} [operationId]
 * @returns {WorkedExample}
 */
export function workedExample(spec, operationId = WORKED_EXAMPLE_OPERATION) {
  const entry = indexOperations(spec).get(operationId);
  const recipe = entry && recipeOf(entry.operation);
  const example = entry && requestExample(spec, entry.operation);
  if (!entry || !recipe || !example)
    throw new Error(`signing guide: ${operationId} is not a signed operation with an example`);
  const body = { ...example.value };
  if (body.requestToken !== signer.sign(recipe, body)) {
    throw new Error(
      `signing guide: the request example of ${operationId} is not signed for the mock (rebuild the spec)`,
    );
  }
  const salt = MOCK_CREDENTIALS.merchantSalt;
  const parts = signer.describeParts(recipe, body).flatMap((p) => (p.kind === 'field' ? [p.value] : []));
  const rows = recipe.fields.map((field, i) => [
    String(i + 1),
    code(field),
    body[field] === undefined ? '(absent)' : code(JSON.stringify(body[field])),
    parts[i] === '' ? '"" (empty string)' : code(parts[i] ?? ''),
  ]);
  rows.push([
    String(recipe.fields.length + 1),
    `salt (${code(recipe.salt ?? 'merchantSalt')})`,
    'test salt',
    code(salt),
  ]);

  const required = new Set(requestProperties(spec, entry.operation).required);
  const optionalField = recipe.fields.find((f) => !required.has(f) && body[f] !== undefined) ?? '';
  const withoutOptional = { ...body };
  delete withoutOptional[optionalField];
  delete withoutOptional.requestToken;

  const string = tokenString(recipe, body, salt);
  return {
    operationId,
    reference: operationReference(entry),
    formula: formula(recipe),
    body,
    inputsTable: table(['#', 'field', 'value in the body', 'enters the token as'], rows),
    tokenString: string,
    maskedString: signer.describe(recipe, body),
    token: String(body.requestToken),
    optionalField,
    absentString: optionalField ? tokenString(recipe, withoutOptional, salt) : '',
    absentToken: optionalField ? mockToken(recipe, withoutOptional) : '',
    opensslCheck: fence(
      `printf %s ${shellQuote(string)} | openssl dgst -sha256 -hmac ${shellQuote(MOCK_CREDENTIALS.hmacKey)} -binary | base64`,
      'sh',
    ),
  };
}
