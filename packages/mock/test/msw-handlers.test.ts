// The MSW handlers with the SDK in this process: the same token check, Prism's validation and the same sandbox.
import { createHasoClient, HasoApiError } from '@haso-toolkit/client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CREDENTIALS } from '../src/index.js';
import { hasoHandlers } from '../src/msw/index.js';
import { invalidTokenEnvelope, operations, responseExamples } from './helpers.js';
import { customer } from './sandbox-process.js';

const baseUrl = 'https://haso.test';
const server = setupServer(...hasoHandlers({ baseUrl, randomSeed: 11 }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const client = (salt: string = TEST_CREDENTIALS.merchantSalt) =>
  createHasoClient({
    baseUrl,
    merchantId: TEST_CREDENTIALS.merchantId,
    merchantSalt: salt,
    ipAddress: '85.105.12.34',
    retry: false,
  });

describe('hasoHandlers (msw 2.x, setupServer)', () => {
  it('a signed call succeeds: reSendKkbPin for the KkbRefNo of the spec’s example', async () => {
    const data = await client().reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001' });
    const example = responseExamples(operations.find((op) => op.operationId === 'reSendKkbPin')!.post).get('success')!;
    expect(data).toEqual((example.value as { Data: unknown }).Data);
  });

  it('a forged token is rejected with the invalid-token envelope', async () => {
    const error = await client('not-the-salt')
      .reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HasoApiError);
    expect((error as HasoApiError).errors).toEqual((invalidTokenEnvelope as { Errors: string[] }).Errors);
  });

  it('an invalid body gets Prism’s 422 validation answer (getCustomerInformation without orderAmount)', async () => {
    const answer = await fetch(`${baseUrl}/Index/GetCustomerInformation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ merchantId: TEST_CREDENTIALS.merchantId }),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { validation: unknown[] }).validation.length).toBeGreaterThan(0);
  });

  it('the limit flow plays through for two customers, with two KkbRefNos, then answers the registered customer', async () => {
    const haso = client();
    const refs: string[] = [];
    const run = (tckn: string, testResult: 'A' | 'D') =>
      haso.flows.limit({
        customer: customer(tckn),
        testResult,
        getPin: async ({ kkbRefNo }) => {
          refs.push(kkbRefNo);
          return '123456';
        },
        intervalMs: 1,
        maxWaitMs: 60_000,
      });
    const first = await run('10000000146', 'A');
    const second = await run('10000000078', 'D');
    expect(refs).toHaveLength(2);
    expect(refs[0]).not.toBe(refs[1]);
    expect(first.CustomerLimit).toBeGreaterThan(second.CustomerLimit!);
    const again = await haso.hasoAuthSendInfo(customer('10000000146'));
    expect(again).toEqual({ CustomerInfo: first });
  });

  it('serves the sandbox’s routes: GET /__mock/state', async () => {
    const state = (await (await fetch(`${baseUrl}/__mock/state`)).json()) as { scopes: { customers: unknown[] }[] };
    expect(state.scopes.length).toBeGreaterThan(0);
  });
});
