// packages/signing: the token recipe of every signed operation, typed against the generated request bodies.
import { banner } from './banner.mjs';
import { listOperations } from './spec.mjs';

export function recipesOf(spec) {
  const recipes = {};
  for (const { operationId, path, op, webhook } of listOperations(spec)) {
    const sig = op['x-haso-signature'];
    if (webhook || !sig) continue;
    recipes[operationId] = {
      operationId,
      path,
      fields: sig.fields,
      formats: sig.formats ?? {},
      salt: sig.salt,
    };
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
export const ${recipeConstant(r.operationId)} = ${JSON.stringify(r, null, 2)} as const satisfies Recipe<${JSON.stringify(r.operationId)}>;`,
  );
  return `${banner('token recipes from x-haso-signature')}
// One constant per signed operation (a bundler keeps only those imported), and the table of all of them.
import type { Recipe, RecipeTable } from '../recipe.js';

${constants.join('\n\n')}

/** Token recipe of every signed operation: fields in Haso's order (salt last, never sent). */
export const recipes = {
${Object.keys(recipes).map((id) => `  ${id}: ${recipeConstant(id)},`).join('\n')}
} as const satisfies RecipeTable;

/** Signed operation ids by request path. */
export const recipeIdByPath = ${JSON.stringify(byPath, null, 2)} as const;

export type SignedOperationId = keyof typeof recipes;
`;
}
