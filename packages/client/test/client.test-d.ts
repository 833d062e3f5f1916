import type { ResponseEnvelope } from '@haso-toolkit/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CallableOperationId,
  createHasoClient,
  type FormOperationId,
  type OperationInput,
  type ResponseData,
  type WithResponse,
} from '../src/index.node.js';

const haso = createHasoClient({
  baseUrl: 'http://127.0.0.1:4010',
  merchantId: '100001',
  merchantSalt: 'haso-mock-salt',
});

describe('operation methods (types)', () => {
  it('take the body without merchantId and requestToken', () => {
    expectTypeOf<Parameters<typeof haso.reSendKkbPin>[0]>().toEqualTypeOf<{ ipAddress?: string; kkbRefNo: string }>();
    expectTypeOf<OperationInput<'getErrorCodes'>>().toEqualTypeOf<{ ipAddress?: string }>();
    expectTypeOf<keyof OperationInput<'changeCustomerGsmNo'>>().toEqualTypeOf<'CustomerId' | 'NewGsmNo'>();
    expectTypeOf<OperationInput<'hasoAuthSendInfo'>>().not.toHaveProperty('merchantId');
    expectTypeOf<OperationInput<'hasoAuthSendInfo'>>().not.toHaveProperty('requestToken');
    expectTypeOf<OperationInput<'hasoAuthSendInfo'>>().toHaveProperty('tckn').toEqualTypeOf<string>();
  });

  it('have withResponse() with the typed Data and the Response', () => {
    expectTypeOf(haso.reSendKkbPin({ kkbRefNo: 'K' }).withResponse()).resolves.toEqualTypeOf<
      WithResponse<ResponseData<'reSendKkbPin'>>
    >();
    expectTypeOf(haso.getErrorCodes().withResponse()).resolves.toHaveProperty('response').toEqualTypeOf<Response>();
  });

  it('resolve to the generated Data', () => {
    expectTypeOf(haso.reSendKkbPin).returns.resolves.toEqualTypeOf<ResponseData<'reSendKkbPin'>>();
    expectTypeOf(haso.askKkbReportResult).returns.resolves.toEqualTypeOf<ResponseData<'askKkbReportResult'>>();
    expectTypeOf(haso.getErrorCodes).returns.resolves.toHaveProperty('ErrorCodes');
  });

  it('reject wrong, missing and client-filled fields', () => {
    // @ts-expect-error unknown field on a closed schema
    void haso.reSendKkbPin({ kkbRefNo: 'K', kkbRefNumber: 'K' });
    // @ts-expect-error wrong type
    void haso.reSendKkbPin({ kkbRefNo: 123 });
    // @ts-expect-error missing required field
    void haso.reSendKkbPin({});
    // @ts-expect-error merchantId is filled by the client
    void haso.reSendKkbPin({ kkbRefNo: 'K', merchantId: '1' });
    // @ts-expect-error requestToken is computed by the client
    void haso.reSendKkbPin({ kkbRefNo: 'K', requestToken: 'x' });
    // @ts-expect-error enum
    void haso.sendKkbPinCode({ kkbRefNo: 'K', pinCode: '1', testResult: 'G' });
    // @ts-expect-error a known field of an open schema keeps its type
    void haso.refundTransaction({ ipAddress: 1 });
  });

  it('make the input optional when nothing is required and accept call options', () => {
    void haso.getErrorCodes();
    void haso.refundTransaction({ refundId: 'RF-1', notInTheSpecYet: true });
    void haso.reSendKkbPin(
      { kkbRefNo: 'K' },
      { timeoutMs: 1000, signal: AbortSignal.timeout(10), ipAddress: '1.2.3.4' },
    );
    // @ts-expect-error unknown call option
    void haso.reSendKkbPin({ kkbRefNo: 'K' }, { retry: true });
  });

  it('exist only for callable operations', () => {
    expectTypeOf<'transaction' | 'getLimit' | 'transactionMobile'>().toEqualTypeOf<FormOperationId>();
    expectTypeOf<'reSendKkbPin'>().toMatchTypeOf<CallableOperationId>();
    // @ts-expect-error form posts are not fetched
    void haso.transaction;
  });
});

describe('buildFormPost (types)', () => {
  it('accepts form operations with their fields', () => {
    const form = haso.buildFormPost('getLimit', { token: 't', okUrl: 'o', failUrl: 'f', callbackUrl: 'c' });
    expectTypeOf(form.fields).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(form.method).toEqualTypeOf<'POST'>();
    // @ts-expect-error not a form operation
    haso.buildFormPost('reSendKkbPin', { kkbRefNo: 'K' });
    // @ts-expect-error token is required
    haso.buildFormPost('getLimit', { okUrl: 'o', failUrl: 'f', callbackUrl: 'c' });
  });
});

describe('POST (openapi-fetch surface, types)', () => {
  it('is typed per path, with merchantId/requestToken optional', async () => {
    const { data } = await haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K' } });
    // openapi-fetch wraps the envelope in its Readable<> helper: mutually assignable with the generated envelope.
    expectTypeOf(data).toMatchTypeOf<ResponseEnvelope<'reSendKkbPin'> | undefined>();
    expectTypeOf<ResponseEnvelope<'reSendKkbPin'> | undefined>().toMatchTypeOf<typeof data>();
    void haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K', merchantId: '1', requestToken: 't' } });
    // @ts-expect-error wrong field
    void haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNumber: 'K' } });
    // @ts-expect-error form paths are not fetched
    void haso.POST('/ServletV2/GetLimit', { body: {} });
  });
});

describe('options (types)', () => {
  it('type runtime recipes by operationId', () => {
    createHasoClient({
      baseUrl: 'http://x',
      merchantId: '1',
      merchantSalt: 's',
      recipes: { refundTransaction: { fields: ['merchantId', 'refundId'] } },
    });
    createHasoClient({
      baseUrl: 'http://x',
      merchantId: '1',
      merchantSalt: 's',
      // @ts-expect-error unknown operation
      recipes: { refundTransactions: { fields: [] } },
    });
  });
});
