// The bad-input catalogue: each row is one invalid input of one operation. Every row must fail with a
// HasoValidationError that names the field (and the rule), before anything is sent (the stub fetch sees nothing).
// Each row counts as a bad input in the run's figures.

import { inspect } from 'node:util';
import { loadSpec } from '@haso-toolkit/spec/load';
import { requestExampleInput as exampleOf, findOperation } from '@haso-toolkit/spec/reader';
import { describe, expect, it } from 'vitest';
import { type CallOptions, createHasoClient, HasoValidationError } from '../src/index.node.js';
import { stubFetch } from './helpers.js';

const spec = loadSpec();
const requestExampleInput = (operationId: string) => exampleOf(spec, findOperation(spec, operationId).op);

const MERCHANT_ID = '100001';
const SALT = 'bad-input-salt-Qx7vT2mK9pZ4';
const KEY = 'bad-input-key-Wd3nL8sR5fJ1';

/** The error `run` throws or rejects with; fails the test when it succeeds, or when the error shows a secret. */
async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    const shown = inspect(error, { depth: Infinity, showHidden: true });
    for (const secret of [SALT, KEY]) expect(shown).not.toContain(secret);
    return error;
  }
  return expect.unreachable('the call succeeded');
}

type Body = Record<string, unknown>;

/** One bad input: `input` is called with the operation's valid spec example (without merchantId / token). */
interface BadInput {
  readonly what: string;
  readonly op: string;
  readonly input: (valid: Body) => unknown;
  /** JSON path the error must name (`""` = the body itself). */
  readonly field: string;
  readonly rule: string;
  readonly call?: CallOptions;
}

/** `[what, input, field, rule, extra?]` rows of one operation. */
type Row = readonly [string, (valid: Body) => unknown, string, string, Pick<BadInput, 'call'>?];

function rows(op: string, list: readonly Row[]): BadInput[] {
  return list.map(([what, input, field, rule, extra]) => ({ what, op, input, field, rule, ...extra }));
}

const MB = 1024 * 1024;
const huge = (char: string) => char.repeat(MB);
const set = (patch: Body) => (valid: Body) => ({ ...valid, ...patch });
const drop = (field: string) => (valid: Body) => {
  const { [field]: _dropped, ...rest } = valid;
  return rest;
};
const json = (text: string) => () => JSON.parse(text) as unknown;

