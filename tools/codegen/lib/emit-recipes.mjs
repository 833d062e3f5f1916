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

export function emitRecipes(spec) {
  const recipes = recipesOf(spec);
  const byPath = Object.fromEntries(Object.values(recipes).map((r) => [r.path, r.operationId]));
  return `${banner('token recipes from x-haso-signature')}
import type { RecipeTable } from '../recipe.js';

/** Token recipe of every signed operation: fields in Haso's order (salt last, never sent). */
export const recipes = ${JSON.stringify(recipes, null, 2)} as const satisfies RecipeTable;

/** Signed operation ids by request path. */
export const recipeIdByPath = ${JSON.stringify(byPath, null, 2)} as const;

export type SignedOperationId = keyof typeof recipes;
`;
}
