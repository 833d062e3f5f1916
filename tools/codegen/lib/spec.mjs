// Reads the bundled spec and lists its operations in a stable order (paths, then webhooks, as in the document).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const defaultSpecPath = `${repoRoot}spec/dist/openapi.json`;

export function loadSpec(specPath = defaultSpecPath) {
  return JSON.parse(readFileSync(specPath, 'utf8'));
}

/** Resolves a local `#/components/...` JSON pointer. */
export function resolveRef(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local refs are supported in the bundle, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], spec);
}

export function deref(spec, node) {
  let out = node;
  while (out && typeof out === 'object' && typeof out.$ref === 'string') out = resolveRef(spec, out.$ref);
  return out;
}

/** @returns {{operationId: string, path: string, method: string, webhook: boolean, op: object}[]} */
export function listOperations(spec) {
  const out = [];
  for (const [group, webhook] of [['paths', false], ['webhooks', true]]) {
    for (const [path, item] of Object.entries(spec[group] ?? {})) {
      const pathItem = deref(spec, item);
      for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
        const op = pathItem[method];
        if (op) out.push({ operationId: op.operationId, path, method, webhook, op });
      }
    }
  }
  return out;
}

/** The request schema of an operation, preferring JSON over form encoding. */
export function requestSchemaOf(spec, op) {
  const body = deref(spec, op.requestBody);
  const content = body?.content ?? {};
  const media = content['application/json'] ?? content['application/x-www-form-urlencoded'];
  return { schema: media?.schema, contentTypes: Object.keys(content) };
}
