import {
  deref,
  type JsonObject,
  listOperations,
  namedResponseExamples,
  requestProperties,
  type SpecDocument,
} from '@haso-toolkit/spec/reader';
import { MockStartError } from '../errors.js';
import { leftToPrism, messageOf, readSpecDocument } from '../spec-file.js';

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

/** Reads a bundle file; throws MockStartError like the front's catalog does. */
export function loadSandboxSpec(specPath: string): SandboxSpec {
  const spec = readSpecDocument(specPath);
  try {
    return readSandboxSpec(spec);
  } catch (error) {
    throw new MockStartError('SPEC_INVALID', `spec bundle cannot be read: ${specPath} (${messageOf(error)})`);
  }
}

/** Indexes an already parsed bundle through the spec's reader. */
function readSandboxSpec(spec: SpecDocument): SandboxSpec {
  const examples = new Map<string, SpecExample>();
  const requestExamples: { operationId: string; body: JsonObject }[] = [];
  for (const { operationId, method, webhook, op } of listOperations(spec)) {
    if (webhook || method !== 'post' || typeof operationId !== 'string') continue;
    const content = leftToPrism(() => asObject(asObject(deref(spec, op.requestBody)).content), {});
    for (const media of Object.values(content)) {
      const example = asObject(media).example;
      if (isObject(example)) requestExamples.push({ operationId, body: example });
    }
    for (const { name, contentType, value } of leftToPrism(() => namedResponseExamples(spec, op), new Map()).values()) {
      examples.set(`${operationId} ${name}`, { mediaType: contentType, value });
    }
  }
  const example = (operationId: string, name: string) => examples.get(`${operationId} ${name}`);
  return { example, requestExamples, limits: limitsFrom(example), attested: attestedFields(spec) };
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

function attestedFields(spec: SpecDocument): Record<'okUrl' | 'failUrl' | 'callbackUrl', string[]> {
  const webhooks = listOperations(spec).filter((entry) => entry.webhook && entry.method === 'post');
  const fields = (name: string) => {
    const op = webhooks.find((entry) => entry.path === name)?.op;
    return op ? Object.keys(requestProperties(spec, op).properties) : [];
  };
  return { okUrl: fields('okUrl'), failUrl: fields('failUrl'), callbackUrl: fields('callbackUrl') };
}

function asObject(node: unknown): JsonObject {
  return isObject(node) ? node : {};
}

function isObject(node: unknown): node is JsonObject {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
