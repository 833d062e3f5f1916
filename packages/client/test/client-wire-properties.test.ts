// Property tests of the SDK's wire output (stub fetch): any valid input of any operation, generated from the spec's
// request schema, reaches the wire unchanged (Turkish letters, empty optionals, leading zeros), with the fields the
// SDK fills in the spec's casing, and on signed operations the token of the body as sent. Fixed seed (FC_SEED=<n>
// runs another); the cases count in the run's figures.
import { createSigner, createWebCryptoProvider } from '@haso-toolkit/signing';
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { loadSpec } from '@haso-toolkit/spec/load';
import {
  filledFields,
  findOperation,
  listOperations,
  operationKind,
  requestExampleInput,
  requestMedia,
  signatureOf,
} from '@haso-toolkit/spec/reader';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { count } from '../../../tests/support/figures.mjs';
import { createHasoClient, type HasoClientOptions } from '../src/index.node.js';
import { stubFetch } from './helpers.js';
import { arbitraryFor, hasTurkishLetter } from './schema-arbitrary.js';

type Body = Record<string, unknown>;
type Method = (input: unknown) => Promise<unknown>;

const SEED = Number(process.env.FC_SEED ?? 20261123);
const BASE_URL = 'http://127.0.0.1:4010';
const MERCHANT_ID = '100001';
const SALT = 'wire-prop-salt-Qx7vT2mK9pZ4';
const KEY = 'wire-prop-key-Wd3nL8sR5fJ1';
const DEFAULT_IP = '85.105.12.34';

const spec = loadSpec();
const signer = createSigner({ merchantSalt: SALT, hmacKey: KEY, provider: nodeCryptoProvider });
const webCrypto = createWebCryptoProvider();

const callable = listOperations(spec)
  .filter(({ webhook, op }) => !webhook && operationKind(op) !== 'form')
  .map(({ operationId, path, op }) => ({
    operationId,
    path,
    signed: signatureOf(op) !== undefined,
    filled: filledFields(spec, op),
    schema: requestMedia(spec, op)?.schema ?? {},
  }));

/** A client with this file's secrets whose fetch is a recording stub; `call` invokes a method by operationId. */
function stubbedClient(extra: Partial<HasoClientOptions> = {}) {
  const stub = stubFetch();
  const haso = createHasoClient({
    baseUrl: BASE_URL,
    merchantId: MERCHANT_ID,
    merchantSalt: SALT,
    hmacKey: KEY,
    retry: false,
    fetch: stub.fetch,
    ...extra,
  });
  const methods = haso as unknown as Record<string, Method>;
  return { stub, call: (operationId: string, input: unknown) => methods[operationId]!(input) };
}

/** The one request a call sent: its body as parsed, after checking no secret travelled. */
function sentBody(stub: ReturnType<typeof stubFetch>): Body {
  expect(stub.calls).toHaveLength(1);
  const [sent] = stub.calls;
  for (const secret of [SALT, KEY]) expect(sent!.text).not.toContain(secret);
  return sent!.body;
}

/** What the generated cases covered, so the run proves the interesting values were really tried. */
const seen = { turkish: 0, zeroLed: 0, emptyString: 0, omittedOptional: 0, webCrypto: 0 };

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

  it.each(callable.map((op) => [op.operationId, op] as const))('%s', { timeout: 60_000 }, async (operationId, op) => {
    const { merchantId: merchantKey, ipAddress: ipKey, requestToken: tokenKey } = op.filled;
    const filledKeys = [merchantKey, tokenKey].filter((key) => key !== null);
    const properties = Object.keys(op.schema.properties ?? {});
    const required = new Set<string>(op.schema.required ?? []);
    const numRuns = op.signed ? 120 : 25;

    await fc.assert(
      fc.asyncProperty(
        arbitraryFor(spec, op.schema, filledKeys),
        fc.boolean(),
        fc.boolean(),
        async (body, useWebCrypto, withDefaultIp) => {
          const before = structuredClone(body);
          const { call, stub } = stubbedClient({
            ...(withDefaultIp ? { ipAddress: DEFAULT_IP } : {}),
            ...(useWebCrypto ? { provider: webCrypto } : {}),
          });
          await expect(call(operationId, body)).resolves.toEqual({});

          expect(body).toEqual(before); // the caller's object is not touched
          expect(stub.calls[0]?.url).toBe(BASE_URL + op.path);
          expect(stub.calls[0]?.contentType).toMatch(/^application\/json/);

          const expected: Body = { ...body };
          if (merchantKey) expected[merchantKey] = MERCHANT_ID;
          if (ipKey && expected[ipKey] === undefined && withDefaultIp) expected[ipKey] = DEFAULT_IP;
          if (op.signed && tokenKey) expected[tokenKey] = signer.sign(operationId, expected);
          expect(sentBody(stub)).toEqual(expected);

          note(body);
          const optional = properties.filter((name) => !required.has(name) && !filledKeys.includes(name));
          if (optional.some((name) => !(name in body))) seen.omittedOptional++;
          if (useWebCrypto) seen.webCrypto++;
        },
      ),
      { seed: SEED, numRuns },
    );
    count('property cases', numRuns);
  });
});

describe('named cases: Turkish letters and leading zeros, byte for byte on the wire and in the token string', () => {
  const example = (operationId: string) => requestExampleInput(spec, findOperation(spec, operationId).op);
  const turkish = 'İıŞşĞğÇçÖöÜü İSTANBUL ığdır';
  it.each([
    ['hasoAuthSendInfo', { ...example('hasoAuthSendInfo'), shopperName: turkish, tckn: '00000000146' }],
    ['hasoAuthSendInfo', { ...example('hasoAuthSendInfo'), ipAddress: '', PreDefinedLimit: '0001250000' }],
    ['sendTransactionExpense', { ...example('sendTransactionExpense'), counterPartyAttorneyFee: '000' }],
    ['loadCustomerBalance', { ...example('loadCustomerBalance'), customerId: '0005004' }],
    ['setPaidPayment', { ...example('setPaidPayment'), merchantOid: '00000000000000000001' }],
    ['getCustomerTransactions', { customerId: '0000000001' }],
  ] as const)('%s %j', async (operationId, input) => {
    const { call, stub } = stubbedClient();
    await call(operationId, input);
    const wire = sentBody(stub);
    for (const [field, value] of Object.entries(input)) expect(wire[field], field).toBe(value);
    const { requestToken, ...signedBody } = wire;
    const tokenString = signer.describe(operationId, signedBody);
    const { fields } = signatureOf(findOperation(spec, operationId).op)!;
    for (const field of fields) {
      const value = (input as Body)[field];
      if (typeof value === 'string') expect(tokenString).toContain(value);
    }
    expect(requestToken).toBe(signer.sign(operationId, signedBody));
  });
});
