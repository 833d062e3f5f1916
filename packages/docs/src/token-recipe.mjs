// Token recipes as @haso-toolkit/signing exports them (generated from x-haso-signature), and the sentence that
// explains one.
import { recipes } from '@haso-toolkit/signing';
import { signatureOf, unsignedOf } from '@haso-toolkit/spec/reader';
import { code } from './markdown.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */

/** @typedef {import('@haso-toolkit/signing').LooseRecipe} LooseRecipe */

/** @type {Readonly<Record<import('@haso-toolkit/spec/reader').UnsignedReason, string>>} */
const UNSIGNED_REASONS = Object.freeze({
  'recipe-not-published': 'no recipe published by Haso',
  'form-token': 'browser form post with a form `token` instead',
  'no-token-documented': 'no token documented',
  'inbound-webhook': 'a post Haso sends to you',
});

/** @type {Readonly<Record<string, LooseRecipe | undefined>>} */
const RECIPES = recipes;

/**
 * The operation's token recipe from @haso-toolkit/signing, or undefined when it is unsigned. Throws when the spec
 * (`x-haso-signature`) and the signing package disagree, i.e. when the signing package was built from another spec.
 * @param {Pick<OperationObject, 'operationId' | 'x-haso-signature'>} operation
 * @returns {LooseRecipe | undefined}
 */
export function recipeOf(operation) {
  const id = String(operation.operationId);
  const recipe = Object.hasOwn(RECIPES, id) ? RECIPES[id] : undefined;
  if (Boolean(recipe) !== Boolean(signatureOf(operation))) {
    throw new Error(
      `${id}: the spec and @haso-toolkit/signing disagree on its token recipe (rebuild the signing package)`,
    );
  }
  return recipe;
}

/**
 * `Base64(HMAC-SHA256(key, a + b + salt))` for a recipe.
 * @param {LooseRecipe} recipe
 */
export function formula(recipe) {
  return `requestToken = Base64(HMAC-SHA256(key, ${[...recipe.fields, recipe.salt ?? 'merchantSalt'].join(' + ')}))`;
}

/**
 * Markdown paragraph of an operation's token rule: the recipe (field order, salt spelling, optional fields, formats)
 * or the reason there is none.
 * @param {OperationObject} operation
 * @param {ReadonlySet<string>} requiredFields required request properties (absent optional fields enter as "")
 * @param {string} signingGuideLink Markdown link to the signing guide
 * @returns {string}
 */
export function tokenParagraph(operation, requiredFields, signingGuideLink) {
  const recipe = recipeOf(operation);
  if (!recipe) {
    const unsigned = unsignedOf(operation);
    if (!unsigned) return '**Token:** not described by the spec.';
    const why = UNSIGNED_REASONS[unsigned.reason] ?? unsigned.reason;
    return `**Token:** none — ${code(unsigned.reason)} (${why}). ${unsigned.note}`;
  }
  const parts = [
    `**Token:** ${code(formula(recipe))}.`,
    `Fields in exactly this order, then the salt (spelled ${code(recipe.salt ?? 'merchantSalt')} on Haso's page).`,
  ];
  const optional = recipe.fields.filter((f) => !requiredFields.has(f));
  if (optional.length > 0) {
    parts.push(`Absent optional fields enter as an empty string: ${optional.map(code).join(', ')}.`);
  }
  const formats = Object.entries(recipe.formats ?? {});
  if (formats.length > 0) {
    parts.push(`Formats: ${formats.map(([field, format]) => `${code(field)} as ${code(String(format))}`).join(', ')}.`);
  }
  parts.push(`The HMAC key is not named by Haso (the toolkit uses the salt). See ${signingGuideLink}.`);
  return parts.join(' ');
}
