// The operations of the document: path operations, then webhooks, and one path operation by its operationId.
import { deref } from './refs.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation in document order: paths first, then webhooks (`path` is the webhook's name there). */
export function listOperations(spec) {
  const out = [];
  for (const [group, webhook] of [
    ['paths', false],
    ['webhooks', true],
  ]) {
    for (const [path, item] of Object.entries(spec[group] ?? {})) {
      const pathItem = deref(spec, item);
      for (const method of METHODS) {
        const op = pathItem[method];
        if (op) out.push({ operationId: op.operationId, path, method, webhook, op });
      }
    }
  }
  return out;
}

/** The path operation (not a webhook) with this operationId; throws for an unknown id. */
export function findOperation(spec, operationId) {
  const found = listOperations(spec).find((entry) => !entry.webhook && entry.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the spec`);
  return found;
}
