// packages/client: the operation table (path, kind, encoding, token status, request schema for validation).
import { banner } from './banner.mjs';
import { createCompactor } from './compact-schema.mjs';
import { listOperations, requestSchemaOf } from './spec.mjs';

/** read = safe to retry (Index/* unless marked x-haso-write), write = never retried blindly, form = browser post. */
export function kindOf(path, op) {
  if (path.startsWith('/ServletV2/')) return 'form';
  if (path.startsWith('/Index/') && op['x-haso-write'] !== true) return 'read';
  return 'write';
}

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

export function emitOperations(spec) {
  const { operations, schemas } = operationsOf(spec);
  return `${banner('operation table and request schemas')}
import type { OperationTable, SchemaTable } from '../operation-types.js';

/** Request schemas shared by several operations, by component name. */
export const schemas = ${JSON.stringify(schemas, null, 2)} as const satisfies SchemaTable;

/** Every operation of the spec (webhooks excluded), by operationId. */
export const operations = ${JSON.stringify(operations, null, 2)} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;
`;
}
