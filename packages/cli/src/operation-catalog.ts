// Every operation as the command line shows it: the client's generated operation table (with each token recipe) and
// the bundled spec's summaries. Nothing here is written per endpoint.
import { type OperationEntry, type OperationTable, operations } from '@haso-toolkit/client';
import type { LooseRecipe } from '@haso-toolkit/signing';
import { CliError } from './errors.js';
import { specOperation } from './spec.js';

/** One operation with what the command line needs to list, sign and call it. */
export interface OperationInfo extends OperationEntry {
  /** The spec's one-line summary. */
  readonly summary: string;
}

const table: OperationTable = operations;

let all: OperationInfo[] | undefined;

/** Every operation, in the spec's order. */
export function listOperations(): readonly OperationInfo[] {
  all ??= Object.values(table).map((entry) => ({
    ...entry,
    summary: specOperation(entry.operationId)?.summary ?? '',
  }));
  return all;
}

/** The operation named by its operationId (or its path); a CliError suggests the right spelling. */
export function findOperation(name: string): OperationInfo {
  const ops = listOperations();
  const found = ops.find((op) => op.operationId === name || op.path === name);
  if (found) return found;
  const lower = name.toLowerCase();
  const near = ops.find((op) => op.operationId.toLowerCase() === lower || op.path.toLowerCase() === lower);
  const hint = near ? `did you mean ${near.operationId}?` : 'haso operations lists them';
  throw new CliError(`unknown operation '${name}' (${hint})`);
}

/** The token recipe as text: `merchantId + ipAddress + kkbRefNo + merhant_salt` (salt left out when not appended). */
export function recipeText(recipe: LooseRecipe, appendSalt = true): string {
  return [...recipe.fields, ...(appendSalt ? [recipe.salt ?? 'merchantSalt'] : [])].join(' + ');
}

/** What an operation's token is: its recipe, or why it has none (`unsigned: recipe-not-published`). */
export function tokenSummary(op: OperationInfo): string {
  return op.recipe ? recipeText(op.recipe) : `unsigned: ${op.unsignedReason ?? 'no recipe'}`;
}
