// What each package gets generated, and where.
import { emitCodes } from './emit-codes.mjs';
import { emitOperationRoutes, emitOperations } from './emit-operations.mjs';
import { emitRecipes } from './emit-recipes.mjs';
import { emitTestCredentials } from './emit-test-credentials.mjs';
import { emitTypes } from './emit-types.mjs';
import { formatted } from './format.mjs';

export const targets = {
  types: [{ file: 'packages/types/src/generated/openapi.ts', emit: emitTypes }],
  signing: [{ file: 'packages/signing/src/generated/recipes.ts', emit: emitRecipes }],
  client: [
    { file: 'packages/client/src/generated/operation-routes.ts', emit: emitOperationRoutes },
    { file: 'packages/client/src/generated/operations.ts', emit: emitOperations },
    { file: 'packages/client/src/generated/codes.ts', emit: emitCodes },
  ],
  mock: [{ file: 'packages/mock/src/generated/test-credentials.ts', emit: emitTestCredentials }],
};

/** Renders every file of the named targets, biome-formatted: [{ file, content }]. */
export async function render(spec, names = Object.keys(targets)) {
  const out = [];
  for (const name of names) {
    if (!targets[name]) throw new Error(`Unknown codegen target "${name}" (known: ${Object.keys(targets).join(', ')})`);
    for (const { file, emit } of targets[name]) out.push({ file, content: formatted(file, await emit(spec)) });
  }
  return out;
}
