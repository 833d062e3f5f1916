// packages/client: each compact request schema compiled to a validator (TypeScript source), so a call checks its body
// with straight-line code and a bundle carries only the validators of the operations it imports. The checks and their
// order are those of packages/client/test/schema-interpreter.ts (the tests' oracle): type, enum, minLength, maxLength, minimum,
// maximum, pattern, format (date), items or the object's required and properties, oneOf; the shared parts (messages
// of objects and oneOf, code-point length) come from packages/client/src/checks.ts.

const TYPE_TEST = {
  integer: 'Number.isInteger(v)',
  number: "typeof v === 'number' && Number.isFinite(v)",
  array: 'Array.isArray(v)',
  null: 'v === null',
  object: 'isObject(v)',
  string: "typeof v === 'string'",
  boolean: "typeof v === 'boolean'",
};

/** The validator's name for the request schema `name`. */
export const validatorName = (name) => `check${name}`;

/**
 * A compiler of compact schemas: `compile(node)` is the source of a Validator expression; the module constants it
 * needs (object and oneOf checks, patterns) are collected in `hoisted`, to be emitted before it.
 */
export function createValidatorCompiler() {
  const hoisted = [];
  let count = 0;
  const hoist = (prefix, source) => {
    const name = `${prefix}$${count++}`;
    hoisted.push(`const ${name} = /* @__PURE__ */ ${source};`);
    return name;
  };
  const fail = (rule, detail) => `return fail(p, ${JSON.stringify(rule)}, ${JSON.stringify(detail)});`;

  // Validators already emitted, by source: an inline schema that compiles to the same source reuses the constant.
  const known = new Map();
  const reuse = (source) => {
    if (/^[\w$]+$/.test(source) || source === '() => undefined') return source;
    if (!known.has(source)) {
      const name = `validator$${count++}`;
      hoisted.push(`const ${name}: Validator = ${source};`);
      known.set(source, name);
    }
    return known.get(source);
  };
  // Named schemas whose checks an earlier one already has: a `$ref` to them names that earlier validator.
  const same = new Map();
  /** Remembers that `name` is the validator of `source` (a named schema's constant); the earlier name if one was. */
  const remember = (name, source) => {
    if (!known.has(source)) known.set(source, name);
    if (known.get(source) !== name) same.set(name, known.get(source));
    return known.get(source);
  };

  /** A validator of `node` for a property, an item or a branch: a shared constant. */
  const inner = (node) => reuse(compile(node));

  const keysWithin = (node, allowed) => Object.keys(node).every((key) => allowed.includes(key));
  const objectCall = (node) => {
    const props = Object.entries(node.properties ?? {}).map(([k, v]) => `${JSON.stringify(k)}: ${inner(v)}`);
    const additional = node.additionalProperties;
    const extra = additional === undefined ? '' : `, ${additional === false ? 'false' : inner(additional)}`;
    return `object(${JSON.stringify(node.required ?? [])}, { ${props.join(', ')} }${extra})`;
  };

  function compile(node) {
    if (node === true) return '() => undefined';
    if (node === false) return "(v, p) => fail(p, 'not', 'is not allowed')";
    if (typeof node.$ref === 'string') return same.get(validatorName(node.$ref)) ?? validatorName(node.$ref);
    // An object schema is a call of checks.ts; any other is compiled to its own function below.
    if (node.type === 'object' && keysWithin(node, ['type', 'required', 'properties', 'additionalProperties'])) {
      return `/* @__PURE__ */ ${objectCall(node)}`;
    }
    const lines = [];
    const types = node.type === undefined ? [] : [node.type].flat();
    for (const type of types) if (!TYPE_TEST[type]) throw new Error(`Unknown JSON type "${type}"`);
    if (types.length) {
      lines.push(
        `if (!(${types.map((t) => TYPE_TEST[t]).join(' || ')})) ${fail('type', `must be ${types.join(' or ')}`)}`,
      );
    }
    const only = types.length === 1 ? types[0] : undefined;
    if (node.enum) {
      if (node.enum.some((e) => e !== null && typeof e === 'object'))
        throw new Error('enum of objects is not supported');
      const detail = `must be one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}`;
      lines.push(`if (!(${JSON.stringify(node.enum)} as readonly unknown[]).includes(v)) ${fail('enum', detail)}`);
    }
    const text = [];
    if (node.minLength !== undefined) {
      text.push(
        `if (length(v) < ${node.minLength}) ${fail('minLength', `must be at least ${node.minLength} characters`)}`,
      );
    }
    if (node.maxLength !== undefined) {
      text.push(
        `if (length(v) > ${node.maxLength}) ${fail('maxLength', `must be at most ${node.maxLength} characters`)}`,
      );
    }
    if (node.pattern !== undefined) {
      const re = hoist('pattern', `new RegExp(${JSON.stringify(node.pattern)}, 'u')`);
      text.push(`if (!${re}.test(v)) ${fail('pattern', `must match ${node.pattern}`)}`);
    }
    if (node.format === 'date') {
      text.push(`if (!isCalendarDate(v)) ${fail('format', 'must be a calendar date (yyyy-MM-dd)')}`);
    }
    const numeric = [];
    if (node.minimum !== undefined)
      numeric.push(`if (v < ${node.minimum}) ${fail('minimum', `must be at least ${node.minimum}`)}`);
    if (node.maximum !== undefined)
      numeric.push(`if (v > ${node.maximum}) ${fail('maximum', `must be at most ${node.maximum}`)}`);
    if (numeric.length) lines.push(`if (typeof v === 'number') {\n    ${numeric.join('\n    ')}\n  }`);
    if (text.length)
      lines.push(
        only === 'string' ? text.join('\n  ') : `if (typeof v === 'string') {\n    ${text.join('\n    ')}\n  }`,
      );
    let params = '(v, p)';
    // The last check before oneOf: the items of an array or the properties of an object (a value is only one of them).
    let nested;
    if (node.items !== undefined) nested = ['Array.isArray(v)', `eachItem(v, p, ${inner(node.items)})`];
    if (node.required || node.properties || node.additionalProperties !== undefined) {
      const check = hoist('object', objectCall(node));
      params = '(v, p, skip)';
      if (nested) throw new Error('A schema with both items and properties is not supported');
      nested = ['isObject(v)', `${check}(v, p, skip)`];
    }
    const oneOf = node.oneOf ? hoist('oneOf', `oneOf([${node.oneOf.map(inner).join(', ')}])`) : undefined;
    if (nested && !oneOf && (only === 'array' || only === 'object')) {
      lines.push(`return ${nested[1]};`);
    } else {
      if (nested)
        lines.push(`if (${nested[0]}) {\n    const problem = ${nested[1]};\n    if (problem) return problem;\n  }`);
      lines.push(oneOf ? `return ${oneOf}(v, p);` : 'return undefined;');
    }
    if (lines.length === 1 && !oneOf && !nested) return '() => undefined';
    return `${params} => {\n  ${lines.join('\n  ')}\n}`;
  }

  return { compile, hoisted, remember };
}

/** The imports of the validators' shared parts (packages/client/src/checks.ts) and the date rule that `code` uses. */
export function validatorImports(code) {
  // A name used on its own, not as a property (`v.length` does not import `length`).
  const used = (name) => new RegExp(`(?<![\\w$.])${name}\\b`).test(code);
  const checks = ['eachItem', 'fail', 'isObject', 'length', 'object', 'oneOf'].filter(used);
  if (used('Validator')) checks.push('type Validator');
  return [
    used('isCalendarDate') ? "import { isCalendarDate } from '@haso-toolkit/signing';" : '',
    checks.length ? `import { ${checks.join(', ')} } from '../checks.js';` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
