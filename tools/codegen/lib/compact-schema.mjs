// Reduces JSON Schemas from the bundle to the keywords the client's validator understands, keeping named
// components as `{ $ref: "Name" }` so each shared shape is emitted once. A validation keyword the validator does not
// check stops the generation (emit-validators.mjs would have to learn it first): nothing is dropped
// silently. Annotations (description, example, title, x-haso-* …) are left out.
import { deref } from './spec.mjs';

const KEEP = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'enum',
  'format',
  'oneOf',
]);
/** JSON Schema 2020-12 validation and applicator keywords the client's validator does not check. */
export const UNSUPPORTED = new Set([
  'const',
  'anyOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'prefixItems',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'patternProperties',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedItems',
  'unevaluatedProperties',
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
        named[name] = compact(deref(spec, { $ref: schema.$ref }));
      }
      out.$ref = name;
    }
    for (const [key, value] of Object.entries(schema)) {
      if (UNSUPPORTED.has(key)) {
        throw new Error(
          `A request schema uses "${key}", which the client's validator does not check (extend emit-validators.mjs)`,
        );
      }
      if (!KEEP.has(key)) continue;
      if (key === 'additionalProperties' && value === true) continue; // JSON Schema's default: not emitted
      if (key === 'properties') {
        out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
      } else if (key === 'items' || key === 'additionalProperties') {
        out[key] = compact(value);
      } else if (key === 'oneOf') {
        out[key] = value.map(compact);
      } else {
        out[key] = value;
      }
    }
    return out;
  }

  return { compact, named };
}
