// packages/client: the operation table, in two generated modules so a browser bundle carries only what the client
// needs at runtime:
// - operation-routes.ts: per operation its path, kind, token recipe, the body fields the client fills and the
//   validator compiled from its request schema, plus SPEC_VERSION. The client's runtime imports only this module.
// - operations.ts: the documented table (the routes plus the request schema, unsigned reason, doc section and status,
//   and the request fields outside the recipe) and the named request schemas, exported for tools such as the CLI; a
//   bundle that does not import it leaves it out.
import { banner } from './banner.mjs';
import { createCompactor } from './compact-schema.mjs';
import { recipeConstant, recipesOf } from './emit-recipes.mjs';
import { createValidatorCompiler, validatorImports, validatorName } from './emit-validators.mjs';
import { FREEZE_HELPER, frozenSource } from './frozen-source.mjs';
import {
  docOf,
  filledFields,
  listOperations,
  operationKind,
  requestMedia,
  specVersion,
  unsignedOf,
  unsignedRequestFields,
} from './spec.mjs';

/** Where the validators' imports go once the module's code says which it uses. */
const IMPORTS_MARK = '/* validator imports */';

/** The fields of an operation the client uses at runtime (operation-routes.ts, with `validate` for `request`). */
export const ROUTE_FIELDS = ['operationId', 'path', 'kind', 'recipe', 'filled'];

