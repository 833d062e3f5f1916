// Each operation's generated `validate` (codegen's compilation of its request schema) against the schema interpreter
// (schema-interpreter.ts): the same answer (undefined, or the same field, rule and detail) for valid bodies generated from the
// spec (requestToken left out and skipped, as the client does), for those bodies with one field broken, left out or
// added, and for any JSON value. Fixed seed.
import { loadSpec } from '@haso-toolkit/spec/load';
import { findOperation, requestMedia } from '@haso-toolkit/spec/reader';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { operations } from '../src/generated/operations.js';
import type { OperationEntry } from '../src/operation-types.js';
import { arbitraryFor } from './schema-arbitrary.js';
import { validate } from './schema-interpreter.js';

const SEED = Number(process.env.FC_SEED ?? 20261202);
const spec = loadSpec();
const entries = Object.values(operations as Record<string, OperationEntry>);
const TOKEN = ['requestToken'];
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** A valid body of `op` with one change: a field's value replaced, a field deleted or an unknown field added. */
function brokenBodies(op: OperationEntry) {
  const schema = requestMedia(spec, findOperation(spec, op.operationId).op)?.schema ?? {};
  return fc
    .tuple(arbitraryFor(spec, schema, TOKEN), fc.nat(), junk, fc.constantFrom('replace', 'delete', 'add'))
    .map(([body, index, value, change]) => {
      const copy: Record<string, unknown> = { ...body };
      const names = Object.keys(copy);
      const name = names[index % names.length] ?? 'x';
      if (change === 'delete') delete copy[name];
      else copy[change === 'add' ? `unknown${index}` : name] = value;
      return copy;
    });
}

describe('generated validators', () => {
  let violations = 0;
  afterAll(() => expect(violations, 'broken bodies reported').toBeGreaterThan(500));

  it.each(entries.map((op) => [op.operationId, op] as const))('%s answers as the schema interpreter', (_, op) => {
    const schema = requestMedia(spec, findOperation(spec, op.operationId).op)?.schema ?? {};
    const same = (body: unknown, skip?: string) => {
      const answer = op.validate(body, '', skip);
      expect(answer).toEqual(validate(op.request, body, skip));
      if (answer) violations++;
    };
    fc.assert(
      fc.property(arbitraryFor(spec, schema, TOKEN), (body) => {
        expect(op.validate(body, '', 'requestToken')).toBeUndefined();
        same(body, 'requestToken');
        same(body);
      }),
      { seed: SEED, numRuns: 30 },
    );
    fc.assert(
      fc.property(brokenBodies(op), fc.boolean(), (body, skipToken) =>
        same(body, skipToken ? 'requestToken' : undefined),
      ),
      { seed: SEED, numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }), (value) => same(value)),
      { seed: SEED, numRuns: 20 },
    );
  });
});
