// Valid request bodies as fast-check arbitraries, built from the spec's request schemas (local $refs followed with
// the spec reader): nothing per endpoint is written by hand. Strings lean on Turkish letters and leading zeros.
import { deref, type SchemaObject, type SchemaType, type SpecDocument } from '@haso-toolkit/spec/reader';
import fc from 'fast-check';

/** The Turkish-specific letters (dotted/dotless i, ş, ğ, ç, ö, ü in both cases). */
const TURKISH = 'İıŞşĞğÇçÖöÜü';

/** Whether a string holds a Turkish-specific letter. */
export function hasTurkishLetter(value: string): boolean {
  return [...value].some((char) => TURKISH.includes(char));
}

/** Text of `min`…`max` code points: mostly Turkish letters and ASCII, sometimes any other code point. */
function text(min: number, max: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TURKISH, 'I', 'i') },
    { weight: 4, arbitrary: fc.constantFrom(...'AaZz09 -._@') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c >= ' ') },
  );
  return fc.string({ unit, minLength: min, maxLength: max });
}

/** Digit strings that start with a zero (`"007"`), of `min`…`max` characters. */
function zeroLedDigits(min: number, max: number): fc.Arbitrary<string> {
  const digits = fc.constantFrom(...'0123456789');
  const rest = fc.string({ unit: digits, minLength: Math.max(0, min - 1), maxLength: Math.max(0, max - 1) });
  return rest.map((d) => `0${d}`);
}

/** Whether `value` is a real yyyy-MM-dd calendar date. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

type Body = Record<string, unknown>;

interface Context {
  readonly spec: SpecDocument;
  /** Top-level properties left out (the fields the SDK fills). */
  readonly omit: ReadonlySet<string>;
  /** Longest string when the schema sets no maxLength. */
  readonly maxText: number;
}

function stringArbitrary(schema: SchemaObject, ctx: Context): fc.Arbitrary<unknown> {
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
  return fc.oneof(
    { weight: 4, arbitrary: text(min, max) },
    { weight: 1, arbitrary: zeroLedDigits(Math.max(1, min), max) },
  );
}

function typed(schema: SchemaObject, type: SchemaType, ctx: Context, top: boolean): fc.Arbitrary<unknown> {
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
      return fc.array(schema.items === undefined ? text(0, 12) : build(schema.items, ctx, false), { maxLength: 3 });
    case 'object':
      return objectArbitrary(schema, ctx, top);
    default:
      throw new Error(`no arbitrary for type ${type}`);
  }
}

function objectArbitrary(schema: SchemaObject, ctx: Context, top: boolean): fc.Arbitrary<unknown> {
  const required = new Set(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    if (!(top && ctx.omit.has(name))) model[name] = build(sub, ctx, false);
  }
  return fc.record(model, { requiredKeys: Object.keys(model).filter((name) => required.has(name)) });
}

function build(node: SchemaObject, ctx: Context, top: boolean): fc.Arbitrary<unknown> {
  const schema = deref(ctx.spec, node);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((branch) => build(branch, ctx, top)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((t) => typed(schema, t, ctx, top)));
  if (typeof schema.type === 'string') return typed(schema, schema.type, ctx, top);
  if (schema.properties !== undefined) return objectArbitrary(schema, ctx, top);
  return fc.oneof(text(0, 12), fc.integer(), fc.boolean()); // `{}`: any value
}

/** Values that satisfy the request schema `schema` of `spec`, without the top-level properties in `omit`. */
export function arbitraryFor(
  spec: SpecDocument,
  schema: SchemaObject,
  omit: Iterable<string> = [],
): fc.Arbitrary<Body> {
  return build(schema, { spec, omit: new Set(omit), maxText: 16 }, true) as fc.Arbitrary<Body>;
}
