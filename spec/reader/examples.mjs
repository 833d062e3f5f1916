// The examples of an operation: its request example (as the spec gives it, and as an SDK caller passes it), its
// named response examples, and the shared component examples.
import { deref, isObject } from './refs.mjs';
import { filledFields, requestMedia } from './request.mjs';

/**
 * The request example of an operation: the main media type's `example`, else its first named example (a
 * `success…` one when there is one), as `{ contentType, value }`; undefined when the operation has none.
 */
export function requestExample(spec, op) {
  const main = requestMedia(spec, op);
  if (!main) return undefined;
  const { contentType, media } = main;
  if (isObject(media.example)) return { contentType, value: media.example };
  const named = Object.entries(media.examples ?? {});
  const chosen = named.find(([name]) => name.startsWith('success')) ?? named[0];
  return chosen ? { contentType, value: deref(spec, chosen[1]).value } : undefined;
}

/** The request example without the fields the SDK fills (merchant id, requestToken): what an SDK caller passes. */
export function requestExampleInput(spec, op) {
  const { merchantId, requestToken } = filledFields(spec, op);
  const value = requestExample(spec, op)?.value ?? {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== merchantId && key !== requestToken));
}

/**
 * Every named response example of an operation in document order:
 * `[{ name, status, contentType, summary, description, value }]` (summary and description may be undefined).
 */
export function responseExamples(spec, op) {
  const out = [];
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    for (const [contentType, media] of Object.entries(deref(spec, response)?.content ?? {})) {
      for (const [name, raw] of Object.entries(media.examples ?? {})) {
        const example = deref(spec, raw);
        out.push({
          name,
          status,
          contentType,
          summary: example.summary,
          description: example.description,
          value: example.value,
        });
      }
    }
  }
  return out;
}

/** Named response examples by name, first occurrence winning; only those of `contentType` when given. */
export function namedResponseExamples(spec, op, contentType) {
  const named = new Map();
  for (const example of responseExamples(spec, op)) {
    if (contentType !== undefined && example.contentType !== contentType) continue;
    if (!named.has(example.name)) named.set(example.name, example);
  }
  return named;
}

/** A component example's value (`#/components/examples/<name>`). */
export function componentExample(spec, name) {
  const example = spec.components?.examples?.[name];
  if (example === undefined) throw new Error(`No components/examples/${name} in the spec`);
  return deref(spec, example).value;
}
