// Every operation driven in sandbox mode, and every answer the sandbox computes, validated against the operation's
// response schema (Ajv 2020) and checked to use only keys the schema documents.

import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';
import { type Answer, deref, formEncode, operations, post, spec, validRequest } from './helpers.js';
import { customer, dataOf, flowCall } from './sandbox-process.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, quiet: true, randomSeed: 3 });
});
afterAll(() => mock.close());

const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its function is the module itself at run time, `default` for the types.
(formats as unknown as typeof formats.default)(ajv);
ajv.addSchema(spec, 'spec');
const pointer = (parts: string[]) => `spec#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

type Node = Record<string, unknown>;

/** A schema and, recursively, its allOf / oneOf / anyOf branches (references followed). */
function flatten(schema: unknown): Node[] {
  const node = deref(schema ?? {});
  return [
    node,
    ...['allOf', 'oneOf', 'anyOf'].flatMap((k) =>
      Array.isArray(node[k]) ? (node[k] as unknown[]).flatMap(flatten) : [],
    ),
  ];
}

/** Keys of `value` (at any depth) that none of the schemas' `properties` declares. */
function undocumentedKeys(schemas: unknown[], value: unknown, at: string): string[] {
  const nodes = schemas.flatMap(flatten);
  if (Array.isArray(value)) {
    const items = nodes.map((n) => n.items).filter(Boolean);
    return value.flatMap((item, i) => undocumentedKeys(items, item, `${at}[${i}]`));
  }
  if (typeof value !== 'object' || value === null) return [];
  const properties = new Map<string, unknown[]>();
  for (const n of nodes) {
    for (const [key, sub] of Object.entries((n.properties ?? {}) as Node))
      properties.set(key, [...(properties.get(key) ?? []), sub]);
  }
  if (properties.size === 0) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    properties.has(key) ? undocumentedKeys(properties.get(key)!, item, `${at}.${key}`) : [`${at}.${key}`],
  );
}

interface Seen {
  readonly operationId: string;
  readonly case: string;
  readonly answer: Answer;
}
const seen: Seen[] = [];
const byId = new Map(operations.map((op) => [op.operationId, op]));

function check({ operationId, answer }: Seen): void {
  const op = byId.get(operationId)!;
  expect(answer.status).toBe(200);
  const mediaType = answer.headers.get('content-type')!.split(';')[0]!;
  const content = (deref((op.post.responses as Node)['200']).content ?? {}) as Node;
  expect(Object.keys(content)).toContain(mediaType);
  const ref = pointer(['paths', op.path, 'post', 'responses', '200', 'content', mediaType, 'schema']);
  const value = mediaType.includes('json') ? answer.json() : answer.text;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  expect(undocumentedKeys([(content[mediaType] as Node).schema], value, 'answer')).toEqual([]);
}

let sessions = 0;
async function record(operationId: string, label: string, answer: Promise<Answer>): Promise<Answer> {
  const done = await answer;
  seen.push({ operationId, case: label, answer: done });
  return done;
}

describe('every operation in sandbox mode', () => {
  it.each(operations.map((op) => [op.operationId, op] as const))(
    '%s: its (re-signed) request example gets a success answer valid for its response schema',
    async (operationId, op) => {
      const { body, form } = validRequest(op.post);
      const answer = await record(
        operationId,
        'example',
        post(mock.url, op.path, body, { form, headers: { 'x-haso-mock-session': `example-${++sessions}` } }),
      );
      check(seen.at(-1)!);
      if (answer.headers.get('content-type')!.includes('json'))
        expect((answer.json() as { Success: boolean }).Success).toBe(true);
      else expect(answer.text).toContain('haso-mock sandbox');
    },
  );
});

describe('every answer the sandbox computes', () => {
  it('plays the computed cases and validates each answer', async () => {
    const s = 'computed';
    const before = seen.length;
    const flow = (operationId: Parameters<typeof flowCall>[1], body: Record<string, unknown>) =>
      record(operationId, JSON.stringify(body), flowCall(mock.url, operationId, body, s));
    const started = dataOf(await flow('hasoAuthSendInfo', customer('10000000191')));
    const kkbRefNo = started.KkbRefNo;
    await flow('hasoAuthSendInfo', customer('10000000205', { PreDefinedLimit: '100000' }));
    await flow('sendKkbPinCode', { kkbRefNo, pinCode: '1', testResult: 'B' });
    await flow('askKkbReportResult', { kkbRefNo });
    await flow('askKkbReportResult', { kkbRefNo });
    await flow('askKkbReportResult', { kkbRefNo });
    await flow('sendKkbPinCode', { kkbRefNo, pinCode: '1' });
    await flow('hasoAuthSendInfo', customer('10000000191'));
    await flow('reSendKkbPin', { kkbRefNo });
    for (const operationId of ['reSendKkbPin', 'askKkbReportResult'] as const)
      await flow(operationId, { kkbRefNo: 'KKB-X' });
    await flow('sendKkbPinCode', { kkbRefNo: 'KKB-X', pinCode: '1' });
    await flow('getCustomerInformation', { customerId: started.CustomerId, orderAmount: '1' });
    await flow('getCustomerInformation', { customerId: 'nobody', orderAmount: '1' });
    const otp = dataOf(await flow('hasoAuthSendInfo', customer('10000000213', { PreDefinedLimit: '100000' })));
    await flow('sendKkbPinCode', { kkbRefNo: otp.KkbRefNo, pinCode: 'wrong' });
    const form = (operationId: string, body: Record<string, unknown>) =>
      record(operationId, formEncode(body), post(mock.url, byId.get(operationId)!.path, body, { form: true }));
    const transaction = validRequest(byId.get('transaction')!.post).body;
    await form('transaction', { ...transaction, merchantId: 'another' });
    await form('transaction', { ...transaction, okUrl: 'javascript:alert(1)' });
    await form('transaction', { ...transaction, token: '' });
    await form('getLimit', { ...validRequest(byId.get('getLimit')!.post).body, response: 'json' });
    const computed = seen.slice(before);
    expect(computed).toHaveLength(20);
    for (const one of computed) check(one);
  });
});
