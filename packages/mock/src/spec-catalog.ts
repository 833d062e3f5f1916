import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { recipes } from '@haso-toolkit/signing';
import { MockStartError } from './errors.js';

/** One named response example of an operation. */
export interface ExampleInfo {
  readonly name: string;
  readonly summary?: string;
}

/** A sandbox input that selects a named example (`x-haso-scenarios`: `testResult=A` → `testResult-A`). */
export interface FieldScenario {
  readonly field: string;
  readonly value: string;
  readonly example: string;
}

/** What the mock can answer for one operation, as listed by `--list-scenarios` and `GET /__scenarios`. */
export interface OperationScenarios {
  readonly operationId: string;
  readonly method: 'POST';
  readonly path: string;
  /** The operation has a token recipe: the mock checks its requestToken. */
  readonly signed: boolean;
  /** The example a plain valid request gets (the first `success…` example). */
  readonly defaultExample: string | undefined;
  readonly examples: readonly ExampleInfo[];
  readonly fieldScenarios: readonly FieldScenario[];
}

/** An operation as the front server needs it. */
export interface CatalogOperation extends OperationScenarios {
  /** Serialized envelope answered to a rejected requestToken (from the spec's InvalidRequestToken example). */
  readonly invalidTokenBody: Buffer | undefined;
  /** Name of the operation's own invalid-token example, when it has one. */
  readonly invalidTokenExample: string | undefined;
  /** The request body's media types (lower-case), as the spec lists them. */
  readonly mediaTypes: readonly string[];
}

/** The spec, indexed by request path. */
export interface SpecCatalog {
  readonly byPath: ReadonlyMap<string, CatalogOperation>;
  readonly scenarios: readonly OperationScenarios[];
}

type Json = Record<string, unknown>;

const INVALID_TOKEN_EXAMPLE = 'invalidToken';
const INVALID_TOKEN_COMPONENT = 'InvalidRequestToken';

/** The largest spec file the mock reads (the bundled one is about 0.3 MiB). */
export const MAX_SPEC_BYTES = 16 * 1024 * 1024;

/**
 * Reads the bundled spec (a regular file of at most {@link MAX_SPEC_BYTES}) and indexes its POST operations; throws
 * MockStartError (SPEC_MISSING / SPEC_INVALID).
 */
export function loadSpecCatalog(specPath: string): SpecCatalog {
  let doc: unknown;
  try {
    doc = JSON.parse(readSpecFile(specPath));
  } catch (error) {
    if (error instanceof MockStartError) throw error;
    throw new MockStartError('SPEC_INVALID', `spec bundle is not readable JSON: ${specPath} (${messageOf(error)})`);
  }
  if (!isObject(doc) || !isObject(doc.paths)) {
    throw new MockStartError('SPEC_INVALID', `spec bundle has no paths: ${specPath}`);
  }
  const root = doc;
  const fallbackInvalidToken = exampleValue(root, get(root, 'components', 'examples', INVALID_TOKEN_COMPONENT));
  const byPath = new Map<string, CatalogOperation>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const post = get(item, 'post');
    if (!isObject(post) || typeof post.operationId !== 'string') continue;
    byPath.set(path, indexOperation(root, path, post, fallbackInvalidToken));
  }
  if (byPath.size === 0) throw new MockStartError('SPEC_INVALID', `spec bundle has no POST operations: ${specPath}`);
  return { byPath, scenarios: [...byPath.values()].map(publicView) };
}

