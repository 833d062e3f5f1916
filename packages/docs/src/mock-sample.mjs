// Request bodies that work against the toolkit's mock as-is: its test merchantId and a token computed with
// @haso-toolkit/signing from its public test salt.
import { createSigner } from '@haso-toolkit/signing';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { recipeOf } from './token-recipe.mjs';

/** Base URL of a default `haso-mock` (`pnpm start`). */
export const MOCK_BASE_URL = 'http://127.0.0.1:4010';

/** The mock's public test credentials (never real secrets). */
export const MOCK_CREDENTIALS = TEST_CREDENTIALS;

const signer = createSigner({ merchantSalt: TEST_CREDENTIALS.merchantSalt, hmacKey: TEST_CREDENTIALS.hmacKey });

/**
 * requestToken of a body under the mock's test credentials.
 * @param {import('@haso-toolkit/signing').LooseRecipe} recipe
 * @param {Readonly<Record<string, unknown>>} body
 * @returns {string}
 */
export function mockToken(recipe, body) {
  return signer.sign(recipe, body);
}

/**
 * The example body re-targeted at the mock: `merchantId` set to the test merchant, `requestToken` recomputed for
 * signed operations (placed last) and dropped for unsigned ones. Key order of the example is kept.
 * @param {Record<string, any>} operation
 * @param {Readonly<Record<string, unknown>>} example
 * @returns {Record<string, unknown>}
 */
export function mockRequestBody(operation, example) {
  /** @type {Record<string, unknown>} */
  const body = {};
  for (const [key, value] of Object.entries(example)) {
    if (key === 'requestToken') continue;
    body[key] = key === 'merchantId' || key === 'MerchantId' ? TEST_CREDENTIALS.merchantId : value;
  }
  const recipe = recipeOf(operation);
  if (recipe) body.requestToken = mockToken(recipe, body);
  return body;
}
