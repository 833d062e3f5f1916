import { isCalendarDate } from '@haso-toolkit/signing';
import { describe, expect, it } from 'vitest';
import { schemas } from '../src/generated/operations.js';
import { createHasoClient, HasoValidationError } from '../src/index.node.js';
import { credentials, forbiddenFetch, sampleCustomer } from './helpers.js';
import { validate } from './schema-interpreter.js';

type Method = (input: unknown) => Promise<unknown>;

const customer = sampleCustomer;

const cases: [string, string, Record<string, unknown>, string, string][] = [
  ['missing required', 'hasoAuthSendInfo', { ...customer, tckn: undefined }, 'tckn', 'required'],
  ['tckn with 10 digits', 'hasoAuthSendInfo', { ...customer, tckn: '1000000014' }, 'tckn', 'minLength'],
  ['tckn with a letter', 'hasoAuthSendInfo', { ...customer, tckn: '1000000014X' }, 'tckn', 'pattern'],
  ['GSM with +90', 'hasoAuthSendInfo', { ...customer, mobileNumber: '+905161112233' }, 'mobileNumber', 'maxLength'],
  ['GSM starting with 0', 'hasoAuthSendInfo', { ...customer, mobileNumber: '0516111223' }, 'mobileNumber', 'pattern'],
  [
    'money with decimals',
    'loadCustomerBalance',
    { customerId: '5004', balanceAmount: '500.00', paymentDate: '2026-11-20' },
    'balanceAmount',
    'pattern',
  ],
  [
    'merchantOid of 21 characters',
    'sendTransactionExpense',
    { transactionCode: 'T', merchantOid: 'O'.repeat(21), counterPartyAttorneyFee: '1', expenseAmount: '1' },
    'merchantOid',
    'maxLength',
  ],
  [
    'unknown field on a closed schema',
    'reSendKkbPin',
    { kkbRefNo: 'K', kkbRefNumber: 'K' },
    'kkbRefNumber',
    'additionalProperties',
  ],
  ['null for a string', 'reSendKkbPin', { kkbRefNo: null }, 'kkbRefNo', 'type'],
  ['an impossible date', 'hasoAuthSendInfo', { ...customer, birthDate: '2026-02-30' }, 'birthDate', 'format'],
  [
    'a date with a time',
    'setPaidPayment',
    { paymentCode: 'P', merchantOid: 'O', paymentDate: '2026-11-23T10:00:00' },
    'paymentDate',
    'pattern',
  ],
  ['wrong type (number for a string)', 'sendKkbPinCode', { kkbRefNo: 'K', pinCode: 123456 }, 'pinCode', 'type'],
  [
    'wrong type (string for an integer)',
    'getCustomerTransactions',
    { customerId: '5004', pageNo: '1' },
    'pageNo',
    'type',
  ],
  [
    'a fraction for an integer',
    'createTransaction',
    { orderAmount: '100', selectedInstallment: 1.5, customerId: '5004' },
    'selectedInstallment',
    'type',
  ],
  ['enum', 'sendKkbPinCode', { kkbRefNo: 'K', pinCode: '1', testResult: 'G' }, 'testResult', 'enum'],
  [
    'enum inside array items',
    'getCustomerPayments',
    { customerId: '5004', paymentStatuses: [0, 9] },
    'paymentStatuses[1]',
    'enum',
  ],
  [
    'nested item type',
    'createTransaction',
    {
      orderAmount: '100',
      selectedInstallment: 1,
      customerId: '5004',
      basketList: [{ skuAmount: 100 }, { skuAmount: '1.5' }],
    },
    'basketList[1].skuAmount',
    'type',
  ],
  [
    'negative integer amount',
    'createTransaction',
    { orderAmount: '100', selectedInstallment: 1, customerId: '5004', basketList: [{ skuAmount: -1 }] },
    'basketList[0].skuAmount',
    'minimum',
  ],
  [
    'oneOf: too long customerId (string or null)',
    'getCustomerInformation',
    { orderAmount: '100', customerId: '12345678901' },
    'customerId',
    'maxLength',
  ],
  [
    'oneOf: neither string nor null',
    'getCustomerInformation',
    { orderAmount: '100', customerId: 5004 },
    'customerId',
    'oneOf',
  ],
  ['empty string where minLength 1', 'askKkbReportResult', { kkbRefNo: '' }, 'kkbRefNo', 'minLength'],
  [
    'unknown field in a closed nested item',
    'getInstallments',
    { OrderAmount: '100', BasketList: [{ SkuCode: 'A', colour: 'red' }] },
    'BasketList[0].colour',
    'additionalProperties',
  ],
];

