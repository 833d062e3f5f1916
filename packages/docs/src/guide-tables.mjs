// Tables for the guides, generated from the spec: result/error codes, documentation status, token recipes,
// sandbox inputs and path families.
import {
  docOf,
  requestContentTypes,
  requestProperties,
  resultCodes,
  scenariosOf,
  unsignedOf,
} from '@haso-toolkit/spec/reader';
import { DOC_STATUSES, docStatusOf, isProvisional } from './doc-status.mjs';
import { code, table } from './markdown.mjs';
import { operationLink, operationReference } from './operation-index.mjs';
import { listOperations } from './spec-model.mjs';
import { recipeOf } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * Every documented code of `components.schemas.ResultCode['x-haso-codes']`.
 * @param {SpecDocument} spec
 */
export function errorCodeTable(spec) {
  const codes = resultCodes(spec);
  if (codes.length === 0) throw new Error('spec: ResultCode has no x-haso-codes');
  return table(
    ['code', 'kind', 'meaning', "seen on Haso's pages"],
    codes.map((c) => [code(c.code), c.kind, c.meaning, c.seen ?? '']),
  );
}

/**
 * Operation, Haso section and title, documentation status and path status, for every operation.
 * @param {SpecDocument} spec
 */
export function statusTable(spec) {
  const rows = listOperations(spec).map((entry) => {
    const op = entry.operation;
    const doc = docOf(op);
    const where = entry.source === 'webhook' ? `webhook ${code(entry.key)}` : code(entry.key);
    return [
      operationLink(entry),
      doc.section ?? '',
      doc.title ?? '',
      DOC_STATUSES[docStatusOf(op)].label,
      isProvisional(op) ? `${where} (provisional)` : where,
    ];
  });
  return table(['operation', 'section', "Haso's page title", 'status', 'path'], rows);
}

/**
 * "37 operations and 3 webhooks: 12 complete, …; 9 provisional paths."
 * @param {SpecDocument} spec
 */
export function statusSummary(spec) {
  const entries = listOperations(spec);
  const count = (/** @type {(e: typeof entries[number]) => boolean} */ test) => entries.filter(test).length;
  const perStatus = Object.entries(DOC_STATUSES).map(
    ([status, meta]) => `${count((e) => docStatusOf(e.operation) === status)} ${meta.label.toLowerCase()}`,
  );
  const paths = count((e) => e.source === 'path');
  const hooks = count((e) => e.source === 'webhook');
  return (
    `${paths} operations and ${hooks} webhooks: ${perStatus.join(', ')}; ` +
    `${count((e) => isProvisional(e.operation))} provisional paths.`
  );
}

/**
 * Token recipe of every path operation (fields in order, salt spelling) or why it has none.
 * @param {SpecDocument} spec
 */
export function recipeTable(spec) {
  const rows = listOperations(spec)
    .filter((e) => e.source === 'path')
    .map((entry) => {
      const recipe = recipeOf(entry.operation);
      if (recipe) {
        const formats = Object.entries(recipe.formats ?? {}).map(([f, fmt]) => `${code(f)} ${fmt}`);
        return [
          operationReference(entry),
          recipe.fields.map(code).join(' + '),
          code(recipe.salt ?? 'merchantSalt'),
          formats.join(', '),
        ];
      }
      return [operationReference(entry), `none: ${code(unsignedOf(entry.operation)?.reason ?? 'unknown')}`, '', ''];
    });
  return table(['operation', 'token fields, in order', 'salt spelling', 'formats'], rows);
}

/**
 * Sandbox inputs: every `x-haso-scenarios` entry and every request property named `test…`.
 * @param {SpecDocument} spec
 */
export function sandboxTable(spec) {
  /** @type {string[][]} */
  const rows = [];
  for (const entry of listOperations(spec)) {
    if (entry.source !== 'path') continue;
    const { properties } = requestProperties(spec, entry.operation);
    for (const [name, schema] of Object.entries(properties)) {
      if (!/^test/i.test(name)) continue;
      const scenarios = scenariosOf(entry.operation).filter((s) => s.field === name);
      const values = scenarios.map((s) => `${code(s.value)} → ${code(s.example)}`);
      const description = String(schema.description ?? '').trim();
      rows.push([operationReference(entry), code(name), description, values.join(', ')]);
    }
  }
  if (rows.length === 0) return '_The spec documents no sandbox inputs._';
  return table(['operation', 'field', "what Haso's page says", 'mock scenario (value → example)'], rows);
}

/**
 * Path prefixes (`/RequestV2`, `/Index`, `/ServletV2`) with their operation count and request media types.
 * @param {SpecDocument} spec
 */
export function pathFamilyTable(spec) {
  /** @type {Map<string, { count: number, types: Set<string> }>} */
  const families = new Map();
  for (const entry of listOperations(spec)) {
    if (entry.source !== 'path') continue;
    const prefix = `/${entry.key.split('/')[1] ?? ''}`;
    const family = families.get(prefix) ?? { count: 0, types: new Set() };
    family.count += 1;
    for (const type of requestContentTypes(spec, entry.operation)) family.types.add(type);
    families.set(prefix, family);
  }
  return table(
    ['path', 'operations', 'request body'],
    [...families].map(([prefix, f]) => [
      code(`{SERVIS_URL}${prefix}/…`),
      String(f.count),
      [...f.types].map(code).join(', '),
    ]),
  );
}

/**
 * How the operations spell the salt: "`merhant_salt` (20 operations) and `merchantSalt` (3 operations)".
 * @param {SpecDocument} spec
 */
export function saltSpellings(spec) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const entry of listOperations(spec)) {
    const salt = recipeOf(entry.operation)?.salt;
    if (salt) counts.set(salt, (counts.get(salt) ?? 0) + 1);
  }
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([salt, n]) => `${code(salt)} (${n} operation${n === 1 ? '' : 's'})`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'not at all');
}
