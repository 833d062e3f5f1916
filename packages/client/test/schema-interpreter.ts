// The interpreter of compact schemas, the test oracle of codegen's compiled validators (compiled-validators.test.ts
// holds each operation's `validate` against it). It checks the keywords the spec's request
// schemas use (type, enum, minLength, maxLength, pattern, format: date, minimum, maximum, items, required, properties,
// additionalProperties, oneOf), stops at the first problem and reports it as checks.ts words it.
import { isCalendarDate } from '@haso-toolkit/signing';
import { fail, join, length, oneOfAnswer, type Violation } from '../src/checks.js';
import type { CompactSchema, JsonType } from '../src/operation-types.js';

export type { Violation } from '../src/checks.js';

type Bound = 'minLength' | 'maxLength' | 'minimum' | 'maximum';

/** Size keywords: the keyword, whether it is a lower bound, and the unit of its message (characters for strings). */
const BOUNDS: readonly (readonly [Bound, boolean, string])[] = [
  ['minLength', true, ' characters'],
  ['maxLength', false, ' characters'],
  ['minimum', true, ''],
  ['maximum', false, ''],
];
const patterns = new Map<string, RegExp>();

/**
 * Checks `value` against `schema` (shared shapes are nested by value, as the generated operation constants hold them).
 * `skip` names a top-level property that is ignored entirely (the client skips `requestToken`, which it computes
 * after validation).
 */
export function validate(schema: CompactSchema, value: unknown, skip?: string): Violation | undefined {
  return check(schema, value, '', skip);
}

function check(s: CompactSchema | boolean, v: unknown, path: string, skip?: string): Violation | undefined {
  if (typeof s === 'boolean') return s ? undefined : fail(path, 'not', 'is not allowed');
  const { type } = s;
  if (type !== undefined && !(typeof type === 'string' ? is(v, type) : type.some((t) => is(v, t)))) {
    return fail(path, 'type', `must be ${typeof type === 'string' ? type : type.join(' or ')}`);
  }
  if (s.enum !== undefined && !s.enum.some((e) => same(e, v))) {
    return fail(path, 'enum', `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  for (const [keyword, lower, unit] of BOUNDS) {
    const limit = s[keyword];
    if (limit === undefined || typeof v !== (unit ? 'string' : 'number')) continue;
    const size = typeof v === 'string' ? length(v) : (v as number);
    if (lower ? size < limit : size > limit) {
      return fail(path, keyword, `must be ${lower ? 'at least' : 'at most'} ${limit}${unit}`);
    }
  }
  if (typeof v === 'string') {
    if (s.pattern !== undefined && !regex(s.pattern).test(v)) return fail(path, 'pattern', `must match ${s.pattern}`);
    if (s.format === 'date' && !isCalendarDate(v)) return fail(path, 'format', 'must be a calendar date (yyyy-MM-dd)');
  } else if (Array.isArray(v)) {
    if (s.items !== undefined) {
      for (let i = 0; i < v.length; i++) {
        const problem = check(s.items, v[i], `${path}[${i}]`);
        if (problem) return problem;
      }
    }
  } else if (v !== null && typeof v === 'object') {
    const problem = checkObject(s, v as Record<string, unknown>, path, path === '' ? skip : undefined);
    if (problem) return problem;
  }
  return s.oneOf ? checkOneOf(s.oneOf, v, path) : undefined;
}

function checkObject(s: CompactSchema, v: Record<string, unknown>, path: string, skip?: string): Violation | undefined {
  for (const name of s.required ?? []) {
    if (v[name] === undefined && name !== skip) return fail(join(path, name), 'required', 'is required');
  }
  const { properties, additionalProperties } = s;
  for (const name in v) {
    if (!Object.hasOwn(v, name) || v[name] === undefined || name === skip) continue;
    const rule = properties && Object.hasOwn(properties, name) ? properties[name] : additionalProperties;
    if (rule === false) return fail(join(path, name), 'additionalProperties', 'is not a known field');
    const problem = rule === undefined ? undefined : check(rule, v[name], join(path, name));
    if (problem) return problem;
  }
  return undefined;
}

function checkOneOf(branches: readonly CompactSchema[], v: unknown, path: string): Violation | undefined {
  return oneOfAnswer(
    branches.map((branch) => check(branch, v, path)),
    path,
  );
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

function regex(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'u');
    patterns.set(pattern, compiled);
  }
  return compiled;
}

/** Whether `v` is of the JSON type `type` (integer: a whole number; number: a finite one). */
function is(v: unknown, type: JsonType): boolean {
  return type === 'integer'
    ? Number.isInteger(v)
    : type === 'number'
      ? typeof v === 'number' && Number.isFinite(v)
      : type === 'array'
        ? Array.isArray(v)
        : type === 'null'
          ? v === null
          : typeof v === type && (type !== 'object' || (v !== null && !Array.isArray(v)));
}