describe('validation before any network call', () => {
  it.each(cases)('%s → %s names %s (%s)', async (_, operationId, input, field, rule) => {
    const guard = forbiddenFetch();
    const haso = createHasoClient({ ...credentials, fetch: guard.fetch });
    const call = (haso as unknown as Record<string, Method>)[operationId] as Method;
    const error = (await call(input).catch((e: unknown) => e)) as HasoValidationError;
    expect(error).toBeInstanceOf(HasoValidationError);
    expect({ field: error.field, rule: error.rule, operationId: error.operationId }).toEqual({
      field,
      rule,
      operationId,
    });
    expect(error.message).toContain(field);
    expect(guard.called()).toBe(0);
  });

  it('accepts null where the schema allows it (customerId of a new customer)', async () => {
    const guard = forbiddenFetch();
    const haso = createHasoClient({ ...credentials, fetch: guard.fetch, retry: false });
    await expect(haso.getCustomerInformation({ orderAmount: '100', customerId: null })).rejects.toThrow(
      'fetch must not be called',
    );
  });

  it('checks the filled-in merchantId too (the rule applies to the configured value)', async () => {
    const guard = forbiddenFetch();
    const haso = createHasoClient({ ...credentials, merchantId: ' ', fetch: guard.fetch });
    // A one-space id satisfies minLength 1: the id is sent as configured.
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).rejects.toThrow('fetch must not be called');
    const bad = validate(schemas.ReSendKkbPinRequest, { merchantId: '', kkbRefNo: 'K' }, 'requestToken');
    expect(bad).toEqual({ field: 'merchantId', rule: 'minLength', detail: 'must be at least 1 characters' });
  });

  it('skips only the top-level requestToken, which the client computes after validation', () => {
    expect(validate(schemas.ReSendKkbPinRequest, { merchantId: '1', kkbRefNo: 'K' }, 'requestToken')).toBeUndefined();
    expect(validate(schemas.ReSendKkbPinRequest, { merchantId: '1', kkbRefNo: 'K' })).toMatchObject({
      field: 'requestToken',
      rule: 'required',
    });
  });

  it('checks oneOf (a nullable field), reporting the branch the value was meant for', () => {
    const schema = {
      type: 'object' as const,
      required: ['a'],
      properties: { a: { oneOf: [{ type: 'string' as const, minLength: 2 }, { type: 'null' as const }] } },
    };
    expect(validate(schema, { a: 'xy' })).toBeUndefined();
    expect(validate(schema, { a: null })).toBeUndefined();
    expect(validate(schema, { a: 'x' })).toMatchObject({ field: 'a', rule: 'minLength' });
    expect(validate(schema, { a: 3 })).toMatchObject({ field: 'a', rule: 'oneOf' });
    expect(validate(schema, {})).toMatchObject({ field: 'a', rule: 'required' });
    expect(validate({ oneOf: [{ type: 'integer' as const }, { type: 'number' as const }] }, 3)).toMatchObject({
      rule: 'oneOf',
      detail: 'matches more than one allowed shape',
    });
  });

  it('knows real calendar dates', () => {
    expect(['2026-02-28', '2024-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-01', '26-01-01'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('never puts the rejected value in the message', async () => {
    const haso = createHasoClient({ ...credentials, fetch: forbiddenFetch().fetch });
    const error = (await haso.hasoAuthSendInfo({ ...customer, tckn: '9999999999X' }).catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('9999999999X');
  });
});