function indexOperation(root: Json, path: string, post: Json, fallbackInvalidToken: unknown): CatalogOperation {
  const operationId = post.operationId as string;
  const named = namedExamples(root, post);
  const examples = [...named.values()].map(({ name, summary }) => (summary ? { name, summary } : { name }));
  const signed = Object.hasOwn(recipes, operationId);
  const invalidTokenExample = named.has(INVALID_TOKEN_EXAMPLE) ? INVALID_TOKEN_EXAMPLE : undefined;
  const invalidToken = invalidTokenExample ? named.get(invalidTokenExample)?.value : fallbackInvalidToken;
  if (signed && invalidToken === undefined) {
    throw new MockStartError(
      'SPEC_INVALID',
      `${operationId} is signed but the spec has neither its "${INVALID_TOKEN_EXAMPLE}" example ` +
        `nor components/examples/${INVALID_TOKEN_COMPONENT}`,
    );
  }
  return {
    operationId,
    method: 'POST',
    path,
    signed,
    defaultExample: examples.find((example) => example.name.startsWith('success'))?.name,
    examples,
    fieldScenarios: fieldScenarios(post, named),
    invalidTokenBody: invalidToken === undefined ? undefined : Buffer.from(JSON.stringify(invalidToken)),
    invalidTokenExample,
    mediaTypes: Object.keys(asObject(get(resolve(root, post.requestBody), 'content'))).map((type) => type.toLowerCase()),
  };
}

function publicView(operation: CatalogOperation): OperationScenarios {
  const { operationId, method, path, signed, defaultExample, examples, fieldScenarios } = operation;
  return { operationId, method, path, signed, defaultExample, examples, fieldScenarios };
}

interface NamedExample extends ExampleInfo {
  readonly value: unknown;
}

/** Named examples of every response and media type, in document order (first occurrence of a name wins). */
function namedExamples(root: Json, post: Json): Map<string, NamedExample> {
  const named = new Map<string, NamedExample>();
  for (const response of Object.values(asObject(post.responses))) {
    for (const media of Object.values(asObject(get(resolve(root, response), 'content')))) {
      for (const [name, raw] of Object.entries(asObject(get(media, 'examples')))) {
        if (named.has(name)) continue;
        const example = resolve(root, raw);
        const summary = get(example, 'summary');
        named.set(name, {
          name,
          ...(typeof summary === 'string' ? { summary } : {}),
          value: exampleValue(root, example),
        });
      }
    }
  }
  return named;
}

/** `x-haso-scenarios` entries whose example exists (values compared as strings). */
function fieldScenarios(post: Json, named: ReadonlyMap<string, unknown>): FieldScenario[] {
  const raw = post['x-haso-scenarios'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    const field = get(entry, 'field');
    const value = get(entry, 'value');
    const example = get(entry, 'example');
    if (typeof field !== 'string' || typeof example !== 'string' || !named.has(example)) return [];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return [];
    return [{ field, value: String(value), example }];
  });
}

/** The spec file's text: refused unless it is a regular file of at most MAX_SPEC_BYTES (read through one fd). */
function readSpecFile(specPath: string): string {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO cannot hold the open; it is refused below as not a regular file.
    fd = openSync(specPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new MockStartError('SPEC_MISSING', `spec bundle not found: ${specPath} (build the package, or pass --spec)`);
    }
    throw new MockStartError('SPEC_INVALID', `spec bundle cannot be opened: ${specPath} (${code ?? messageOf(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new MockStartError('SPEC_INVALID', `spec bundle is not a regular file: ${specPath}`);
    if (stats.size > MAX_SPEC_BYTES) {
      throw new MockStartError('SPEC_INVALID', `spec bundle is larger than ${MAX_SPEC_BYTES} bytes: ${specPath}`);
    }
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

function exampleValue(root: Json, example: unknown): unknown {
  return get(resolve(root, example), 'value');
}

/** Follows local `$ref`s (`#/components/...`); the bundle has no external ones. */
function resolve(root: Json, node: unknown, depth = 0): unknown {
  const ref = get(node, '$ref');
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 16) return node;
  const target = ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((at, key) => get(at, key), root);
  return resolve(root, target, depth + 1);
}

function get(node: unknown, ...keys: string[]): unknown {
  let at = node;
  for (const key of keys) at = isObject(at) && Object.hasOwn(at, key) ? at[key] : undefined;
  return at;
}

function asObject(node: unknown): Json {
  return isObject(node) ? node : {};
}

function isObject(node: unknown): node is Json {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
