// packages/signing: the token recipe of every signed operation, typed against the generated request bodies.
import { banner } from './banner.mjs';
import { FREEZE_HELPER, frozenSource } from './frozen-source.mjs';
import { listOperations, recipeOf } from './spec.mjs';

export function recipesOf(spec) {
  const recipes = {};
  for (const entry of listOperations(spec)) {
    const recipe = entry.webhook ? undefined : recipeOf(entry);
    if (recipe) recipes[entry.operationId] = recipe;
  }
  return recipes;
}

/** The name of an operation's recipe constant (`reSendKkbPinRecipe`), exported by `@haso-toolkit/signing/recipes`. */
export const recipeConstant = (operationId) => `${operationId}Recipe`;

export function emitRecipes(spec) {
  const recipes = recipesOf(spec);
  const byPath = Object.fromEntries(Object.values(recipes).map((r) => [r.path, r.operationId]));
  const constants = Object.values(recipes).map(
    (r) => `/** ${r.operationId}: ${r.fields.join(' + ')} + ${r.salt} */
export const ${recipeConstant(r.operationId)} = ${frozenSource(r)} satisfies Recipe<${JSON.stringify(r.operationId)}>;`,
  );
  return `${banner('token recipes from x-haso-signature', spec)}
// One constant per signed operation (a bundler keeps only those imported), and the table of all of them; every
// object and array is frozen.
import type { Recipe, RecipeTable } from '../recipe.js';

${FREEZE_HELPER}
${constants.join('\n\n')}

/** Token recipe of every signed operation: fields in Haso's order (salt last, never sent). */
export const recipes = /* @__PURE__ */ freeze({
${Object.keys(recipes)
  .map((id) => `  ${id}: ${recipeConstant(id)},`)
  .join('\n')}
}) satisfies RecipeTable;

/** Signed operation ids by request path. */
export const recipeIdByPath = ${frozenSource(byPath)};

export type SignedOperationId = keyof typeof recipes;
`;
}
