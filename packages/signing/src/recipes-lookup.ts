import { UnknownRecipeError } from './errors.js';
import { recipes } from './generated/recipes.js';
import type { LooseRecipe } from './recipe.js';

export type RecipeRef = string | LooseRecipe;

const table: Readonly<Record<string, LooseRecipe>> = recipes;

/** The recipe for an operation id (from the spec), or the recipe object itself. */
export function recipeFor(ref: RecipeRef): LooseRecipe {
  if (typeof ref !== 'string') return ref;
  const recipe = Object.hasOwn(table, ref) ? table[ref] : undefined;
  if (!recipe) throw new UnknownRecipeError(ref);
  return recipe;
}
