// Every callable operation of the client's generated table, against the mock, driven by the spec's examples.
import {
  type CallableOperationId,
  HasoApiError,
  type HasoClient,
  type OperationInput,
  operations,
  type ResponseData,
} from '@haso-toolkit/client';
import { codePattern, findOperation, signatureOf } from '@haso-toolkit/spec/reader';
import { describe, expect, inject, it } from 'vitest';
import { failureOf } from '../support/rejection.js';
import { componentExample, firstExample, requestExampleInput, spec } from '../support/spec-examples.js';
import { createTestClient } from '../support/test-client.js';

const url = inject('mockUrl');
const haso = createTestClient(url);

const table = Object.values(operations);
const callable = table.filter((op) => op.kind !== 'form') as ((typeof table)[number] & {
  operationId: CallableOperationId;
})[];

/** Calls an operation method by id, typed like `haso[id](input)`. */
function call<K extends CallableOperationId>(
  client: HasoClient,
  id: K,
  input: OperationInput<K>,
): Promise<ResponseData<K>> {
  return (client[id] as unknown as (input: OperationInput<K>) => Promise<ResponseData<K>>)(input);
}

/** The codes in `Errors` strings, by the spec's code pattern (ResultCode's, without its `^`). */
function codesIn(errors: readonly string[]): string[] {
  const code = new RegExp(`\\b${codePattern(spec).code}\\b`, 'g');
  return [...new Set(errors.flatMap((text) => text.match(code) ?? []))];
}

const cases = callable.map((op) => ({
  operationId: op.operationId,
  kind: op.kind,
  signed: signatureOf(findOperation(spec, op.operationId).op) !== undefined,
  input: requestExampleInput(op.operationId) as OperationInput<CallableOperationId>,
}));

describe('the operation table', () => {
  it('has callable operations of both kinds, each a method of the client', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['read', 'write']));
    for (const { operationId } of cases) expect(typeof haso[operationId]).toBe('function');
  });
});

describe.each(cases)('$operationId ($kind)', ({ operationId, input }) => {
  it("resolves to the default success example's Data", async () => {
    const { envelope } = firstExample(operationId, 'success');
    expect(await call(haso, operationId, input)).toEqual(envelope.Data);
  });

  it('rejects with HasoApiError for its failure example (Prefer: example=…)', async () => {
    const { name, envelope } = firstExample(operationId, 'failure');
    const error = await failureOf(() => call(createTestClient(url, { example: name }), operationId, input));
    expect(error).toBeInstanceOf(HasoApiError);
    const apiError = error as HasoApiError;
    const errors = envelope.Errors ?? [];
    expect(apiError.operationId).toBe(operationId);
    expect(apiError.errors).toEqual(errors);
    expect(apiError.codes).toEqual(codesIn(errors));
    expect(apiError.data).toEqual(envelope.Data);
    // An example named for its code (failureH307) must bring that code.
    const named = /^failure([A-Z]+\d{3})$/.exec(name)?.[1];
    if (named) expect(apiError.codes).toContain(named);
  });
});

describe.each(cases.filter((c) => c.signed))('$operationId (signed)', ({ operationId, input }) => {
  it('is rejected by the mock when signed with another salt (the success above was really verified)', async () => {
    const forger = createTestClient(url, { merchantSalt: 'not-the-mock-salt' });
    const error = await failureOf(() => call(forger, operationId, input));
    expect(error).toBeInstanceOf(HasoApiError);
    expect((error as HasoApiError).errors).toEqual(componentExample('InvalidRequestToken').Errors);
  });
});

describe('typed results and errors of named operations', () => {
  it('refundTransaction: failureH307 → HasoApiError with code H307', async () => {
    const client = createTestClient(url, { example: firstExample('refundTransaction', 'failure').name });
    const input = requestExampleInput('refundTransaction') as OperationInput<'refundTransaction'>;
    await expect(client.refundTransaction(input)).rejects.toMatchObject({ name: 'HasoApiError', codes: ['H307'] });
  });

  it('checkRefund: failureH308 → HasoApiError with code H308', async () => {
    const client = createTestClient(url, { example: firstExample('checkRefund', 'failure').name });
    const input = requestExampleInput('checkRefund') as OperationInput<'checkRefund'>;
    await expect(client.checkRefund(input)).rejects.toMatchObject({ name: 'HasoApiError', codes: ['H308'] });
  });

  it('getErrorCodes resolves to a typed Data', async () => {
    const data: ResponseData<'getErrorCodes'> = await haso.getErrorCodes();
    expect(data).toEqual(firstExample('getErrorCodes', 'success').envelope.Data);
  });
});
