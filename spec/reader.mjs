// Read-only walking of the bundled document (dist/openapi.json), shared by codegen, the docs build and the spec's
// own tests: one way to follow local $refs and to list operations.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Follows local `#/…` references until a non-reference node; throws on external, dangling or looping refs. */
export function deref(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32 || !current.$ref.startsWith('#/')) throw new Error(`Cannot resolve $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, part) => at?.[part], spec);
    if (current === undefined) throw new Error('Dangling $ref in the spec');
  }
  return current;
}

/** Every operation in document order: paths first, then webhooks (`path` is the webhook's name there). */
export function listOperations(spec) {
  const out = [];
  for (const [group, webhook] of [['paths', false], ['webhooks', true]]) {
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
