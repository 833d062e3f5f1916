// haso/constraint-has-source: every validation keyword and media type either is printed by Haso (an entry of
// printed-facts.yaml names its place) or carries `x-haso-inferred: "<reason>"`, the toolkit's reading, with why.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { INFERRED_KINDS } from '../../reader.mjs';
import { isObject } from './shared.js';

const specDir = fileURLToPath(new URL('../../', import.meta.url));
const rootDocument = `${specDir}openapi.yaml`;

/** JSON Schema keywords that restrict values (type, required and additionalProperties follow the page's table). */
export const CONSTRAINTS = [
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'enum',
  'const',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
];

/** The entries of printed-facts.yaml. */
export function loadPrinted(file = `${specDir}printed-facts.yaml`) {
  return parse(readFileSync(file, 'utf8'));
}

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** A matcher over the entries: `backed(place, value)` says whether a printed fact stands behind the constraint. */
export function printedMatcher(entries) {
  const compiled = entries.map((entry) => ({ entry, re: globToRegExp(entry.at), used: false }));
  return {
    backed(place, value) {
      const hit = compiled.find(
        ({ entry, re }) => re.test(place) && (!('value' in entry) || sameJson(entry.value, value)),
      );
      if (hit) hit.used = true;
      return Boolean(hit);
    },
    unused: () => compiled.filter((c) => !c.used).map((c) => c.entry),
  };
}

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a marker's value is a reason: a non-empty string starting with derived, safety or analogy. */
export function isReason(value) {
  return typeof value === 'string' && new RegExp(`^(${INFERRED_KINDS.join('|')})\\b`).test(value.trim());
}

/** `<file under spec/>#<pointer>` of the node a visitor is at. */
function placeOf(ctx) {
  const file = relative(specDir, ctx.location.source.absoluteRef).split('\\').join('/');
  const pointer = String(ctx.location.pointer);
  return `${file}${pointer.endsWith('/') ? pointer.slice(0, -1) : pointer}`;
}

function checkMarker(node, ctx, location = ctx.location) {
  if (!isObject(node) || !('x-haso-inferred' in node)) return;
  if (!isReason(node['x-haso-inferred'])) {
    ctx.report({
      message: `x-haso-inferred is the reason, starting with ${INFERRED_KINDS.join(', ')} ("derived: …").`,
      location: location.child('x-haso-inferred'),
    });
  }
}

/** Subschemas written as a `$ref` with siblings: the walker visits the target, so their markers are checked here. */
function* refSubschemas(schema) {
  for (const [name, sub] of Object.entries(isObject(schema.properties) ? schema.properties : {}))
    yield [['properties', name], sub];
  for (const key of ['items', 'additionalProperties']) yield [[key], schema[key]];
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    for (const [i, sub] of (Array.isArray(schema[key]) ? schema[key] : []).entries()) yield [[key, i], sub];
  }
}

export function ConstraintHasSource() {
  const printed = printedMatcher(loadPrinted());
  let linted;
  return {
    Root: {
      enter(root, ctx) {
        linted = ctx.location.source.absoluteRef;
        checkMarker(root.info, ctx);
      },
      leave(_root, ctx) {
        if (linted !== rootDocument) return; // fixtures lint other documents: the entries are about this spec
        for (const entry of printed.unused()) {
          ctx.report({
            message: `printed-facts.yaml: ${entry.at} matches no constraint or media type of the spec.`,
            location: ctx.location,
          });
        }
      },
    },
    Operation: checkMarker,
    Schema(schema, ctx) {
      checkMarker(schema, ctx);
      for (const [path, sub] of refSubschemas(schema)) {
        if (isObject(sub) && '$ref' in sub) checkMarker(sub, ctx, ctx.location.child(path));
      }
      const reason = isReason(schema['x-haso-inferred']) ? schema['x-haso-inferred'] : undefined;
      for (const keyword of CONSTRAINTS) {
        if (!(keyword in schema) || printed.backed(`${placeOf(ctx)}/${keyword}`, schema[keyword])) continue;
        if (reason === undefined) {
          ctx.report({
            message: `${keyword} is not printed by Haso (no entry in printed-facts.yaml): mark it with x-haso-inferred: "<reason>".`,
            location: ctx.location.child(keyword).key(),
          });
        } else if (!reason.includes(keyword)) {
          ctx.report({
            message: `The x-haso-inferred reason must name the constraint it explains (${keyword}).`,
            location: ctx.location.child('x-haso-inferred'),
          });
        }
      }
    },
    MediaType(media, ctx) {
      checkMarker(media, ctx);
      if (isReason(media['x-haso-inferred']) || printed.backed(placeOf(ctx), undefined)) return;
      ctx.report({
        message: `The media type ${ctx.key} is not printed by Haso (no entry in printed-facts.yaml): mark it with x-haso-inferred: "<reason>".`,
        location: ctx.location.key(),
      });
    },
  };
}
