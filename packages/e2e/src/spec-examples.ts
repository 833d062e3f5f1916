// The spec's named examples as test data, read from the bundled spec (spec/dist/openapi.json): request examples as
// SDK inputs, response examples as the answers the mock serves. Nothing here names an endpoint.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Node = Record<string, unknown>;

/** A Haso envelope as the spec's response examples write it. */
export interface ExampleEnvelope {
  readonly Success: boolean;
  readonly Errors: readonly string[] | null;
  readonly Data: unknown;
}

/** Fields the SDK fills itself (compared case-insensitively: `MerchantId` on changeCustomerGsmNo). */
const FILLED = new Set(['merchantid', 'requesttoken']);

/** Path of the bundled spec (the `@haso-toolkit/spec` workspace package). */
export const specPath = createRequire(import.meta.url).resolve('@haso-toolkit/spec/openapi.json');

const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Node;

const postsById = new Map(
  Object.values(spec.paths as Node).map((item) => {
    const post = (item as Node).post as Node;
    return [post.operationId as string, post] as const;
  }),
);

/** A spec node, following local `#/…` references. */
function deref(node: unknown): Node {
  let at = node as Node;
  while (typeof at.$ref === 'string') {
    at = at.$ref
      .slice(2)
      .split('/')
      .reduce<Node>((parent, key) => parent[key] as Node, spec);
  }
  return at;
}

function postOf(operationId: string): Node {
  const post = postsById.get(operationId);
  if (!post) throw new Error(`no operation ${operationId} in ${specPath}`);
  return post;
}

/**
 * The operation's request example (JSON when the spec offers it, else the form one) without the fields the SDK fills
 * (merchantId / MerchantId, requestToken): the input an SDK caller would pass.
 */
export function requestExampleInput(operationId: string): Record<string, unknown> {
  const content = deref(postOf(operationId).requestBody).content as Node;
  const media = (content['application/json'] ?? content['application/x-www-form-urlencoded']) as Node;
  const example = (media.example ?? {}) as Node;
  return Object.fromEntries(Object.entries(example).filter(([key]) => !FILLED.has(key.toLowerCase())));
}

/** The operation's named JSON response examples, in spec order (first media type that names one wins). */
export function responseExamples(operationId: string): ReadonlyMap<string, ExampleEnvelope> {
  const found = new Map<string, ExampleEnvelope>();
  for (const response of Object.values(postOf(operationId).responses as Node)) {
    const json = (deref(response).content as Node | undefined)?.['application/json'] as Node | undefined;
    for (const [name, example] of Object.entries((json?.examples ?? {}) as Node)) {
      if (!found.has(name)) found.set(name, deref(example).value as ExampleEnvelope);
    }
  }
  return found;
}

/** The first example whose name starts with `prefix` (`success` is the mock's default answer), with its name. */
export function firstExample(operationId: string, prefix: string): { name: string; envelope: ExampleEnvelope } {
  for (const [name, envelope] of responseExamples(operationId)) {
    if (name.startsWith(prefix)) return { name, envelope };
  }
  throw new Error(`${operationId} has no ${prefix}… example in ${specPath}`);
}

/** The example a sandbox input selects (`x-haso-scenarios`: `testResult` = `A` → `testResult-A`), with its name. */
export function scenarioExample(
  operationId: string,
  field: string,
  value: string,
): { name: string; envelope: ExampleEnvelope } {
  type Scenario = { field: string; value: string; example: string };
  const scenarios = (postOf(operationId)['x-haso-scenarios'] ?? []) as Scenario[];
  const name = scenarios.find((s) => s.field === field && s.value === value)?.example;
  const envelope = name === undefined ? undefined : responseExamples(operationId).get(name);
  if (name === undefined || !envelope) throw new Error(`${operationId} has no scenario ${field}=${value}`);
  return { name, envelope };
}

/** A component example's envelope (`InvalidRequestToken`). */
export function componentExample(name: string): ExampleEnvelope {
  return deref({ $ref: `#/components/examples/${name}` }).value as ExampleEnvelope;
}
