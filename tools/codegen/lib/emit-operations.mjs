// packages/client: the operation table, in two generated modules so a browser bundle carries only what the client
// needs at runtime:
// - operation-routes.ts: per operation its path, kind, token status and request schema (validation), plus the named
//   request schemas. The client's runtime imports only this module.
// - operations.ts: the documented table (the routes plus content type, unsigned reason, doc section and status),
//   exported for tools such as the CLI; a bundle that does not import it leaves it out.
import { banner } from './banner.mjs';
import { createCompactor } from './compact-schema.mjs';
import { recipeConstant, recipesOf } from './emit-recipes.mjs';
import { listOperations, requestSchemaOf } from './spec.mjs';

/** read = safe to retry (Index/* unless marked x-haso-write), write = never retried blindly, form = browser post. */
export function kindOf(path, op) {
  if (path.startsWith('/ServletV2/')) return 'form';
  if (path.startsWith('/Index/') && op['x-haso-write'] !== true) return 'read';
  return 'write';
}

/** The fields of an operation the client uses at runtime (operation-routes.ts). */
export const ROUTE_FIELDS = ['operationId', 'path', 'kind', 'request', 'recipe'];

export function operationsOf(spec) {
  const { compact, named } = createCompactor(spec);
  const recipes = recipesOf(spec);
  const operations = {};
  for (const { operationId, path, op, webhook } of listOperations(spec)) {
    if (webhook) continue;
    const { schema, contentTypes } = requestSchemaOf(spec, op);
    operations[operationId] = {
      operationId,
      path,
      kind: kindOf(path, op),
      contentType: contentTypes.includes('application/json') ? 'application/json' : contentTypes[0] ?? null,
      signed: Boolean(op['x-haso-signature']),
      unsignedReason: op['x-haso-unsigned']?.reason ?? null,
      docSection: op['x-haso-doc-section'],
      docStatus: op['x-haso-doc-status'],
      request: schema ? compact(schema) : { type: 'object' },
      recipe: recipes[operationId] ?? null,
    };
  }
  const schemas = Object.fromEntries(Object.entries(named).sort(([a], [b]) => a.localeCompare(b)));
  return { operations, schemas };
}

/** `entry` reduced to the fields named in `fields` (in that order). */
const pick = (entry, fields) => Object.fromEntries(fields.map((field) => [field, entry[field]]));

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Globals a schema constant must not shadow (the generated module names none, but a reader might). */
const SHADOWED = new Set(['Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'JSON', 'Math', 'Date', 'Error']);

/** Named schemas in dependency order (each after the schemas it refers to); throws on a cycle. */
function dependencyOrder(schemas) {
  const order = [];
  const state = new Map(); // name -> 'visiting' | 'done'
  const refsOf = (node, out = new Set()) => {
    if (node && typeof node === 'object') {
      if (typeof node.$ref === 'string') out.add(node.$ref);
      for (const value of Object.values(node)) refsOf(value, out);
    }
    return out;
  };
  const visit = (name, trail) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(`Request schemas refer to themselves (${[...trail, name].join(' → ')}): the client cannot inline them`);
    }
    state.set(name, 'visiting');
    for (const ref of refsOf(schemas[name])) visit(ref, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(schemas)) visit(name, []);
  return order;
}

/**
 * TypeScript source of a compact schema in which `{ $ref: "Name" }` becomes the constant `Name`, so a bundler keeps
 * only the schemas an operation uses. A `$ref` with validation keywords beside it would need `allOf`, which the
 * validator does not check: it stops the generation.
 */
function schemaSource(node, indent) {
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    const inner = node.map((item) => `${indent}  ${schemaSource(item, `${indent}  `)}`);
    return `[\n${inner.join(',\n')}\n${indent}]`;
  }
  if (!node || typeof node !== 'object') return JSON.stringify(node);
  if (typeof node.$recipe === 'string') return node.$recipe; // a recipe constant of @haso-toolkit/signing/recipes
  if (typeof node.$ref === 'string') {
    const { $ref, ...rest } = node;
    if (Object.keys(rest).length === 0) return $ref;
    throw new Error(`Keywords beside $ref ${$ref} (${Object.keys(rest).join(', ')}) are not supported`);
  }
  const entries = Object.entries(node);
  if (entries.length === 0) return '{}';
  const inner = entries.map(([key, value]) => `${indent}  ${JSON.stringify(key)}: ${schemaSource(value, `${indent}  `)}`);
  return `{\n${inner.join(',\n')}\n${indent}}`;
}

export function emitOperationRoutes(spec) {
  const { operations, schemas } = operationsOf(spec);
  const names = dependencyOrder(schemas);
  for (const name of [...names, ...Object.keys(operations)]) {
    if (!IDENTIFIER.test(name) || SHADOWED.has(name)) throw new Error(`"${name}" cannot name a generated constant`);
  }
  const clash = names.find((name) => Object.hasOwn(operations, name));
  if (clash) throw new Error(`"${clash}" names both a request schema and an operation`);

  const schemaConsts = names.map(
    (name) => `const ${name} = ${schemaSource(schemas[name], '')} as const satisfies CompactSchema;`,
  );
  const routeConsts = Object.entries(operations).map(([id, op]) => {
    const route = { ...pick(op, ROUTE_FIELDS), recipe: op.recipe ? { $recipe: recipeConstant(id) } : null };
    return `/** ${op.kind} · POST ${op.path}${op.signed ? ' · signed' : ''} */
export const ${id} = ${schemaSource(route, '')} as const satisfies OperationRoute;`;
  });
  const recipeNames = Object.entries(operations).flatMap(([id, op]) => (op.recipe ? [recipeConstant(id)] : []));
  return `${banner('operation routes and request schemas')}
// One constant per operation (import only those you call: a bundler leaves the rest out), each with its path, kind,
// token recipe (the signing package's constant) and request schema; shared request schemas are module constants
// referred to by value.
import {
${recipeNames.map((name) => `  ${name},`).join('\n')}
} from '@haso-toolkit/signing/recipes';
import type { CompactSchema, OperationRoute, OperationRouteTable, SchemaTable } from '../operation-types.js';

${schemaConsts.join('\n\n')}

${routeConsts.join('\n\n')}

/** Request schemas shared by several operations, by component name. */
export const schemas = {
${names.map((name) => `  ${name},`).join('\n')}
} as const satisfies SchemaTable;

/** What the client needs at runtime of every operation (webhooks excluded), by operationId. */
export const operationRoutes = {
${Object.keys(operations).map((id) => `  ${id},`).join('\n')}
} as const satisfies OperationRouteTable;
`;
}

export function emitOperations(spec) {
  const { operations } = operationsOf(spec);
  const docFields = Object.keys(Object.values(operations)[0] ?? {}).filter((f) => !ROUTE_FIELDS.includes(f));
  const entries = Object.entries(operations).map(([id, op]) => {
    const docs = JSON.stringify(pick(op, docFields), null, 2).slice(1, -1).replace(/\n/g, '\n  ').trimEnd();
    return `  ${JSON.stringify(id)}: {\n    ...operationRoutes[${JSON.stringify(id)}],${docs}\n  }`;
  });
  return `${banner('operation table')}
import type { OperationTable } from '../operation-types.js';
import { operationRoutes } from './operation-routes.js';

export { schemas } from './operation-routes.js';

/** Every operation of the spec (webhooks excluded), by operationId: its route plus what the docs say about it. */
export const operations = {
${entries.join(',\n')}
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;
`;
}
