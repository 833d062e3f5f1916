// createHasoCore with the operation constants, against the mock: every callable operation, signed with node:crypto
// and with Web Crypto (the provider of browsers and edge runtimes), and the mock's token check proving it verified.
import { type CallableOperation, createHasoCore, HasoApiError } from '@haso-toolkit/client/core';
import * as ops from '@haso-toolkit/client/operations';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createWebCryptoProvider } from '@haso-toolkit/signing';
import { describe, expect, inject, it } from 'vitest';
import { componentExample, firstExample, requestExampleInput } from '../src/index.js';
import { rejectionOf } from './helpers.js';

const url = inject('mockUrl');
type LooseCall = (operation: CallableOperation, input?: unknown) => Promise<unknown>;

const constants = Object.values(ops.operationRoutes).filter(
  (op): op is CallableOperation => op.kind === 'read' || op.kind === 'write',
);

const core = (provider?: ReturnType<typeof createWebCryptoProvider>, merchantSalt = TEST_CREDENTIALS.merchantSalt) =>
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

  it.each(constants.map((op) => [op.operationId, op] as const))("%s resolves to the success example's Data", async (id, op) => {
    expect(await call(op, requestExampleInput(id))).toEqual(firstExample(id, 'success').envelope.Data);
  });
});

describe('createHasoCore with a wrong salt', () => {
  const forged = core(undefined, 'not-the-mock-salt').call as unknown as LooseCall;
  it.each(constants.filter((op) => op.recipe).map((op) => [op.operationId, op] as const))(
    '%s is rejected by the mock',
    async (id, op) => {
      const error = await rejectionOf(forged(op, requestExampleInput(id)));
      expect(error).toBeInstanceOf(HasoApiError);
      expect((error as HasoApiError).errors).toEqual(componentExample('InvalidRequestToken').Errors);
    },
  );
});
