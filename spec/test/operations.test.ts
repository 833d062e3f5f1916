import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { componentSchema, deref, type JsonValue, listOperations, operationKind, responseExamples } from '../reader.mjs';
import { isObject, loadBundle } from './helpers.js';

const spec = loadBundle();
const operations = listOperations(spec);

// Every section the issue names: restdocs V.41 5.1–5.23, storedocs extras, e-commerce calls, merchant-side posts.
const RESTDOCS_SECTIONS = [
  '5.1',
  '5.2.1',
  '5.2.2',
  '5.2.3',
  '5.2.4',
  '5.2.5',
  '5.2.6',
  '5.3',
  '5.4',
  '5.5',
  '5.6',
  '5.7',
  '5.8',
  '5.9',
  '5.10',
  '5.11.1',
  '5.11.2',
  '5.12',
  '5.13',
  '5.14',
  '5.15',
  '5.16',
  '5.17',
  '5.18',
  '5.19',
  '5.20',
  '5.21',
  '5.22',
  '5.23',
];
const STOREDOCS_SECTIONS = ['V.39 (unnumbered)', 'V.39 5.22', 'V.39 5.3'];
const ECOMMERCE_PATHS = [
  '/Index/GetToken',
  '/Index/GetInstallments',
  '/Index/ChangeCustomerGsmNo',
  '/ServletV2/Transaction',
  '/ServletV2/GetLimit',
  '/ServletV2/TransactionMobile',
];
const WEBHOOKS = ['okUrl', 'failUrl', 'callbackUrl'];

describe('coverage of Haso sections', () => {
  const sections = new Set(operations.map((o) => o.op['x-haso-doc-section']));
  it.each([...RESTDOCS_SECTIONS, ...STOREDOCS_SECTIONS])('section %s is an operation', (section) => {
    expect(sections.has(section)).toBe(true);
  });
  it.each(ECOMMERCE_PATHS)('%s is an operation', (path) => {
    expect(operations.some((o) => o.path === path && !o.webhook)).toBe(true);
  });
  it.each(WEBHOOKS)('webhook %s is modelled', (name) => {
    expect(spec.webhooks?.[name]?.post).toBeDefined();
  });
  it('installment status 0–4 and transaction status are schemas', () => {
    expect(componentSchema(spec, 'InstallmentStatus').enum).toEqual([0, 1, 2, 3, 4]);
    expect(componentSchema(spec, 'TransactionStatus')).toBeDefined();
  });
});

describe.each(operations.map((o) => [o.operationId, o] as const))('%s', (operationId, { op, path, webhook }) => {
  it('has a stable camelCase operationId taken from the action name', () => {
    const action = path.split('/').pop() as string;
    if (!webhook) expect(operationId).toBe(action.charAt(0).toLowerCase() + action.slice(1));
    expect(operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
  it('has the doc extensions and a token statement', () => {
    expect(op['x-haso-doc-section']).toEqual(expect.any(String));
    expect(op['x-haso-doc-title']).toEqual(expect.any(String));
    expect(['complete', 'partial', 'title-only']).toContain(op['x-haso-doc-status']);
    expect(Boolean(op['x-haso-signature']) !== Boolean(op['x-haso-unsigned'])).toBe(true);
    if (op['x-haso-doc-status'] !== 'complete')
      expect(op['x-haso-doc-gaps'], 'x-haso-doc-gaps').toEqual(expect.any(String));
  });
  if (!webhook) {
    it('declares its kind (read, write or form)', () => {
      expect(['read', 'write', 'form']).toContain(operationKind(op));
    });
  }
  if (!webhook) {
    it('has success and failure examples', () => {
      const values = responseExamples(spec, op).filter((e) => e.status === '200');
      const success = (value: JsonValue) => (isObject(value) ? value.Success : undefined);
      expect(values.some((e) => success(e.value) === true || e.name.startsWith('success'))).toBe(true);
      expect(values.some((e) => success(e.value) === false || e.name.startsWith('failure'))).toBe(true);
    });
  }
});

describe('every example validates against its own schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its function is the module itself at run time, `default` for the types.
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema(spec, 'spec');
  const pointer = (parts: string[]) =>
    `spec#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  const cases: [string, string, unknown][] = [];
  // The pointers name each node where the bundle writes it: request bodies and responses inline.
  for (const { path, method, webhook, op } of operations) {
    const base = [webhook ? 'webhooks' : 'paths', path, method];
    for (const [type, media] of Object.entries(deref(spec, op.requestBody)?.content ?? {})) {
      const ref = pointer([...base, 'requestBody', 'content', type, 'schema']);
      if (media.example !== undefined) cases.push([`${path} request ${type}`, ref, media.example]);
      for (const [name, ex] of Object.entries(media.examples ?? {}))
        cases.push([`${path} request ${name}`, ref, deref(spec, ex).value]);
    }
    for (const [code, response] of Object.entries(op.responses ?? {})) {
      for (const [type, media] of Object.entries(deref(spec, response).content ?? {})) {
        if (!media.schema) continue;
        const ref = pointer([...base, 'responses', code, 'content', type, 'schema']);
        if (media.example !== undefined) cases.push([`${path} ${code} ${type}`, ref, media.example]);
        for (const [name, ex] of Object.entries(media.examples ?? {}))
          cases.push([`${path} ${code} ${name}`, ref, deref(spec, ex).value]);
      }
    }
  }
  it('finds examples for every operation', () => {
    expect(cases.length).toBeGreaterThan(operations.length * 2);
  });
  it.each(cases)('%s', (_name, ref, value) => {
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('ResultCode (the shape of a Data.Message code)', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(componentSchema(spec, 'ResultCode'));
  it.each(['RS100', 'M101', 'H307', 'RS100 - İşlem başarılı', 'H223: Müşteri bulunamadı', 'RS1000'])(
    'accepts %j',
    (value) => {
      expect(validate(value)).toBe(true);
    },
  );
  it.each(['', 'OK', 'rs100', 'X100', 'Başarılı RS100', 'RS'])('rejects %j', (value) => {
    expect(validate(value)).toBe(false);
  });
});
