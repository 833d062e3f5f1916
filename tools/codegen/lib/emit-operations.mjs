// packages/client: the operation table, in two generated modules so a browser bundle carries only what the client
// needs at runtime:
// - operation-routes.ts: per operation its path, kind, token status and request schema (validation), plus the named
//   request schemas. The client's runtime imports only this module.
// - operations.ts: the documented table (the routes plus content type, unsigned reason, doc section and status),
//   exported for tools such as the CLI; a bundle that does not import it leaves it out.
import { banner } from './banner.mjs';
import { createCompactor } from './compact-schema.mjs';
import { listOperations, requestSchemaOf } from './spec.mjs';

/** read = safe to retry (Index/* unless marked x-haso-write), write = never retried blindly, form = browser post. */
export function kindOf(path, op) {
  if (path.startsWith('/ServletV2/')) return 'form';
  if (path.startsWith('/Index/') && op['x-haso-write'] !== true) return 'read';
  return 'write';
}

/** The fields of an operation the client uses at runtime (operation-routes.ts). */
export const ROUTE_FIELDS = ['operationId', 'path', 'kind', 'signed', 'request'];

export function operationsOf(spec) {
  const { compact, named } = createCompactor(spec);
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
    };
  }
  const schemas = Object.fromEntries(Object.entries(named).sort(([a], [b]) => a.localeCompare(b)));
  return { operations, schemas };
}

/** `entry` reduced to the fields named in `fields` (in that order). */
const pick = (entry, fields) => Object.fromEntries(fields.map((field) => [field, entry[field]]));

export function emitOperationRoutes(spec) {
  const { operations, schemas } = operationsOf(spec);
  const routes = Object.fromEntries(Object.entries(operations).map(([id, op]) => [id, pick(op, ROUTE_FIELDS)]));
  return `${banner('operation routes and request schemas')}
import type { OperationRouteTable, SchemaTable } from '../operation-types.js';

/** Request schemas shared by several operations, by component name. */
export const schemas = ${JSON.stringify(schemas, null, 2)} as const satisfies SchemaTable;

/** What the client needs at runtime of every operation (webhooks excluded), by operationId. */
export const operationRoutes = ${JSON.stringify(routes, null, 2)} as const satisfies OperationRouteTable;
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
