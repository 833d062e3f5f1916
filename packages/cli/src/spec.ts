// The bundled OpenAPI spec shipped in dist/openapi.json (copied at build time): the source of summaries,
// descriptions, request fields, sandbox scenarios and example names in the help texts.
import { readFileSync } from 'node:fs';
import { CliError } from './errors.js';

/** A JSON object of the spec. */
export type JsonObject = { readonly [key: string]: unknown };

/** What the help texts read from one operation of the spec. */
export interface SpecOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly docTitle: string | undefined;
  readonly docSite: string | undefined;
  /** `x-haso-unsigned.note`: why the token recipe is unknown. */
  readonly unsignedNote: string | undefined;
  /** `x-haso-scenarios`: sandbox inputs that pick a named example. */
  readonly scenarios: readonly { readonly field: string; readonly value: string; readonly example: string }[];
  /** Named response examples (`success`, `failure`, `invalidToken`, `testResult-A` …). */
  readonly exampleNames: readonly string[];
  /** The first request media type's example body, if any. */
  readonly requestExample: JsonObject | undefined;
  /** The request body schema (usually a `$ref`). */
  readonly requestSchema: JsonObject | undefined;
}

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

let cached: JsonObject | undefined;

/** The bundled spec document (read once). */
export function specDocument(): JsonObject {
  if (!cached) {
    const url = new URL('./openapi.json', import.meta.url);
    try {
      const doc: unknown = JSON.parse(readFileSync(url, 'utf8'));
      if (!isObject(doc) || !isObject(doc.paths)) throw new Error('no paths');
      cached = doc;
    } catch {
      throw new CliError(`the bundled spec (dist/openapi.json) is missing or unreadable: rebuild the package`);
    }
  }
  return cached;
}

/** Follows a local `$ref` (`#/components/schemas/Name`) once; other values are returned as they are. */
export function resolveRef(value: unknown): unknown {
  const ref = field(value, '$ref');
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
  let node: unknown = specDocument();
  for (const part of ref.slice(2).split('/')) node = field(node, part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return resolveRef(node);
}

let byId: Map<string, SpecOperation> | undefined;

function readOperation(post: JsonObject): SpecOperation {
  const content = field(post.requestBody, 'content');
  const firstMedia = isObject(content) ? Object.values(content)[0] : undefined;
  const example = field(firstMedia, 'example');
  const schema = field(firstMedia, 'schema');
  const exampleNames = new Set<string>();
  for (const response of Object.values(isObject(post.responses) ? post.responses : {})) {
    const media = field(resolveRef(response), 'content');
    for (const type of Object.values(isObject(media) ? media : {})) {
      const examples = field(type, 'examples');
      if (isObject(examples)) for (const name of Object.keys(examples)) exampleNames.add(name);
    }
  }
  const scenarios = Array.isArray(post['x-haso-scenarios']) ? post['x-haso-scenarios'] : [];
  return {
    operationId: String(post.operationId),
    summary: text(post.summary) ?? '',
    description: text(post.description) ?? '',
    docTitle: text(post['x-haso-doc-title']),
    docSite: text(post['x-haso-doc-site']),
    unsignedNote: text(field(post['x-haso-unsigned'], 'note')),
    scenarios: scenarios.flatMap((entry: unknown) => {
      const [f, v, e] = [field(entry, 'field'), field(entry, 'value'), field(entry, 'example')];
      return typeof f === 'string' && typeof e === 'string' ? [{ field: f, value: String(v), example: e }] : [];
    }),
    exampleNames: [...exampleNames],
    requestExample: isObject(example) ? example : undefined,
    requestSchema: isObject(schema) ? schema : undefined,
  };
}

/** The spec's view of one operation, or undefined when the spec does not have it. */
export function specOperation(operationId: string): SpecOperation | undefined {
  if (!byId) {
    byId = new Map();
    for (const item of Object.values(specDocument().paths as JsonObject)) {
      const post = field(item, 'post');
      if (isObject(post) && typeof post.operationId === 'string') byId.set(post.operationId, readOperation(post));
    }
  }
  return byId.get(operationId);
}