export function operationsOf(spec) {
  const { compact, named } = createCompactor(spec);
  const recipes = recipesOf(spec);
  const operations = {};
  for (const { operationId, path, op, webhook } of listOperations(spec)) {
    if (webhook) continue;
    const media = requestMedia(spec, op);
    operations[operationId] = {
      operationId,
      path,
      kind: operationKind(op),
      unsignedReason: unsignedOf(op)?.reason ?? null,
      docSection: docOf(op).section,
      docStatus: docOf(op).status,
      request: media?.schema ? compact(media.media.schema) : { type: 'object' },
      recipe: recipes[operationId] ?? null,
      filled: filledFields(spec, op),
      unsignedFields: unsignedRequestFields(spec, op),
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
      throw new Error(
        `Request schemas refer to themselves (${[...trail, name].join(' → ')}): the client cannot inline them`,
      );
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
 * `frozenSource` naming for a compact schema: `{ $ref: "Name" }` becomes the constant `Name` (so a bundler keeps only
 * the schemas an operation uses), `{ $recipe }` the signing package's recipe constant and `{ $source }` that source.
 * A `$ref` with validation keywords beside it would need `allOf`, which the validator does not check: it stops the
 * generation.
 */
function constantName(node) {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  if (typeof node.$recipe === 'string') return node.$recipe;
  if (typeof node.$source === 'string') return node.$source;
  if (typeof node.$ref !== 'string') return undefined;
  const { $ref, ...rest } = node;
  if (Object.keys(rest).length > 0) {
    throw new Error(`Keywords beside $ref ${$ref} (${Object.keys(rest).join(', ')}) are not supported`);
  }
  return $ref;
}

const source = (node) => frozenSource(node, '', constantName);

/** Names of the generated modules' own constants, which a request schema or its validator must not take. */
const TAKEN = new Set([
  'freeze',
  'SPEC_VERSION',
  'operations',
  'operationRoutes',
  'schemas',
  'fail',
  'length',
  'object',
  'oneOf',
  'eachItem',
  'isObject',
]);

/** The table and the named request schemas in dependency order; throws on a name a generated constant cannot take. */
function checkedOperations(spec) {
  const { operations, schemas } = operationsOf(spec);
  const names = dependencyOrder(schemas);
  for (const name of [...names, ...Object.keys(operations)]) {
    if (!IDENTIFIER.test(name) || SHADOWED.has(name)) throw new Error(`"${name}" cannot name a generated constant`);
  }
  const taken = (name) => Object.hasOwn(operations, name) || TAKEN.has(name);
  const clash = names.find(
    (name) => taken(name) || taken(validatorName(name)) || names.includes(validatorName(name)) || name.includes('$'),
  );
  if (clash) throw new Error(`"${clash}" names both a request schema and an operation or a module constant`);
  return { operations, schemas, names };
}

export function emitOperationRoutes(spec) {
  const { operations, schemas, names } = checkedOperations(spec);
  const { compile, hoisted, remember } = createValidatorCompiler();
  const validatorConsts = names.map((name) => {
    const expression = compile(schemas[name]);
    const earlier = remember(validatorName(name), expression);
    const before = hoisted.splice(0);
    // The same checks as an earlier schema: no constant of its own (a `$ref` to it compiles to the earlier one).
    if (earlier !== validatorName(name)) return before.join('\n');
    return [...before, `const ${validatorName(name)}: Validator = ${expression};`].join('\n');
  });
  // An operation's validator: the constant of its named request schema, else one of its own.
  const requestValidators = Object.fromEntries(
    Object.entries(operations).map(([id, op]) => {
      const expression = compile(op.request);
      if (IDENTIFIER.test(expression)) return [id, expression];
      hoisted.push(`const ${id}$validate: Validator = ${expression};`);
      return [id, `${id}$validate`];
    }),
  );
  const routeConsts = Object.entries(operations).map(([id, op]) => {
    const route = {
      ...pick(op, ROUTE_FIELDS),
      recipe: op.recipe ? { $recipe: recipeConstant(id) } : null,
      validate: { $source: requestValidators[id] },
    };
    return `/** ${op.kind} · POST ${op.path}${op.recipe ? ' · signed' : ''} */
export const ${id} = ${source(route)} satisfies OperationRoute;`;
  });
  const recipeNames = Object.entries(operations).flatMap(([id, op]) => (op.recipe ? [recipeConstant(id)] : []));
  const text = `${banner('operation routes and request validators', spec)}
// One constant per operation (import only those you call: a bundler leaves the rest out), each with its path, kind,
// token recipe (the signing package's constant), the validator compiled from its request schema, and the body fields
// the client fills (\`filled\`: merchant id, IP address and requestToken as this operation spells them, null where it
// has none); the validators of shared request schemas are module constants referred to by value. The request schemas
// themselves are in operations.ts. Every object and array is frozen.

import {
${recipeNames.map((name) => `  ${name},`).join('\n')}
} from '@haso-toolkit/signing/recipes';
import type { OperationRoute, OperationRouteTable } from '../operation-types.js';
${IMPORTS_MARK}

${FREEZE_HELPER}
/** The version of the spec these constants were generated from (\`info.version\`). */
export const SPEC_VERSION = ${JSON.stringify(specVersion(spec))};

${validatorConsts.join('\n\n')}
${hoisted.length ? `\n${hoisted.join('\n')}\n` : ''}
${routeConsts.join('\n\n')}

/** What the client needs at runtime of every operation (webhooks excluded), by operationId. */
export const operationRoutes = /* @__PURE__ */ freeze({
${Object.keys(operations)
  .map((id) => `  ${id},`)
  .join('\n')}
}) satisfies OperationRouteTable;
`;
  return text.replace(IMPORTS_MARK, validatorImports(text.replace(IMPORTS_MARK, '')));
}

export function emitOperations(spec) {
  const { operations, schemas, names } = checkedOperations(spec);
  const schemaConsts = names.map((name) => `const ${name} = ${source(schemas[name])} satisfies CompactSchema;`);
  const docFields = Object.keys(Object.values(operations)[0] ?? {}).filter((f) => !ROUTE_FIELDS.includes(f));
  const entries = Object.entries(operations).map(([id, op]) => {
    const docs = Object.entries(pick(op, docFields)).map(
      ([key, value]) => `    ${JSON.stringify(key)}: ${frozenSource(value, '    ', constantName)}`,
    );
    const fields = [`    ...operationRoutes.${id}`, ...docs].join(',\n');
    return `  ${JSON.stringify(id)}: /* @__PURE__ */ freeze({\n${fields}\n  })`;
  });
  return `${banner('operation table and request schemas', spec)}
// Every operation's route with its request schema and what the docs say about it, and the request schemas shared by
// several operations (module constants, referred to by value). Every object and array is frozen.

import type { CompactSchema, OperationTable, SchemaTable } from '../operation-types.js';
import { operationRoutes } from './operation-routes.js';

${FREEZE_HELPER}
${schemaConsts.join('\n\n')}

/** Request schemas shared by several operations, by component name. */
export const schemas = /* @__PURE__ */ freeze({
${names.map((name) => `  ${name},`).join('\n')}
}) satisfies SchemaTable;

/**
 * Every operation of the spec (webhooks excluded), by operationId: its route plus its request schema, what the docs
 * say about it, and \`unsignedFields\`, the request fields outside a signed operation's token recipe (null when
 * unsigned). Frozen.
 */
export const operations = /* @__PURE__ */ freeze({
${entries.join(',\n')}
}) satisfies OperationTable;

export type OperationId = keyof typeof operations;
`;
}
