// The fields of a request schema as rows for a field table: name (nested `a[].b`), Z/O, type with constraints,
// description and the "toolkit's reading" marker. A `$ref` with sibling keywords is read as the target plus them.
import { deref } from '@haso-toolkit/spec/reader';
import { inferredReason } from './inferred-markers.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SchemaObject} SchemaObject */
/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * @typedef {object} FieldRow
 * @property {string} name         `kkbRefNo`, `basketList[].price`
 * @property {boolean} required    Z (zorunlu) when true, else O (opsiyonel)
 * @property {string} type         `string, maxLength 10`
 * @property {string} description  first paragraph of the description
 * @property {string[]} inferred   reasons of every x-haso-inferred marker on the field or its schema
 */

const CONSTRAINTS = ['format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'];

/**
 * A schema node with its `$ref` resolved and the node's own keywords laid over the target's.
 * @param {SpecDocument} spec
 * @param {SchemaObject | undefined} node
 * @returns {{ schema: SchemaObject, inferred: string[] }}
 */
export function resolveSchema(spec, node) {
  if (!node || typeof node !== 'object') return { schema: {}, inferred: [] };
  const { $ref, ...own } = node;
  const target = typeof $ref === 'string' ? resolveSchema(spec, deref(spec, node)) : { schema: {}, inferred: [] };
  const reason = inferredReason(own);
  return { schema: { ...target.schema, ...own }, inferred: reason ? [...target.inferred, reason] : target.inferred };
}

/**
 * Rows of every property of an object schema, nested objects and arrays of objects included (up to `depth` levels).
 * @param {SpecDocument} spec
 * @param {SchemaObject | undefined} node
 * @param {string} [prefix]
 * @param {number} [depth]
 * @returns {FieldRow[]}
 */
export function fieldRows(spec, node, prefix = '', depth = 3) {
  const { schema } = resolveSchema(spec, node);
  const required = new Set(schema.required ?? []);
  /** @type {FieldRow[]} */
  const rows = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const resolved = resolveSchema(spec, property);
    const full = `${prefix}${name}`;
    rows.push({
      name: full,
      required: required.has(name),
      type: typeText(spec, resolved.schema),
      description:
        String(resolved.schema.description ?? '')
          .trim()
          .split(/\n\s*\n/)[0] ?? '',
      inferred: resolved.inferred,
    });
    if (depth <= 1) continue;
    const items = resolved.schema.type === 'array' ? resolveSchema(spec, resolved.schema.items).schema : undefined;
    if (resolved.schema.properties) rows.push(...fieldRows(spec, resolved.schema, `${full}.`, depth - 1));
    else if (items?.properties) rows.push(...fieldRows(spec, items, `${full}[].`, depth - 1));
  }
  return rows;
}

/**
 * `string, maxLength 10`, `array of BasketItem`, `string | null`, `one of: A, B`.
 * @param {SpecDocument} spec
 * @param {SchemaObject} schema a resolved schema
 * @returns {string}
 */
export function typeText(spec, schema) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(variants)) {
    return `one of: ${variants.map((v) => typeText(spec, resolveSchema(spec, v).schema)).join(', ')}`;
  }
  let type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any');
  if (schema.type === 'array') {
    const items = resolveSchema(spec, schema.items).schema;
    type = `array of ${items.title ?? typeText(spec, items)}`;
  }
  const parts = [type];
  for (const key of CONSTRAINTS) if (schema[key] !== undefined) parts.push(`${key} ${schema[key]}`);
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  return parts.join(', ');
}
