// Request fields outside an operation's token recipe: a signed body can have them changed without changing its token.
import { loadSpec, requestSchema } from './spec-model.mjs';
import { recipeOf } from './token-recipe.mjs';

/** @type {Record<string, any> | undefined} */
let bundled;

/**
 * The operation's request properties that do not enter its requestToken (requestToken itself excluded), in schema
 * order; every property when the operation has no recipe.
 * @param {Record<string, any>} operation
 * @param {Record<string, any>} [spec] the document the operation's `$ref`s point into (default: the bundled spec)
 * @returns {string[]}
 */
export function unsignedRequestFields(operation, spec = (bundled ??= loadSpec())) {
  const signed = new Set(recipeOf(operation)?.fields ?? []);
  const properties = Object.keys(requestSchema(spec, operation).properties ?? {});
  return properties.filter((name) => name !== 'requestToken' && !signed.has(name));
}
