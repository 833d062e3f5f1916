// Read-only views of the bundled OpenAPI document: operations, local $refs, request examples.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deref, listOperations as readOperations } from '@haso-toolkit/spec/reader';

/** @typedef {Record<string, any>} Json */
/**
 * One operation of the spec (a path operation or a webhook).
 * @typedef {object} OperationEntry
 * @property {'path' | 'webhook'} source
 * @property {string} key       path (`/RequestV2/ReSendKkbPin`) or webhook name (`okUrl`)
 * @property {string} method    lower-case HTTP method
 * @property {Json} operation   the Operation Object (mutable in a decorated copy)
 */

/** Absolute path of `spec/dist/openapi.json` (through the workspace dependency). */
export function specJsonPath() {
  return createRequire(import.meta.url).resolve('@haso-toolkit/spec/openapi.json');
}

/**
 * Parses the bundled spec (a fresh object every call, so callers may decorate it).
 * @param {string} [file]
 * @returns {Json}
 */
export function loadSpec(file = specJsonPath()) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Every operation, paths first (in document order), then webhooks.
 * @param {Json} spec
 * @returns {OperationEntry[]}
 */
export function listOperations(spec) {
  return readOperations(spec).map(({ webhook, path, method, op }) => ({
    source: webhook ? 'webhook' : 'path',
    key: path,
    method,
    operation: op,
  }));
}

/** Follows local `$ref`s (`#/components/...`) until a non-reference node. */
export { deref };

/**
 * The request example of an operation: the first media type's `example`, else its first named example
 * (a `success…` one when there is one).
 * @param {Json} spec
 * @param {Json} operation
 * @returns {{ contentType: string, value: Record<string, unknown> } | undefined}
 */
export function requestExample(spec, operation) {
  const content = deref(spec, operation.requestBody)?.content ?? {};
  for (const [contentType, media] of Object.entries(content)) {
    if (media.example && typeof media.example === 'object') return { contentType, value: media.example };
    const named = Object.entries(media.examples ?? {});
    const chosen = named.find(([name]) => name.startsWith('success')) ?? named[0];
    if (chosen) return { contentType, value: deref(spec, chosen[1]).value };
  }
  return undefined;
}

/**
 * The media types the request body accepts.
 * @param {Json} spec
 * @param {Json} operation
 * @returns {string[]}
 */
export function requestContentTypes(spec, operation) {
  return Object.keys(deref(spec, operation.requestBody)?.content ?? {});
}

/**
 * The request body schema (dereferenced), from the first media type.
 * @param {Json} spec
 * @param {Json} operation
 * @returns {Json}
 */
export function requestSchema(spec, operation) {
  const content = deref(spec, operation.requestBody)?.content ?? {};
  const first = Object.values(content)[0];
  return first ? deref(spec, first.schema) ?? {} : {};
}

/**
 * True for operations whose body is posted by the customer's browser (no JSON request body).
 * @param {Json} spec
 * @param {Json} operation
 */
export function isBrowserFormPost(spec, operation) {
  const types = requestContentTypes(spec, operation);
  return types.length > 0 && !types.includes('application/json');
}

/**
 * True when the request body schema allows fields it does not list (`additionalProperties` not false).
 * @param {Json} spec
 * @param {Json} operation
 */
export function acceptsUnlistedFields(spec, operation) {
  return requestSchema(spec, operation).additionalProperties !== false;
}
