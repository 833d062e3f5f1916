// Reduces JSON Schemas from the bundle to the keywords the client's validator understands, keeping named
// components as `{ $ref: "Name" }` so each shared shape is emitted once.
const KEEP = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'pattern', 'minLength', 'maxLength',
  'minimum', 'maximum', 'enum', 'const', 'format', 'oneOf', 'anyOf', 'allOf', 'minItems', 'maxItems',
]);
const PREFIX = '#/components/schemas/';

export function createCompactor(spec) {
  const named = {};

  function compact(schema) {
    if (schema === true || schema === false) return schema;
    if (!schema || typeof schema !== 'object') return schema;
    const out = {};
    if (typeof schema.$ref === 'string') {
      if (!schema.$ref.startsWith(PREFIX)) throw new Error(`Unsupported $ref ${schema.$ref}`);
      const name = schema.$ref.slice(PREFIX.length);
      if (!(name in named)) {
        named[name] = null; // reserve first: recursive models terminate
        named[name] = compact(spec.components.schemas[name]);
      }
      out.$ref = name;
    }
    for (const [key, value] of Object.entries(schema)) {
      if (!KEEP.has(key)) continue;
      if (key === 'additionalProperties' && value === true) continue; // JSON Schema's default: not emitted
      if (key === 'properties') {
        out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
      } else if (key === 'items' || key === 'additionalProperties') {
        out[key] = compact(value);
      } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
        out[key] = value.map(compact);
      } else {
        out[key] = value;
      }
    }
    return out;
  }

  return { compact, named };
}
