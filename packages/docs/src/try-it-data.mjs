// What the Try-it console needs per callable operation, computed at build time from the spec and embedded in the
// page as JSON: the path, JSON call or browser form post, the merchantId spelling, the example body (without the
// fields the console fills in), and why there is no token. Recipes are not copied: the console bundle imports them
// from @haso-toolkit/signing.
import {
  filledFields,
  operationKind,
  requestExample,
  requestExampleInput,
  unsignedOf,
  unsignedRequestFields,
} from '@haso-toolkit/spec/reader';
import { MOCK_BASE_URL, MOCK_CREDENTIALS } from './mock-sample.mjs';
import { operationHref } from './nav-links.mjs';
import { listOperations } from './spec-model.mjs';
import { recipeOf } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * @typedef {object} TryItOperation
 * @property {string} operationId
 * @property {string} path               `/RequestV2/ReSendKkbPin`
 * @property {'json' | 'form'} kind      fetch with a JSON body, or a browser form post opened in a new tab
 * @property {string | null} merchantIdField  `merchantId` or `MerchantId` (what the console fills in), null if none
 * @property {boolean} signed            whether the signing package has a recipe (the console computes the token)
 * @property {string | null} unsignedReason  `x-haso-unsigned.reason` of an operation without a token
 * @property {string[]} outsideToken     request fields outside the recipe (signed operations)
 * @property {Record<string, unknown>} body  the request example minus merchantId and requestToken
 */
/**
 * @typedef {object} TryItData
 * @property {{ baseUrl: string, merchantId: string, merchantSalt: string, hmacKey: string }} defaults
 * @property {Record<string, TryItOperation>} operations  by the operation's section id in the page (`limit/resendkkbpin`)
 */

/**
 * The console's data for every path operation with a request example.
 * @param {SpecDocument} spec
 * @returns {TryItData}
 */
export function tryItData(spec) {
  /** @type {Record<string, TryItOperation>} */
  const operations = {};
  for (const entry of listOperations(spec)) {
    const example = entry.source === 'path' ? requestExample(spec, entry.operation) : undefined;
    if (!example) continue;
    const op = entry.operation;
    operations[operationHref(op).slice(2)] = {
      operationId: String(op.operationId),
      path: entry.key,
      kind: operationKind(op) === 'form' ? 'form' : 'json',
      merchantIdField: filledFields(spec, op).merchantId,
      signed: Boolean(recipeOf(op)),
      unsignedReason: unsignedOf(op)?.reason ?? null,
      outsideToken: unsignedRequestFields(spec, op) ?? [],
      body: requestExampleInput(spec, op),
    };
  }
  const { merchantId, merchantSalt, hmacKey } = MOCK_CREDENTIALS;
  return { defaults: { baseUrl: MOCK_BASE_URL, merchantId, merchantSalt, hmacKey }, operations };
}
