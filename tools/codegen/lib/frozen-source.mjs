// TypeScript source of generated data: every object and array deeply frozen through a `freeze` helper whose calls are
// marked pure, so a mutation throws (modules are strict) and a bundler still drops the constants nobody imports.

/** The helper each generated module declares once (a `const` type parameter keeps literal types, like `as const`). */
export const FREEZE_HELPER =
  '/** Freezes one generated object or array (nested ones are frozen by their own call). */\n' +
  'const freeze = <const T>(value: T): Readonly<T> => Object.freeze(value);\n';

const PURE = '/* @__PURE__ */ ';

/**
 * Source of a JSON value with each object and array wrapped in `freeze(…)`. `named(node)` may return the source of a
 * node that is already a module constant (a shared schema, a recipe) instead.
 */
export function frozenSource(node, indent = '', named = () => undefined) {
  const reference = named(node);
  if (reference !== undefined) return reference;
  if (Array.isArray(node)) {
    if (node.length === 0) return `${PURE}freeze([])`;
    const inner = node.map((item) => `${indent}  ${frozenSource(item, `${indent}  `, named)}`);
    return `${PURE}freeze([\n${inner.join(',\n')}\n${indent}])`;
  }
  if (!node || typeof node !== 'object') return JSON.stringify(node);
  const entries = Object.entries(node);
  if (entries.length === 0) return `${PURE}freeze({})`;
  const inner = entries.map(
    ([key, value]) => `${indent}  ${JSON.stringify(key)}: ${frozenSource(value, `${indent}  `, named)}`,
  );
  return `${PURE}freeze({\n${inner.join(',\n')}\n${indent}})`;
}
