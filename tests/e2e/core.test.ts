// createHasoCore with the operation constants, against the mock: every callable operation, signed with node:crypto
// and with Web Crypto (the provider of browsers and edge runtimes), and the mock's token check proving it verified.
import { type CallableOperation, createHasoCore, HasoApiError } from '@haso-toolkit/client/core';
import * as ops from '@haso-toolkit/client/operations';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createWebCryptoProvider } from '@haso-toolkit/signing';
import { listOperations, operationKind, signatureOf } from '@haso-toolkit/spec/reader';
import { describe, expect, inject, it } from 'vitest';
import { failureOf } from '../support/rejection.js';
import { componentExample, firstExample, requestExampleInput, spec } from '../support/spec-examples.js';

const url = inject('mockUrl');
type LooseCall = (operation: CallableOperation, input?: unknown) => Promise<unknown>;

/** The exported constant of every callable operation of the spec, and whether the spec signs it. */
const constants = listOperations(spec)
  .filter(({ webhook, op }) => !webhook && operationKind(op) !== 'form')
  .map(({ operationId, op }) => ({
    operationId,
    signed: signatureOf(op) !== undefined,
    constant: (ops as unknown as Record<string, CallableOperation>)[operationId]!,
  }));

type Provider = ReturnType<typeof createWebCryptoProvider>;
const core = (provider?: Provider, merchantSalt: string = TEST_CREDENTIALS.merchantSalt) =>
  createHasoCore({
    baseUrl: url,
    merchantId: TEST_CREDENTIALS.merchantId,
    merchantSalt,
    hmacKey: merchantSalt === TEST_CREDENTIALS.merchantSalt ? TEST_CREDENTIALS.hmacKey : merchantSalt,
    ...(provider ? { provider } : {}),
  });

describe.each([
  ['node:crypto', undefined],
  ['Web Crypto', createWebCryptoProvider()],
] as const)('createHasoCore with %s', (_name, provider) => {
  const call = core(provider).call as unknown as LooseCall;

  it.each(constants.map((op) => [op.operationId, op.constant] as const))(
    "%s resolves to the success example's Data",
    async (id, constant) => {
      expect(constant.operationId).toBe(id);
      expect(await call(constant, requestExampleInput(id))).toEqual(firstExample(id, 'success').envelope.Data);
    },
  );
});

describe('createHasoCore with a wrong salt', () => {
  const forged = core(undefined, 'not-the-mock-salt').call as unknown as LooseCall;
  it.each(constants.filter((op) => op.signed).map((op) => [op.operationId, op.constant] as const))(
    '%s is rejected by the mock',
    async (id, constant) => {
      const error = await failureOf(() => forged(constant, requestExampleInput(id)));
      expect(error).toBeInstanceOf(HasoApiError);
      expect((error as HasoApiError).errors).toEqual(componentExample('InvalidRequestToken').Errors);
    },
  );
});
