// The request fields of an operation as the spec describes them (name, required, type, description), read with the
// spec's reader.
import { deref, requestProperties } from '@haso-toolkit/spec/reader';
import { isObject, type JsonObject } from './json-object.js';
import { specDocument, specOperation } from './spec.js';

/** One field of a request body. */
export interface RequestField {
  readonly name: string;
  readonly required: boolean;
  /** Short type text: `string (pattern ^[0-9]+$, max 18)`, `"A" | "B"`, `string | null`, `BasketItem[]`. */
  readonly type: string;
  readonly description: string | undefined;
}

function asObject(value: unknown): JsonObject {
  const resolved: unknown = deref(specDocument(), value);
  return isObject(resolved) ? resolved : {};
}

function refName(value: unknown): string | undefined {
  const ref = isObject(value) ? value.$ref : undefined;
  return typeof ref === 'string' ? ref.split('/').pop() : undefined;
}

/** A short text for a property schema's type and main constraints. */
export function typeText(value: unknown): string {
  const schema = asObject(value);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives)) return alternatives.map(typeText).join(' | ');
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type)
    ? schema.type.join(' | ')
    : typeof schema.type === 'string'
      ? schema.type
      : 'any';
  if (type === 'array') {
    const items = isObject(schema.items) ? schema.items : undefined;
    return `${refName(items) ?? (items ? typeText(items) : 'any')}[]`;
  }
  const notes: string[] = [];
  if (typeof schema.format === 'string') notes.push(schema.format);
  if (typeof schema.pattern === 'string') notes.push(`pattern ${schema.pattern}`);
  if (typeof schema.minLength === 'number' && schema.minLength > 1) notes.push(`min ${schema.minLength}`);
  if (typeof schema.maxLength === 'number') notes.push(`max ${schema.maxLength}`);
  if (typeof schema.minimum === 'number') notes.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === 'number') notes.push(`≤ ${schema.maximum}`);
  return notes.length ? `${type} (${notes.join(', ')})` : type;
}

/** The fields of an operation's request body, in the spec's order (empty when the spec has no schema). */
export function requestFields(operationId: string): RequestField[] {
  const op = specOperation(operationId)?.op;
  if (!op) return [];
  const { properties, required } = requestProperties(specDocument(), op);
  return Object.entries(properties).map(([name, raw]) => {
    const own = typeof raw.description === 'string' ? raw.description : undefined;
    const shared = asObject(raw).description;
    return {
      name,
      required: required.includes(name),
      type: typeText(raw),
      description: own ?? (typeof shared === 'string' ? shared : undefined),
    };
  });
}
