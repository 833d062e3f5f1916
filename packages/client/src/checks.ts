// The parts every request validator shares: the generated per-operation validators (src/generated/operation-routes.ts)
// and the tests' schema interpreter (test/schema-interpreter.ts) build their answers from these, so both report the
// same field, rule and detail. A problem never echoes the value. `isObject` is also the client's test of a JSON
// object elsewhere (a call's input, Haso's envelope).

/** The first problem found: `field` is a JSON path (`basketList[0].skuAmount`), `rule` a JSON Schema keyword. */
export interface Violation {
  readonly field: string;
  readonly rule: string;
  readonly detail: string;
}

/**
 * Checks `value` at JSON path `path`; `skip` names a top-level property that is ignored entirely (the client skips
 * `requestToken`, which it computes after validation).
 */
export type Validator = (value: unknown, path: string, skip?: string) => Violation | undefined;

export const fail = (field: string, rule: string, detail: string): Violation => ({ field, rule, detail });

/** The length of a string in code points (JSON Schema's minLength/maxLength). */
export function length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) n--;
  }
  return n;
}

/** `path.name`, or `name` at the top level. */
export const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** The first problem of an array's items. */
export function eachItem(v: readonly unknown[], path: string, item: Validator): Violation | undefined {
  for (let i = 0; i < v.length; i++) {
    const problem = item(v[i], `${path}[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * An object schema: a JSON object with the `required` properties, each property checked by its validator (`extra`
 * for the others: a validator, false when none is allowed, undefined when any is); undefined values are not checked.
 */
export function object(
  required: readonly string[],
  properties: Readonly<Record<string, Validator>>,
  extra?: Validator | false,
): Validator {
  return (v, path, skip) => {
    if (!isObject(v)) return fail(path, 'type', 'must be object');
    for (const name of required) {
      if (v[name] === undefined && name !== skip) return fail(join(path, name), 'required', 'is required');
    }
    for (const name in v) {
      if (!Object.hasOwn(v, name) || v[name] === undefined || name === skip) continue;
      const rule = Object.hasOwn(properties, name) ? properties[name] : extra;
      if (rule === false) return fail(join(path, name), 'additionalProperties', 'is not a known field');
      const problem = rule?.(v[name], join(path, name));
      if (problem) return problem;
    }
    return undefined;
  };
}

/** The answer of `oneOf` from each branch's problem: exactly one must match; else the branch the value was meant for. */
export function oneOfAnswer(problems: readonly (Violation | undefined)[], path: string): Violation | undefined {
  const matches = problems.filter((p) => !p).length;
  if (matches === 1) return undefined;
  const meant = problems.filter((p) => p && (p.rule !== 'type' || p.field !== path));
  return matches > 1
    ? fail(path, 'oneOf', 'matches more than one allowed shape')
    : meant.length === 1
      ? meant[0]
      : fail(path, 'oneOf', 'matches none of the allowed shapes');
}

/** `oneOf` over validators. */
export const oneOf =
  (branches: readonly Validator[]): Validator =>
  (v, path) =>
    oneOfAnswer(
      branches.map((branch) => branch(v, path)),
      path,
    );

/** Whether `v` is a JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