const catalogue: readonly BadInput[] = [
  // TCKN, GSM, dates, names, money, closed schema, prototype keys
  ...rows('hasoAuthSendInfo', [
    ['TCKN of 10 digits', set({ tckn: '1000000014' }), 'tckn', 'minLength'],
    ['TCKN of 12 digits', set({ tckn: '100000001460' }), 'tckn', 'maxLength'],
    ['TCKN with letters', set({ tckn: '1000000014A' }), 'tckn', 'pattern'],
    ['TCKN as a number', set({ tckn: 10000000146 }), 'tckn', 'type'],
    ['TCKN of 1 MB', set({ tckn: huge('1') }), 'tckn', 'maxLength'],
    ['GSM with +90', set({ mobileNumber: '+905161112233' }), 'mobileNumber', 'maxLength'],
    ['GSM with a leading 0', set({ mobileNumber: '05161112233' }), 'mobileNumber', 'maxLength'],
    ['GSM of 10 digits starting with 0', set({ mobileNumber: '0516111223' }), 'mobileNumber', 'pattern'],
    ['GSM with spaces', set({ mobileNumber: '516 111 22' }), 'mobileNumber', 'pattern'],
    ['birth date 2026-02-30', set({ birthDate: '2026-02-30' }), 'birthDate', 'format'],
    ['birth date 23.11.2026', set({ birthDate: '23.11.2026' }), 'birthDate', 'pattern'],
    ['birth date month 13', set({ birthDate: '1985-13-01' }), 'birthDate', 'pattern'],
    ['birth date as a Date', set({ birthDate: new Date(Date.UTC(1985, 3, 12)) }), 'birthDate', 'type'],
    ['name null', set({ shopperName: null }), 'shopperName', 'type'],
    ['name empty', set({ shopperName: '' }), 'shopperName', 'minLength'],
    ['name as an array', set({ shopperName: ['Ayşe'] }), 'shopperName', 'type'],
    ['name with a lone surrogate', set({ shopperName: 'Ay\uD800e' }), 'shopperName', 'token'],
    ['email missing', drop('email'), 'email', 'required'],
    ['dealer segment of 13', set({ dealerSegment: 'PLATINUM-PLUS' }), 'dealerSegment', 'maxLength'],
    ['testOn as a string', set({ testOn: 'true' }), 'testOn', 'type'],
    ['money with decimals', set({ PreDefinedLimit: '12500.00' }), 'PreDefinedLimit', 'pattern'],
    ['money negative', set({ PreDefinedLimit: '-100' }), 'PreDefinedLimit', 'pattern'],
    ['money as a number', set({ PreDefinedLimit: 12500 }), 'PreDefinedLimit', 'type'],
    ['unknown field (TCKN casing)', set({ TCKN: '10000000146' }), 'TCKN', 'additionalProperties'],
    [
      '__proto__ key (JSON)',
      (v) => ({ ...v, ...(JSON.parse('{"__proto__":{"admin":true}}') as Body) }),
      '__proto__',
      'additionalProperties',
    ],
    ['constructor key', set({ constructor: 'x' }), 'constructor', 'additionalProperties'],
  ]),
  // KKB PIN operations; the body itself of the wrong type
  ...rows('reSendKkbPin', [
    ['kkbRefNo missing', () => ({}), 'kkbRefNo', 'required'],
    ['kkbRefNo as a number', () => ({ kkbRefNo: 123 }), 'kkbRefNo', 'type'],
    ['kkbRefNo null', () => ({ kkbRefNo: null }), 'kkbRefNo', 'type'],
    ['kkbRefNo as an array', () => ({ kkbRefNo: ['K'] }), 'kkbRefNo', 'type'],
    ['kkbRefNo casing', () => ({ kkbRefNo: 'K', KkbRefNo: 'K' }), 'KkbRefNo', 'additionalProperties'],
    [
      '__proto__ key (JSON, whole body)',
      json('{"kkbRefNo":"K","__proto__":{"polluted":1}}'),
      '__proto__',
      'additionalProperties',
    ],
    [
      'ipAddress call option as a number',
      () => ({ kkbRefNo: 'K' }),
      'ipAddress',
      'type',
      { call: { ipAddress: 5 as unknown as string } },
    ],
    ['body null', () => null, '', 'type'],
    ['body an array', () => [{ kkbRefNo: 'K' }], '', 'type'],
  ]),
  ...rows('askKkbReportResult', [['kkbRefNo as an object', () => ({ kkbRefNo: {} }), 'kkbRefNo', 'type']]),
  ...rows('sendKkbPinCode', [
    ['testResult outside the enum', set({ testResult: 'G' }), 'testResult', 'enum'],
    ['PIN as a number', set({ pinCode: 482913 }), 'pinCode', 'type'],
    ['ipAddress as a number', set({ ipAddress: 8510512 }), 'ipAddress', 'type'],
  ]),
  ...rows('getErrorCodes', [
    ['body a string', () => 'kkbRefNo=K', '', 'type'],
    ['body a number', () => 5, '', 'type'],
    ['unknown field on getErrorCodes', () => ({ foo: 1 }), 'foo', 'additionalProperties'],
    ['ipAddress null', () => ({ ipAddress: null }), 'ipAddress', 'type'],
  ]),
  // payments: merchantOid, dates, money
  ...rows('setPaidPayment', [
    ['merchantOid of 21', set({ merchantOid: 'O'.repeat(21) }), 'merchantOid', 'maxLength'],
    ['merchantOid empty', set({ merchantOid: '' }), 'merchantOid', 'minLength'],
    ['merchantOid of 1 MB', set({ merchantOid: huge('O') }), 'merchantOid', 'maxLength'],
    ['payment date 2026-02-30', set({ paymentDate: '2026-02-30' }), 'paymentDate', 'format'],
    ['payment date with a time', set({ paymentDate: '2026-11-23T10:00:00' }), 'paymentDate', 'pattern'],
    ['payment date with slashes', set({ paymentDate: '2026/11/23' }), 'paymentDate', 'pattern'],
  ]),
  ...rows('setBulkPaidPayment', [
    ['payment date 23.11.2026', set({ paymentDate: '23.11.2026' }), 'paymentDate', 'pattern'],
    ['payment codes a string', set({ paymentCodes: 'PC-1' }), 'paymentCodes', 'type'],
    ['payment code a number', set({ paymentCodes: ['PC-1', 2] }), 'paymentCodes[1]', 'type'],
    ['payment codes null', set({ paymentCodes: null }), 'paymentCodes', 'type'],
  ]),
  ...rows('sendTransactionExpense', [
    ['merchantOid of 21 (expense)', set({ merchantOid: '0'.repeat(21) }), 'merchantOid', 'maxLength'],
    ['money with a comma', set({ expenseAmount: '750,50' }), 'expenseAmount', 'pattern'],
    ['money with a point', set({ expenseAmount: '750.50' }), 'expenseAmount', 'pattern'],
    ['money negative (fee)', set({ counterPartyAttorneyFee: '-1' }), 'counterPartyAttorneyFee', 'pattern'],
    ['money of 19 digits', set({ expenseAmount: '1'.repeat(19) }), 'expenseAmount', 'maxLength'],
    ['money of 1 MB', set({ expenseAmount: huge('9') }), 'expenseAmount', 'maxLength'],
  ]),
  ...rows('loadCustomerBalance', [
    ['customerId of 11', set({ customerId: '12345678901' }), 'customerId', 'maxLength'],
    ['customerId of 1 MB', set({ customerId: huge('7') }), 'customerId', 'maxLength'],
    ['balance as a number', set({ balanceAmount: 50000 }), 'balanceAmount', 'type'],
    ['balance with decimals', set({ balanceAmount: '500.00' }), 'balanceAmount', 'pattern'],
    ['payment date missing', drop('paymentDate'), 'paymentDate', 'required'],
  ]),
  // reads, nested arrays and objects
  ...rows('getCustomerTransactions', [
    ['pageNo as a string', set({ pageNo: '1' }), 'pageNo', 'type'],
    ['pageNo a fraction', set({ pageNo: 1.5 }), 'pageNo', 'type'],
    ['pageNo NaN', set({ pageNo: Number.NaN }), 'pageNo', 'type'],
    ['transaction codes a string', set({ transactionCodes: 'TRX-1' }), 'transactionCodes', 'type'],
    ['customerId empty', set({ customerId: '' }), 'customerId', 'minLength'],
  ]),
  ...rows('getCustomerPayments', [
    ['payment status 7', set({ paymentStatuses: [0, 7] }), 'paymentStatuses[1]', 'enum'],
  ]),
  // signed reads and writes with nested baskets, integers and oneOf
  ...rows('getPaymentPlanByDealerSegment', [
    ['order amount Turkish format', set({ orderAmount: '1.250.000,00' }), 'orderAmount', 'pattern'],
    [
      'basket amount negative',
      (v) => ({ ...v, basketList: [{ skuAmount: -5 }] }),
      'basketList[0].skuAmount',
      'minimum',
    ],
    [
      'basket amount a string',
      (v) => ({ ...v, basketList: [{ skuAmount: '100' }] }),
      'basketList[0].skuAmount',
      'type',
    ],
    ['fee rate a fraction', set({ RevisedFeeRate: 1.5 }), 'RevisedFeeRate', 'type'],
  ]),
  ...rows('getCustomerInformation', [
    ['customerId a number (oneOf)', set({ customerId: 5004 }), 'customerId', 'oneOf'],
  ]),
  ...rows('setLimitFromKds', [
    ['KDS limit as a string', set({ kdsLimit: '1500000' }), 'kdsLimit', 'type'],
    ['KDS limit negative', set({ kdsLimit: -1 }), 'kdsLimit', 'minimum'],
  ]),
  // unsigned operations (the client never computes their token)
  ...rows('createTransaction', [
    ['order amount missing', drop('orderAmount'), 'orderAmount', 'required'],
    ['installment as a string', set({ selectedInstallment: '3' }), 'selectedInstallment', 'type'],
    ['basket a string', set({ basketList: 'laptop' }), 'basketList', 'type'],
  ]),
  ...rows('getInstallments', [
    [
      'caller requestToken on a closed unsigned schema',
      set({ requestToken: { forged: true } }),
      'requestToken',
      'additionalProperties',
    ],
    ['order amount with decimals', set({ OrderAmount: '500.00' }), 'OrderAmount', 'pattern'],
    [
      'basket item unknown field',
      (v) => ({ ...v, BasketList: [{ SkuCode: 'S', price: 1 }] }),
      'BasketList[0].price',
      'additionalProperties',
    ],
  ]),
  ...rows('changeCustomerGsmNo', [
    ['GSM with +90 (change GSM)', set({ NewGsmNo: '+905321112233' }), 'NewGsmNo', 'maxLength'],
    ['merchantId in the other casing', set({ merchantId: MERCHANT_ID }), 'merchantId', 'additionalProperties'],
  ]),
];

