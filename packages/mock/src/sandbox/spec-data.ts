import { readFileSync } from 'node:fs';
import { MockStartError } from '../errors.js';

/** A named response example of an operation. */
export interface SpecExample {
  readonly mediaType: string;
  readonly value: unknown;
}

/** What the sandbox reads from the bundled spec: it types none of these values itself. */
export interface SandboxSpec {
  /** A named response example's value (`hasoAuthSendInfo`, `success-kkbStarted`). */
  example(operationId: string, name: string): SpecExample | undefined;
  /** Every operation's request examples (every media type), for the initial state. */
  readonly requestExamples: readonly {
    readonly operationId: string;
    readonly body: Readonly<Record<string, unknown>>;
  }[];
  /** `CustomerLimit` of askKkbReportResult's `testResult-<letter>` examples: the sandbox's limit per letter (a letter
   * without such an example gives 0). */
  readonly limits: ReadonlyMap<string, number>;
  /** The field names each webhook's schema attests (`okUrlPost` → customerId, transactionCode). */
  readonly attested: Readonly<Record<'okUrl' | 'failUrl' | 'callbackUrl', readonly string[]>>;
}

type Json = Record<string, unknown>;

/** Reads a bundle file; throws MockStartError like the front's catalog does. */
export function loadSandboxSpec(specPath: string): SandboxSpec {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(specPath, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MockStartError('SPEC_INVALID', `spec bundle is not readable JSON: ${specPath} (${reason})`);
  }
  return readSandboxSpec(doc);
}

/** Indexes an already parsed bundle. */
export function readSandboxSpec(doc: unknown): SandboxSpec {
  const root = asObject(doc);
  const examples = new Map<string, SpecExample>();
  const requestExamples: { operationId: string; body: Json }[] = [];
  for (const item of Object.values(asObject(root.paths))) {
    const post = asObject(asObject(item).post);
    const operationId = post.operationId;
    if (typeof operationId !== 'string') continue;
    for (const media of Object.values(asObject(asObject(deref(root, post.requestBody)).content))) {
      const example = asObject(media).example;
      if (isObject(example)) requestExamples.push({ operationId, body: example });
    }
    for (const response of Object.values(asObject(post.responses))) {
      for (const [mediaType, media] of Object.entries(asObject(asObject(deref(root, response)).content))) {
        for (const [name, raw] of Object.entries(asObject(asObject(media).examples))) {
          const key = `${operationId} ${name}`;
          if (!examples.has(key)) examples.set(key, { mediaType, value: asObject(deref(root, raw)).value });
        }
      }
    }
  }
  const example = (operationId: string, name: string) => examples.get(`${operationId} ${name}`);
  return { example, requestExamples, limits: limitsFrom(example), attested: attestedFields(root) };
}

function limitsFrom(example: SandboxSpec['example']): Map<string, number> {
  const limits = new Map<string, number>();
  for (const letter of ['A', 'B', 'C', 'D', 'E', 'F']) {
    const data = asObject(asObject(example('askKkbReportResult', `testResult-${letter}`)?.value).Data);
    const limit = asObject(data.CustomerInfo).CustomerLimit;
    if (typeof limit === 'number') limits.set(letter, limit);
  }
  return limits;
}

function attestedFields(root: Json): Record<'okUrl' | 'failUrl' | 'callbackUrl', string[]> {
  const fields = (name: string) => {
    const post = asObject(asObject(deref(root, asObject(root.webhooks)[name])).post);
    const content = asObject(asObject(deref(root, post.requestBody)).content);
    const schema = asObject(deref(root, asObject(content['application/x-www-form-urlencoded']).schema));
    return Object.keys(asObject(schema.properties));
  };
  return { okUrl: fields('okUrl'), failUrl: fields('failUrl'), callbackUrl: fields('callbackUrl') };
}

/** Follows local `$ref`s of the bundle. */
function deref(root: Json, node: unknown): unknown {
  let at = node;
  for (let hops = 0; hops < 16 && isObject(at) && typeof at.$ref === 'string' && at.$ref.startsWith('#/'); hops++) {
    const parts = at.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    at = parts.reduce<unknown>(
      (parent, part) => (isObject(parent) && Object.hasOwn(parent, part) ? parent[part] : undefined),
      root,
    );
  }
  return at;
}

function asObject(node: unknown): Json {
  return isObject(node) ? node : {};
}

function isObject(node: unknown): node is Json {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
