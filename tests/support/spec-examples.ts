// The spec's named examples as test data, through the spec reader: request examples as SDK inputs, response examples
// as the answers the mock serves. Nothing here names an endpoint.
import { loadSpec } from '@haso-toolkit/spec/load';
import {
  componentExample as componentValue,
  requestExampleInput as exampleInput,
  findOperation,
  type JsonObject,
  type JsonValue,
  namedResponseExamples,
  scenariosOf,
} from '@haso-toolkit/spec/reader';

/** A Haso envelope as the spec's JSON response examples write it (lint rule haso/example-shape). */
export interface ExampleEnvelope extends JsonObject {
  readonly Success: boolean;
  readonly Errors: string[] | null;
  readonly Data: JsonValue;
}

export const spec = loadSpec();

const opOf = (operationId: string) => findOperation(spec, operationId).op;

/** The operation's request example without the fields the SDK fills: the input an SDK caller would pass. */
export function requestExampleInput(operationId: string): Record<string, unknown> {
  return exampleInput(spec, opOf(operationId));
}

/** The first JSON response example whose name starts with `prefix` (`success` is the mock's default answer). */
export function firstExample(operationId: string, prefix: string): { name: string; envelope: ExampleEnvelope } {
  for (const [name, example] of namedResponseExamples(spec, opOf(operationId), 'application/json')) {
    if (name.startsWith(prefix)) return { name, envelope: example.value as ExampleEnvelope };
  }
  throw new Error(`${operationId} has no ${prefix}… example`);
}

/** The example a sandbox input selects (`x-haso-scenarios`: `testResult` = `A` → `testResult-A`), with its name. */
export function scenarioExample(operationId: string, field: string, value: string) {
  const op = opOf(operationId);
  const name = scenariosOf(op).find((s) => s.field === field && s.value === value)?.example;
  const example = name === undefined ? undefined : namedResponseExamples(spec, op, 'application/json').get(name);
  if (name === undefined || !example) throw new Error(`${operationId} has no scenario ${field}=${value}`);
  return { name, envelope: example.value as ExampleEnvelope };
}

/** A component example's envelope (`InvalidRequestToken`). */
export function componentExample(name: string): ExampleEnvelope {
  return componentValue(spec, name) as ExampleEnvelope;
}
