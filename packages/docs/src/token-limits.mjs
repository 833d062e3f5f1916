// What a requestToken does not protect, computed from the spec and @haso-toolkit/signing: two bodies with one token
// (characters moved between adjacent fields), operations that share a recipe, and fields outside each recipe.
import { requestProperties, unsignedRequestFields } from '@haso-toolkit/spec/reader';
import { code, fence, table } from './markdown.mjs';
import { mockToken } from './mock-sample.mjs';
import { operationReference } from './operation-index.mjs';
import { listOperations } from './spec-model.mjs';
import { recipeOf } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('./spec-model.mjs').OperationEntry} OperationEntry */

/**
 * Two bodies that differ only in where the boundary between two adjacent string fields of the recipe lies (three
 * characters moved from the second to the first), and their tokens under the mock's credentials: always equal.
 * Pairs that start with merchantId come last.
 * @param {OperationObject} operation a signed operation
 * @param {Readonly<Record<string, unknown>>} body a body of it, token included
 * @returns {{ first: string, second: string, original: Record<string, unknown>, moved: Record<string, unknown>,
 *   originalToken: string, movedToken: string }}
 */
export function movedBoundary(operation, body) {
  const recipe = recipeOf(operation);
  if (!recipe) throw new Error(`${operation.operationId} has no token recipe`);
  const fields = recipe.fields;
  const starts = [...fields.keys()]
    .slice(0, -1)
    .sort((i, j) => Number(fields[i] === 'merchantId') - Number(fields[j] === 'merchantId'));
  for (const i of starts) {
    const first = /** @type {string} */ (fields[i]);
    const second = /** @type {string} */ (fields[i + 1]);
    const a = body[first];
    const b = body[second];
    if (
      typeof a !== 'string' ||
      typeof b !== 'string' ||
      b.length < 4 ||
      recipe.formats?.[first] ||
      recipe.formats?.[second]
    )
      continue;
    const { requestToken: _, ...original } = body;
    const moved = { ...original, [first]: a + b.slice(0, 3), [second]: b.slice(3) };
    return {
      first,
      second,
      original,
      moved,
      originalToken: mockToken(recipe, original),
      movedToken: mockToken(recipe, moved),
    };
  }
  throw new Error(`${operation.operationId}: no two adjacent string fields in the example`);
}

/**
 * Markdown of `movedBoundary`: both bodies and their one token.
 * @param {OperationObject} operation
 * @param {Readonly<Record<string, unknown>>} body
 */
export function movedBoundaryMarkdown(operation, body) {
  const m = movedBoundary(operation, body);
  const pick = (/** @type {Record<string, unknown>} */ b) =>
    JSON.stringify({ [m.first]: b[m.first], [m.second]: b[m.second] });
  const lines = [`${pick(m.original)}  →  ${m.originalToken}`, `${pick(m.moved)}  →  ${m.movedToken}`];
  return fence(lines.join('\n'), 'text');
}

/**
 * Signed path operations grouped by identical recipe (same fields in the same order, same formats); only groups of
 * two or more.
 * @param {SpecDocument} spec
 * @returns {{ fields: readonly string[], entries: OperationEntry[] }[]}
 */
export function sharedRecipeGroups(spec) {
  /** @type {Map<string, { fields: readonly string[], entries: OperationEntry[] }>} */
  const groups = new Map();
  for (const entry of listOperations(spec)) {
    const recipe = entry.source === 'path' ? recipeOf(entry.operation) : undefined;
    if (!recipe) continue;
    const key = JSON.stringify([recipe.fields, Object.entries(recipe.formats ?? {}).sort()]);
    const group = groups.get(key) ?? { fields: recipe.fields, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.entries.length > 1);
}

/**
 * Table of the operations that share a recipe.
 * @param {SpecDocument} spec
 */
export function sharedRecipeTable(spec) {
  const groups = sharedRecipeGroups(spec);
  if (groups.length === 0) return '_No two operations share a recipe._';
  return table(
    ['token fields, in order', 'operations whose tokens are interchangeable'],
    groups.map((g) => [g.fields.map(code).join(' + '), g.entries.map(operationReference).join(', ')]),
  );
}

/**
 * Per signed path operation, the request fields outside its recipe.
 * @param {SpecDocument} spec
 */
export function unsignedFieldsTable(spec) {
  const rows = listOperations(spec)
    .filter((e) => e.source === 'path' && recipeOf(e.operation))
    .map((entry) => {
      const fields = (unsignedRequestFields(spec, entry.operation) ?? []).map(code);
      if (requestProperties(spec, entry.operation).open) fields.push('any unlisted field');
      return [operationReference(entry), fields.length > 0 ? fields.join(', ') : 'none'];
    });
  return table(['operation', 'request fields outside the token'], rows);
}
