// What the console shows before it signs: the token string field by field in recipe order, the salt masked. The one
// module that builds this view, from @haso-toolkit/signing's public exports (recipes, tokenParts, describe()).
import { recipes, tokenParts } from '@haso-toolkit/signing';

/**
 * @typedef {{ field: string, value: string, masked?: boolean }} TokenPart
 * @typedef {{ describe(recipe: string, body: Readonly<Record<string, unknown>>): string }} Describer
 */

/** @type {Readonly<Record<string, import('@haso-toolkit/signing').LooseRecipe | undefined>>} */
const RECIPES = recipes;

/**
 * The parts of an operation's token string (the salt as `<merhant_salt>`) and the whole string with the salt
 * masked; undefined when the operation has no recipe. Throws SigningInputError for a value no recipe can sign.
 * @param {Describer} signer
 * @param {string} operationId
 * @param {Readonly<Record<string, unknown>>} body
 * @returns {{ parts: TokenPart[], masked: string } | undefined}
 */
export function describeParts(signer, operationId, body) {
  const recipe = Object.hasOwn(RECIPES, operationId) ? RECIPES[operationId] : undefined;
  if (!recipe) return undefined;
  const values = tokenParts(recipe, body);
  const salt = recipe.salt ?? 'merchantSalt';
  /** @type {TokenPart[]} */
  const parts = recipe.fields.map((field, i) => ({ field, value: values[i] ?? '' }));
  parts.push({ field: `salt (${salt})`, value: `<${salt}>`, masked: true });
  return { parts, masked: signer.describe(operationId, body) };
}
