// Helpers shared by the Haso lint rules: refs are resolved through ctx.resolve, so split files are checked as bundled.

export function resolved(ctx, node) {
  return node && typeof node === 'object' && '$ref' in node ? ctx.resolve(node).node : node;
}

export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWebhook(ctx) {
  // A webhook in its own file has a pointer relative to that file, so check the file too.
  return (
    String(ctx.location.pointer).startsWith('#/webhooks') ||
    /[\\/]webhooks[\\/]/.test(ctx.location.source?.absoluteRef ?? '')
  );
}

/** A schema's properties and required names, with allOf flattened. */
export function flatten(ctx, schema) {
  const out = { properties: {}, required: [] };
  if (!schema) return out;
  for (const part of [schema, ...(schema.allOf || []).map((s) => resolved(ctx, s))]) {
    Object.assign(out.properties, part.properties || {});
    out.required.push(...(part.required || []));
  }
  return out;
}

/**
 * The request body's media types of an operation: [{ type, media, schema (flattened), property(name) }];
 * `property` resolves a property's schema relative to the file the request schema lives in.
 */
export function requestMedia(operation, ctx) {
  const body = resolved(ctx, operation.requestBody);
  return Object.entries(body?.content || {}).map(([type, media]) => {
    const target = media.schema && '$ref' in media.schema ? ctx.resolve(media.schema) : { node: media.schema };
    const from = target.location?.source.absoluteRef;
    const schema = flatten(ctx, target.node);
    const property = (name) => {
      const node = schema.properties[name];
      return node && '$ref' in node ? ctx.resolve(node, from).node : node;
    };
    return { type, media, schema, property };
  });
}

/** Request body schemas of an operation, one per media type, with allOf flattened. */
export function requestSchemas(operation, ctx) {
  return requestMedia(operation, ctx).map((m) => m.schema);
}

/** Every named response example of an operation: [{ name, status, type, value }] in document order. */
export function responseExamples(operation, ctx) {
  const out = [];
  for (const [status, response] of Object.entries(operation.responses || {})) {
    for (const [type, media] of Object.entries(resolved(ctx, response)?.content || {})) {
      for (const [name, example] of Object.entries(media.examples || {})) {
        out.push({ name, status, type, value: resolved(ctx, example)?.value });
      }
    }
  }
  return out;
}
