// The toolkit's mock as the spec describes it (its default server URL and `x-haso-test-credentials`), and tokens of
// bodies the docs build themselves, computed with @haso-toolkit/signing for those credentials.
import { createSigner } from '@haso-toolkit/signing';
import { loadSpec } from '@haso-toolkit/spec/load';
import { defaultServerUrl, testCredentials } from '@haso-toolkit/spec/reader';

const spec = loadSpec();

/** Base URL of a default `haso-mock` (`pnpm start`): the spec's first server. */
export const MOCK_BASE_URL = defaultServerUrl(spec);

/** The mock's public test credentials (never real secrets). */
export const MOCK_CREDENTIALS = Object.freeze(testCredentials(spec));

/** A signer with the mock's test credentials. */
export const mockSigner = createSigner({
  merchantSalt: MOCK_CREDENTIALS.merchantSalt,
  hmacKey: MOCK_CREDENTIALS.hmacKey,
});

/**
 * requestToken of a body under the mock's test credentials.
 * @param {import('@haso-toolkit/signing').LooseRecipe} recipe
 * @param {Readonly<Record<string, unknown>>} body
 * @returns {string}
 */
export function mockToken(recipe, body) {
  return mockSigner.sign(recipe, body);
}
