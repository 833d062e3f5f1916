// Property tests of the SDK's wire output (stub fetch): any valid input of any operation, generated from the spec's
// request schema, reaches the wire unchanged (Turkish letters, empty optionals, leading zeros), with the token of
// the independent model on signed operations and none on the others.
import {
  type CompactSchema,
  createHasoClient,
  type HasoClientOptions,
  operations,
} from '@haso-toolkit/client';
import { createWebCryptoProvider } from '@haso-toolkit/signing';
import { requestExampleInput } from '@haso-toolkit/e2e';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedTokenString, hmacBase64 } from '../src/expected-token.js';
import { capture } from '../src/output-capture.js';
import { checkAsyncProperty } from '../src/property-runner.js';
import { arbitraryFor } from '../src/schema-arbitrary.js';
import { isFilledField, specOperation, specOperations } from '../src/spec-document.js';
import { stubFetch } from '../src/stub-fetch.js';
import { CLIENT_HMAC_KEY, CLIENT_SALT, MERCHANT_ID } from '../src/test-secrets.js';
import { hasTurkishLetter } from '../src/text-arbitraries.js';

type Body = Record<string, unknown>;
type Method = (input: unknown, options?: unknown) => Promise<unknown>;

const BASE_URL = 'http://127.0.0.1:4010';
const DEFAULT_IP = '85.105.12.34';
const entries: Readonly<Record<string, { kind: string; request: CompactSchema }>> = operations;
const callable = specOperations.filter((op) => entries[op.operationId]?.kind !== 'form');
const webCrypto = createWebCryptoProvider();

/** A client with the suite's test secrets whose fetch is a recording stub; `call` invokes a method by operationId. */
function stubbedClient(extra: Partial<HasoClientOptions> = {}) {
  const stub = stubFetch();
  const haso = createHasoClient({
    baseUrl: BASE_URL,
    merchantId: MERCHANT_ID,
    merchantSalt: CLIENT_SALT,
    hmacKey: CLIENT_HMAC_KEY,
    retry: false,
    fetch: stub.fetch,
    ...extra,
  });
  const methods = haso as unknown as Record<string, Method>;
  return { stub, call: (operationId: string, input: unknown) => methods[operationId]!(input) };
}

/** What the generated cases covered, so the run proves the interesting values were really tried. */
const seen = { turkish: 0, zeroLed: 0, emptyString: 0, omittedOptional: 0, webCrypto: 0 };

/** The operation's request schema. */
function requestSchemaOf(operationId: string): CompactSchema {
  const schema = entries[operationId]?.request;
  if (!schema) throw new Error(`no request schema for ${operationId}`);
  return schema;
}

function note(value: unknown): void {
  if (typeof value === 'string') {
    if (hasTurkishLetter(value)) seen.turkish++;
    if (/^0\d/.test(value)) seen.zeroLed++;
    if (value === '') seen.emptyString++;
  } else if (Array.isArray(value)) value.forEach(note);
  else if (value !== null && typeof value === 'object') Object.values(value).forEach(note);
}

describe('any valid input reaches the wire unchanged', () => {
  afterAll(() => {
    for (const [what, n] of Object.entries(seen)) expect(n, `cases with ${what}`).toBeGreaterThan(0);
  });

  it.each(callable.map((op) => [op.operationId, op] as const))('%s', async (operationId, op) => {
    const schema = requestSchemaOf(operationId);
    const properties = Object.keys(schema.properties ?? {});
    const required = new Set(schema.required ?? []);
    // The body keys of the fields the client fills, in the spec's casing (`MerchantId`, `IpAddress` …).
    const merchantKey = properties.find((key) => key.toLowerCase() === 'merchantid');
    const ipKey = properties.find((key) => key.toLowerCase() === 'ipaddress');
    const input = arbitraryFor(schema, { omit: isFilledField }) as fc.Arbitrary<Body>;

    await checkAsyncProperty(
      `wire body of ${operationId}`,
      fc.asyncProperty(input, fc.boolean(), fc.boolean(), async (body, useWebCrypto, withDefaultIp) => {
        const before = structuredClone(body);
        const { call, stub } = stubbedClient({
          ...(withDefaultIp ? { ipAddress: DEFAULT_IP } : {}),
          ...(useWebCrypto ? { provider: webCrypto } : {}),
        });
        await expect(call(operationId, body)).resolves.toEqual({});

        expect(body).toEqual(before); // the caller's object is not touched
        expect(stub.sent).toHaveLength(1);
        const [request] = stub.sent;
        expect(request?.url).toBe(BASE_URL + op.path);
        expect(request?.contentType).toMatch(/^application\/json/);
        const wire = JSON.parse(request?.text ?? '') as Body;
        capture(request?.text ?? '');

        const expected: Body = { ...body };
        if (merchantKey) expected[merchantKey] = MERCHANT_ID;
        if (ipKey && expected[ipKey] === undefined && withDefaultIp) expected[ipKey] = DEFAULT_IP;
        if (op.signature) {
          expected.requestToken = hmacBase64(
            CLIENT_HMAC_KEY,
            expectedTokenString(op.signature, expected, CLIENT_SALT),
          );
        }
        expect(wire).toEqual(expected);

        note(body);
        if (properties.some((name) => !required.has(name) && !isFilledField(name) && !(name in body))) {
          seen.omittedOptional++;
        }
        if (useWebCrypto) seen.webCrypto++;
      }),
      op.signature ? 120 : 25,
    );
  });
});

describe('named cases: the values the issue lists, byte for byte', () => {
  const turkish = 'İıŞşĞğÇçÖöÜü İSTANBUL ığdır';
  it.each([
    ['hasoAuthSendInfo', { ...requestExampleInput('hasoAuthSendInfo'), shopperName: turkish, tckn: '00000000146' }],
    ['hasoAuthSendInfo', { ...requestExampleInput('hasoAuthSendInfo'), ipAddress: '', PreDefinedLimit: '0001250000' }],
    ['sendTransactionExpense', { ...requestExampleInput('sendTransactionExpense'), counterPartyAttorneyFee: '000' }],
    ['loadCustomerBalance', { ...requestExampleInput('loadCustomerBalance'), customerId: '0005004' }],
    ['setPaidPayment', { ...requestExampleInput('setPaidPayment'), merchantOid: '00000000000000000001' }],
    ['getCustomerTransactions', { customerId: '0000000001' }],
  ] as const)('%s %j', async (operationId, input) => {
    const op = specOperation(operationId);
    const { call, stub } = stubbedClient();
    await call(operationId, input);
    const wire = JSON.parse(stub.sent[0]?.text ?? '') as Body;
    capture(stub.sent[0]?.text ?? '');
    for (const [field, value] of Object.entries(input)) expect(wire[field], field).toBe(value);
    const tokenString = expectedTokenString(op.signature!, wire, CLIENT_SALT);
    for (const field of op.signature!.fields) {
      if (typeof input[field as keyof typeof input] === 'string') {
        expect(tokenString).toContain(input[field as keyof typeof input]);
      }
    }
    expect(wire.requestToken).toBe(hmacBase64(CLIENT_HMAC_KEY, tokenString));
  });
});
