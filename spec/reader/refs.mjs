// Walking the parsed document: the one test for a JSON object, and following local `$ref`s.

/** True for a non-null, non-array object. */
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `#/…` references until a non-reference node; throws on external, dangling or looping refs. */
export function deref(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32 || !current.$ref.startsWith('#/')) throw new Error(`Cannot resolve $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, part) => (isObject(at) && Object.hasOwn(at, part) ? at[part] : undefined), spec);
    if (current === undefined) throw new Error('Dangling $ref in the spec');
  }
  return current;
}
