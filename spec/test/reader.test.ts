// The reader against the bundled spec: known answers taken from Haso's pages (fact sheets) and from the spec files.
import { describe, expect, it } from 'vitest';
import {
  codePattern,
  defaultServerUrl,
  deref,
  docOf,
  filledFields,
  findOperation,
  inferredOf,
  listOperations,
  namedResponseExamples,
  operationKind,
  recipeOf,
  requestExample,
  requestExampleInput,
  requestMedia,
  resultCodes,
  scenariosOf,
  specVersion,
  testCredentials,
  unsignedRequestFields,
} from '../reader.mjs';
import { loadBundle } from './helpers.js';

const spec = loadBundle();
const op = (id: string) => findOperation(spec, id).op;

describe('reader', () => {
  it('lists the 37 path operations, then the 3 webhooks', () => {
    const all = listOperations(spec);
    expect(all.filter((o) => !o.webhook)).toHaveLength(37);
    expect(all.filter((o) => o.webhook).map((o) => o.path)).toEqual(['okUrl', 'failUrl', 'callbackUrl']);
    expect(() => findOperation(spec, 'okUrlPost')).toThrow('No operation okUrlPost');
  });

  it('follows local refs and refuses dangling or external ones', () => {
    expect(deref(spec, { $ref: '#/components/schemas/ResultCode' })).toMatchObject({ title: 'ResultCode' });
    expect(() => deref(spec, { $ref: '#/components/schemas/Nope' })).toThrow('Dangling');
    expect(() => deref(spec, { $ref: 'other.yaml#/x' })).toThrow('Cannot resolve');
  });

  it('reads x-haso-kind: reads, writes (changeCustomerGsmNo under /Index/) and form posts', () => {
    expect(operationKind(op('getErrorCodes'))).toBe('read');
    expect(operationKind(op('changeCustomerGsmNo'))).toBe('write');
    expect(operationKind(op('reSendKkbPin'))).toBe('write');
    expect(operationKind(op('transaction'))).toBe('form');
    expect(() => operationKind({ operationId: 'x' })).toThrow('x-haso-kind');
  });

  it('knows the fields the SDK fills, in each operation’s casing', () => {
    expect(filledFields(spec, op('reSendKkbPin'))).toEqual({
      merchantId: 'merchantId',
      ipAddress: 'ipAddress',
      requestToken: 'requestToken',
    });
    expect(filledFields(spec, op('changeCustomerGsmNo'))).toEqual({
      merchantId: 'MerchantId',
      ipAddress: null,
      requestToken: null,
    });
    expect(filledFields(spec, op('getInstallments'))).toEqual({
      merchantId: 'merchantId',
      ipAddress: 'IpAddress',
      requestToken: null,
    });
    expect(filledFields(spec, op('getToken'))).toEqual({
      merchantId: 'merchantId',
      ipAddress: null,
      requestToken: null,
    });
  });

  // Issue 13's examples of fields outside the recipe, from the fact sheets' token notes.
  it('lists the request fields outside the token recipe', () => {
    expect(unsignedRequestFields(spec, op('setLimitFromKds'))).toContain('kdsLimit');
    expect(unsignedRequestFields(spec, op('setBulkPaidPayment'))).toContain('paymentCodes');
    expect(unsignedRequestFields(spec, op('hasoAuthSendInfo'))).toEqual(
      expect.arrayContaining([
        'skipTcknValidation',
        'SpecialLimit',
        'PreDefinedLimit',
        'testOn',
        'forceToPredefinedLimit',
      ]),
    );
    expect(unsignedRequestFields(spec, op('reSendKkbPin'))).toEqual([]);
    expect(unsignedRequestFields(spec, op('getErrorCodes'))).toEqual([]);
    expect(unsignedRequestFields(spec, op('createTransaction'))).toBeNull();
  });

  it('reads the recipe and the request example (JSON first)', () => {
    expect(recipeOf(findOperation(spec, 'setPaidPayment'))).toEqual({
      operationId: 'setPaidPayment',
      path: '/RequestV2/SetPaidPayment',
      fields: ['merchantId', 'merchantOid', 'paymentCode', 'paymentReferenceCode', 'paymentDate', 'ipAddress'],
      formats: { paymentDate: 'yyyy-MM-dd' },
      salt: 'merhant_salt',
    });
    expect(recipeOf(findOperation(spec, 'createTransaction'))).toBeUndefined();
    expect(requestMedia(spec, op('reSendKkbPin'))?.contentType).toBe('application/json');
    expect(requestMedia(spec, op('getLimit'))?.contentType).toBe('application/x-www-form-urlencoded');
    expect(requestExample(spec, op('reSendKkbPin'))?.value).toMatchObject({
      merchantId: '100001',
      kkbRefNo: 'KKB-20261123-0001',
    });
    expect(requestExampleInput(spec, op('reSendKkbPin'))).toEqual({
      ipAddress: '85.105.12.34',
      kkbRefNo: 'KKB-20261123-0001',
    });
    expect(requestExampleInput(spec, op('changeCustomerGsmNo'))).toEqual({
      CustomerId: '5004',
      NewGsmNo: '5161112233',
    });
  });

  it('reads named response examples and scenarios', () => {
    const names = [...namedResponseExamples(spec, op('askKkbReportResult')).keys()];
    expect(names).toEqual(
      expect.arrayContaining(['success-customerInfo', 'failure', 'invalidToken', 'testResult-A', 'testResult-RETRY']),
    );
    expect(namedResponseExamples(spec, op('getLimit'), 'text/html').get('success')?.contentType).toBe('text/html');
    expect(namedResponseExamples(spec, op('getLimit'), 'application/json').get('success')?.value).toMatchObject({
      Success: true,
    });
    expect(scenariosOf(op('askKkbReportResult'))).toContainEqual({
      field: 'testResult',
      value: 'RETRY',
      example: 'testResult-RETRY',
    });
    expect(scenariosOf(op('reSendKkbPin'))).toEqual([]);
    expect(() => scenariosOf({ operationId: 'x', 'x-haso-scenarios': [{ field: 'testResult' }] })).toThrow(
      'x-haso-scenarios[0]',
    );
  });

  it('reads the document-wide facts: version, server, test credentials, codes', () => {
    expect(specVersion(spec)).toBe(spec.info.version);
    expect(defaultServerUrl(spec)).toBe('http://127.0.0.1:4010');
    expect(testCredentials(spec)).toEqual({
      merchantId: '100001',
      merchantSalt: 'haso-mock-salt',
      hmacKey: 'haso-mock-salt',
    });
    expect(codePattern(spec)).toEqual({ pattern: '^(RS|M|H)[0-9]+', code: '(RS|M|H)[0-9]+' });
    expect(resultCodes(spec).map((c) => c.code)).toEqual(expect.arrayContaining(['RS100', 'M101', 'H307', 'H308']));
  });

  it('reads the provenance of an operation', () => {
    expect(docOf(op('reSendKkbPin'))).toMatchObject({
      section: '5.2.4',
      site: 'restdocs-v41',
      status: 'complete',
      pathStatus: 'documented',
    });
    expect(docOf(op('getCustomer'))).toMatchObject({
      status: 'title-only',
      pathStatus: 'provisional',
      gaps: expect.any(String),
    });
  });

  it('reads x-haso-inferred', () => {
    expect(inferredOf(spec.components.schemas.ResultCode)).toMatch(/^derived: /);
    expect(inferredOf(deref(spec, { $ref: '#/components/schemas/ResultCode' }))).toMatch(/text after it/);
    expect(inferredOf({})).toBeUndefined();
  });
});
