// A small validator for the generated compact schemas (no ajv: bundle size matters). It stops at the first problem
// and reports the JSON path of the field and the keyword that failed; it never echoes the value.
import type { CompactSchema, JsonType, SchemaTable } from './operation-types.js';

/** The first problem found: `field` is a JSON path (`basketList[0].skuAmount`), `rule` a JSON Schema keyword. */
export interface Violation {
  readonly field: string;
  readonly rule: string;
  readonly detail: string;
}

const patterns = new Map<string, RegExp>();
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What one validation needs besides the schema node and the value. */
interface Context {
  readonly schemas: SchemaTable;
  /** A top-level property to ignore (undefined: none). */
  readonly skip: string | undefined;
}

/**
 * Checks `value` against `schema` (whose `$ref`s point into `schemas`). `skip` names a top-level property that is
 * ignored entirely (the client skips `requestToken`, which it computes after validation).
 */
export function validate(
  schema: CompactSchema,
  value: unknown,
  schemas: SchemaTable,
  skip?: string,
): Violation | undefined {
  return check({ schemas, skip }, schema, value, '');
}

// The checks allocate nothing on the success path (no closures, arrays or defaults per node): the client validates
// every request body.
function check(ctx: Context, s: CompactSchema | boolean, v: unknown, path: string): Violation | undefined {
  if (s === true) return undefined;
  if (s === false) return fail(path, 'not', 'is not allowed');
  if (s.$ref !== undefined) {
    const target = ctx.schemas[s.$ref];
    if (target === undefined) throw new Error(`Unknown schema $ref "${s.$ref}"`);
    const problem = check(ctx, target, v, path);
    if (problem) return problem;
  }
  const type = s.type;
  if (type !== undefined && !(typeof type === 'string' ? hasType(v, type) : type.some((t) => hasType(v, t)))) {
    return fail(path, 'type', `must be ${typeof type === 'string' ? type : type.join(' or ')}`);
  }
  if (s.const !== undefined && !same(s.const, v)) return fail(path, 'const', `must be ${JSON.stringify(s.const)}`);
  if (s.enum !== undefined && !s.enum.some((e) => same(e, v))) {
    return fail(path, 'enum', `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (typeof v === 'string') {
    const problem = checkString(s, v, path);
    if (problem) return problem;
  } else if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) return fail(path, 'minimum', `must be ≥ ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum) return fail(path, 'maximum', `must be ≤ ${s.maximum}`);
  } else if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) return fail(path, 'minItems', `needs ≥ ${s.minItems} items`);
    if (s.maxItems !== undefined && v.length > s.maxItems) {
      return fail(path, 'maxItems', `allows ≤ ${s.maxItems} items`);
    }
    if (s.items !== undefined) {
      for (let i = 0; i < v.length; i++) {
        const problem = check(ctx, s.items, v[i], `${path}[${i}]`);
        if (problem) return problem;
      }
    }
  } else if (v !== null && typeof v === 'object') {
    const problem = checkObject(ctx, s, v as Record<string, unknown>, path);
    if (problem) return problem;
  }
  return s.allOf === undefined && s.anyOf === undefined && s.oneOf === undefined
    ? undefined
    : checkCombinators(ctx, s, v, path);
}

function checkObject(
  ctx: Context,
  s: CompactSchema,
  v: Record<string, unknown>,
  path: string,
): Violation | undefined {
  const skip = path === '' ? ctx.skip : undefined;
  if (s.required !== undefined) {
    for (const name of s.required) {
      if (v[name] === undefined && name !== skip) return fail(join(path, name), 'required', 'is required');
    }
  }
  const props = s.properties;
  const extra = s.additionalProperties;
  for (const name in v) {
    if (!Object.hasOwn(v, name) || v[name] === undefined || name === skip) continue;
    const rule = props !== undefined && Object.hasOwn(props, name) ? props[name] : extra;
    if (rule === false) return fail(join(path, name), 'additionalProperties', 'is not a known field');
    if (rule !== undefined) {
      const problem = check(ctx, rule, v[name], join(path, name));
      if (problem) return problem;
    }
  }
  return undefined;
}

function checkCombinators(ctx: Context, s: CompactSchema, v: unknown, path: string): Violation | undefined {
  for (const part of s.allOf ?? []) {
    const problem = check(ctx, part, v, path);
    if (problem) return problem;
  }
  for (const [keyword, branches] of [
    ['anyOf', s.anyOf],
    ['oneOf', s.oneOf],
  ] as const) {
    if (!branches) continue;
    const problems = branches.map((b) => check(ctx, b, v, path));
    const matches = problems.filter((p) => p === undefined).length;
    if (keyword === 'oneOf' && matches > 1) return fail(path, 'oneOf', 'matches more than one allowed shape');
    if (matches === 0) {
      // Report the branch that got past the type check (the one the caller most likely meant), else the keyword.
      const meant = problems.filter((p) => p && (p.rule !== 'type' || p.field !== path));
      return meant.length === 1 && meant[0] ? meant[0] : fail(path, keyword, 'matches none of the allowed shapes');
    }
  }
  return undefined;
}

function checkString(s: CompactSchema, v: string, path: string): Violation | undefined {
  if (s.minLength !== undefined || s.maxLength !== undefined) {
    const length = codePoints(v);
    if (s.minLength !== undefined && length < s.minLength) {
      return fail(path, 'minLength', `must be at least ${s.minLength} characters`);
    }
    if (s.maxLength !== undefined && length > s.maxLength) {
      return fail(path, 'maxLength', `must be at most ${s.maxLength} characters`);
    }
  }
  if (s.pattern !== undefined && !regex(s.pattern).test(v)) return fail(path, 'pattern', `must match ${s.pattern}`);
  if (s.format === 'date' && !isCalendarDate(v)) return fail(path, 'format', 'must be a calendar date (yyyy-MM-dd)');
  return undefined;
}

/** Whether `text` is a real yyyy-MM-dd calendar date (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function hasType(v: unknown, type: JsonType): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'null':
      return v === null;
    default:
      return typeof v === type;
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

function codePoints(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) length--;
  }
  return length;
}

function regex(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) patterns.set(pattern, (compiled = new RegExp(pattern, 'u')));
  return compiled;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function fail(field: string, rule: string, detail: string): Violation {
  return { field, rule, detail };
}