function client() {
  const stub = stubFetch();
  const haso = createHasoClient({
    baseUrl: 'http://127.0.0.1:4010',
    merchantId: MERCHANT_ID,
    merchantSalt: SALT,
    hmacKey: KEY,
    retry: false,
    fetch: stub.fetch,
  });
  return { haso: haso as unknown as Record<string, (input: unknown, call?: CallOptions) => Promise<unknown>>, stub };
}

describe('bad-input catalogue', () => {
  it.each(catalogue.map((row) => [`${row.op}: ${row.what}`, row] as const))('%s', async (_, row) => {
    const { haso, stub } = client();
    const input = row.input(requestExampleInput(row.op));
    const error = await failureOf(() => haso[row.op]!(input, row.call));

    expect(error).toBeInstanceOf(HasoValidationError);
    const { field, rule, message, operationId } = error as HasoValidationError;
    expect({ field, rule, operationId }).toEqual({ field: row.field, rule: row.rule, operationId: row.op });
    expect(message).toContain(row.field || 'request body');
    expect(message.length).toBeLessThan(300); // names the field and rule, never echoes a (1 MB) value
    expect(stub.calls).toHaveLength(0);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('admin');
  });
});

describe('browser form posts are validated the same way', () => {
  it.each([
    ['okUrl missing', (v: Body) => drop('okUrl')(v), 'okUrl', 'required'],
    ['token empty', (v: Body) => ({ ...v, token: '' }), 'token', 'minLength'],
    ['GSM with +90', (v: Body) => ({ ...v, mobileNumber: '+905161112233' }), 'mobileNumber', 'maxLength'],
  ] as const)('getLimit: %s', async (_, input, field, rule) => {
    const { haso } = client();
    const form = haso as unknown as { buildFormPost: (id: string, fields: unknown) => unknown };
    const error = await failureOf(() => form.buildFormPost('getLimit', input(requestExampleInput('getLimit'))));
    expect(error).toBeInstanceOf(HasoValidationError);
    expect(error).toMatchObject({ field, rule });
  });
});
