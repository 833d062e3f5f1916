import { recipes } from '@haso-toolkit/signing';
import {
  componentExample,
  listOperations,
  namedResponseExamples,
  type OperationObject,
  requestContentTypes,
  type SpecDocument,
  scenariosOf,
} from '@haso-toolkit/spec/reader';
import { MockStartError } from './errors.js';
import { defaultSpecPath } from './paths.js';
import { leftToPrism, messageOf, readSpecDocument } from './spec-file.js';

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

const INVALID_TOKEN_EXAMPLE = 'invalidToken';
const INVALID_TOKEN_COMPONENT = 'InvalidRequestToken';

/**
 * Reads a spec bundle (by default @haso-toolkit/spec's) and indexes its POST operations through the spec's reader;
 * throws MockStartError (SPEC_MISSING / SPEC_INVALID).
 */
export function loadSpecCatalog(specPath: string = defaultSpecPath): SpecCatalog {
  const spec = readSpecDocument(specPath);
  try {
    return indexSpec(spec, specPath);
  } catch (error) {
    if (error instanceof MockStartError) throw error;
    throw new MockStartError('SPEC_INVALID', `spec bundle cannot be read: ${specPath} (${messageOf(error)})`);
  }
}

function indexSpec(spec: SpecDocument, specPath: string): SpecCatalog {
  if (typeof spec.paths !== 'object' || spec.paths === null) {
    throw new MockStartError('SPEC_INVALID', `spec bundle has no paths: ${specPath}`);
  }
  const components = spec.components?.examples ?? {};
  const fallback = Object.hasOwn(components, INVALID_TOKEN_COMPONENT)
    ? componentExample(spec, INVALID_TOKEN_COMPONENT)
    : undefined;
  const byPath = new Map<string, CatalogOperation>();
  for (const { operationId, path, method, webhook, op } of listOperations(spec)) {
    if (webhook || method !== 'post' || typeof operationId !== 'string') continue;
    byPath.set(path, indexOperation(spec, operationId, path, op, fallback));
  }
  if (byPath.size === 0) throw new MockStartError('SPEC_INVALID', `spec bundle has no POST operations: ${specPath}`);
  return { byPath, scenarios: [...byPath.values()].map(publicView) };
}

function indexOperation(
  spec: SpecDocument,
  operationId: string,
  path: string,
  op: OperationObject,
  fallback: unknown,
): CatalogOperation {
  const named = leftToPrism(() => namedResponseExamples(spec, op), new Map());
  const examples = [...named.values()].map(({ name, summary }) => (summary ? { name, summary } : { name }));
  const signed = Object.hasOwn(recipes, operationId);
  const invalidTokenExample = named.has(INVALID_TOKEN_EXAMPLE) ? INVALID_TOKEN_EXAMPLE : undefined;
  const invalidToken = invalidTokenExample ? named.get(invalidTokenExample)?.value : fallback;
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
    // Only scenarios whose example exists select anything.
    fieldScenarios: scenariosOf(op).filter((scenario) => named.has(scenario.example)),
    invalidTokenBody: invalidToken === undefined ? undefined : Buffer.from(JSON.stringify(invalidToken)),
    invalidTokenExample,
    mediaTypes: leftToPrism(() => requestContentTypes(spec, op), []).map((type) => type.toLowerCase()),
  };
}

function publicView(operation: CatalogOperation): OperationScenarios {
  const { operationId, method, path, signed, defaultExample, examples, fieldScenarios } = operation;
  return { operationId, method, path, signed, defaultExample, examples, fieldScenarios };
}
