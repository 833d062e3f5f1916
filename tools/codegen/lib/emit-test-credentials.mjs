// packages/mock: the mock's public test credentials, declared once in the spec (x-haso-test-credentials).
import { banner } from './banner.mjs';
import { FREEZE_HELPER, frozenSource } from './frozen-source.mjs';
import { testCredentials } from './spec.mjs';

export function emitTestCredentials(spec) {
  return `${banner('test credentials from x-haso-test-credentials', spec)}
${FREEZE_HELPER}
/**
 * The mock's public test credentials (not secrets): the merchantId it accepts, the salt appended to every token
 * string and the HMAC key. Every request example of the spec is written for them.
 */
export const TEST_CREDENTIALS = ${frozenSource(testCredentials(spec))};
`;
}
