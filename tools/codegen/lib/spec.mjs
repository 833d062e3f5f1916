// Loads the bundled spec; walking it (refs, operations) is the spec package's shared reader.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deref } from '@haso-toolkit/spec/reader';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const defaultSpecPath = `${repoRoot}spec/dist/openapi.json`;

export function loadSpec(specPath = defaultSpecPath) {
  return JSON.parse(readFileSync(specPath, 'utf8'));
}

export { deref, listOperations } from '@haso-toolkit/spec/reader';

/** The request schema of an operation, preferring JSON over form encoding. */
export function requestSchemaOf(spec, op) {
  const body = deref(spec, op.requestBody);
  const content = body?.content ?? {};
  const media = content['application/json'] ?? content['application/x-www-form-urlencoded'];
  return { schema: media?.schema, contentTypes: Object.keys(content) };
}
