// The x-haso-* extensions of one operation (and x-haso-inferred beside any node), each read into a plain value.
import { isObject } from './refs.mjs';
import { OPERATION_KINDS } from './vocabulary.mjs';

/** Where an operation comes from: `x-haso-doc-section`, `-title`, `-site`, `-status`, `-gaps`, `x-haso-path-status`. */
export function docOf(op) {
  return {
    section: op['x-haso-doc-section'],
    title: op['x-haso-doc-title'],
    site: op['x-haso-doc-site'],
    status: op['x-haso-doc-status'],
    gaps: op['x-haso-doc-gaps'],
    pathStatus: op['x-haso-path-status'] ?? 'documented',
  };
}

/** `x-haso-kind` of a path operation; throws when it is missing or unknown. */
export function operationKind(op) {
  const kind = op['x-haso-kind'];
  if (!OPERATION_KINDS.includes(kind)) {
    throw new Error(`${op.operationId}: x-haso-kind must be one of ${OPERATION_KINDS.join(', ')}`);
  }
  return kind;
}

/** `x-haso-signature` as `{ fields, formats, salt }` (formats `{}` when the page gives none), or undefined. */
export function signatureOf(op) {
  const sig = op['x-haso-signature'];
  if (!sig) return undefined;
  return { fields: [...sig.fields], formats: { ...(sig.formats ?? {}) }, salt: sig.salt };
}

/** The token recipe of an operation: `{ operationId, path, fields, formats, salt }`, or undefined when unsigned. */
export function recipeOf({ operationId, path, op }) {
  const sig = signatureOf(op);
  return sig && { operationId, path, ...sig };
}

/** `x-haso-unsigned` as `{ reason, note }`, or undefined for a signed operation. */
export function unsignedOf(op) {
  const unsigned = op['x-haso-unsigned'];
  return unsigned ? { reason: String(unsigned.reason), note: String(unsigned.note ?? '').trim() } : undefined;
}

/**
 * `x-haso-scenarios`: sandbox inputs that select a named response example, `[{ field, value, example }]` with the
 * value as a string. A malformed entry throws (the lint rule haso/scenarios keeps the spec free of them).
 */
export function scenariosOf(op) {
  const raw = op['x-haso-scenarios'] ?? [];
  if (!Array.isArray(raw)) throw new Error(`${op.operationId}: x-haso-scenarios must be a list`);
  return raw.map((entry, i) => {
    const { field, value, example } = isObject(entry) ? entry : {};
    if (
      typeof field !== 'string' ||
      typeof example !== 'string' ||
      !['string', 'number', 'boolean'].includes(typeof value)
    ) {
      throw new Error(`${op.operationId}: x-haso-scenarios[${i}] needs field, value and example`);
    }
    return { field, value: String(value), example };
  });
}

/** The `x-haso-inferred` reason beside a node (the toolkit's reading, not Haso's), or undefined. */
export function inferredOf(node) {
  const reason = isObject(node) ? node['x-haso-inferred'] : undefined;
  return typeof reason === 'string' ? reason : undefined;
}
