// Valid request bodies as fast-check arbitraries, built from the generated request schemas (the spec's, compacted;
// shared shapes nested by value). Nothing per endpoint is written by hand.
import type { CompactSchema, JsonType } from '@haso-toolkit/client';
import fc from 'fast-check';
import { text, zeroLedDigits } from './text-arbitraries.js';

/** Options of {@link arbitraryFor}. */
export interface SchemaArbitraryOptions {
  /** Top-level properties left out of generated objects (the fields the SDK fills). */
  readonly omit?: (name: string) => boolean;
  /** Longest generated string when the schema sets no maxLength (default 16). */
  readonly maxText?: number;
}

type Arb = fc.Arbitrary<unknown>;

interface Context {
  readonly omit: (name: string) => boolean;
  readonly maxText: number;
}

/** Whether `value` is a real yyyy-MM-dd calendar date. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Calendar dates from 1900 to 2099 as yyyy-MM-dd. */
export const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function stringArbitrary(schema: CompactSchema, ctx: Context): Arb {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, ctx.maxText);
  const fits = (value: string) => {
    const length = [...value].length;
    return length >= min && length <= max && (schema.format !== 'date' || isCalendarDate(value));
  };
  if (schema.format === 'date') return isoDate.filter(fits);
  if (schema.pattern !== undefined) {
    return fc.stringMatching(new RegExp(schema.pattern, 'u'), { size: 'small' }).filter(fits);
  }
  return fc.oneof({ weight: 4, arbitrary: text(min, max) }, { weight: 1, arbitrary: zeroLedDigits(min, max) });
}

function typedArbitrary(schema: CompactSchema, type: JsonType, ctx: Context, top: boolean): Arb {
  switch (type) {
    case 'string':
      return stringArbitrary(schema, ctx);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000_000 });
    case 'number':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Object.is(n, -0));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items === undefined ? text() : build(schema.items, ctx, false), { maxLength: 3 });
    case 'object':
      return objectArbitrary(schema, ctx, top);
  }
}

function objectArbitrary(schema: CompactSchema, ctx: Context, top: boolean): Arb {
  const required = new Set(schema.required ?? []);
  const model: Record<string, Arb> = {};
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    if (!(top && ctx.omit(name))) model[name] = build(sub, ctx, false);
  }
  return fc.record(model, { requiredKeys: Object.keys(model).filter((name) => required.has(name)) });
}

function build(schema: CompactSchema, ctx: Context, top: boolean): Arb {
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((branch) => build(branch, ctx, top)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((t) => typedArbitrary(schema, t, ctx, top)));
  if (typeof schema.type === 'string') return typedArbitrary(schema, schema.type as JsonType, ctx, top);
  if (schema.properties !== undefined) return objectArbitrary(schema, ctx, top);
  return fc.oneof(text(), fc.integer(), fc.boolean()); // `{}`: any value
}

/** An arbitrary of values that satisfy `schema`. */
export function arbitraryFor(schema: CompactSchema, options: SchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  return build(schema, { omit: options.omit ?? (() => false), maxText: options.maxText ?? 16 }, true);
}
