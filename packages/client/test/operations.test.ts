import { createHmac } from 'node:crypto';
import { createWebCryptoProvider, recipes } from '@haso-toolkit/signing';
import { describe, expect, it } from 'vitest';
import { createHasoClient, type HasoClientOptions, type HasoFetch, operations } from '../src/index.node.js';
import {
  credentials,
  envelope,
  json,
  requestExample,
  specOperation,
  stubFetch,
  successExample,
  type Vector,
  vectors,
  withoutFilled,
} from './helpers.js';

type Method = (input?: unknown, options?: unknown) => Promise<unknown>;
const methodOf = (client: object, id: string) => (client as Record<string, Method>)[id] as Method;
const all = Object.values(operations);
const callable = all.filter((op) => op.kind !== 'form');
const signedIds = new Set(Object.keys(recipes));

function clientFor(fetch: HasoFetch, extra: Partial<HasoClientOptions> = {}) {
  return createHasoClient({ ...credentials, fetch, retry: false, ...extra });
}

describe('operation methods', () => {
  it('exist for every callable operation and not for form posts', () => {
    const haso = clientFor(stubFetch().fetch);
    for (const op of all)
      expect(typeof methodOf(haso, op.operationId)).toBe(op.kind === 'form' ? 'undefined' : 'function');
  });

  it('the vectors cover every signed operation', () => {
    const covered = new Set(vectors.map((v) => v.operationId));
    expect(
      callable
        .filter((op) => op.recipe !== null)
        .map((op) => op.operationId)
        .filter((id) => !covered.has(id)),
    ).toEqual([]);
  });

  describe.each(vectors)('signed: $name', (vector) => {
    it('sends the exact URL, JSON body and the openssl requestToken, and returns Data', async () => {
      const { path } = specOperation(vector.operationId);
      const answer = successExample(vector.operationId);
      const stub = stubFetch(() => envelope(answer.Data));
      const haso = clientFor(stub.fetch, { merchantSalt: vector.merchantSalt, hmacKey: vector.hmacKey });

      const data = await methodOf(haso, vector.operationId)(withoutFilled(vector.body));

      expect(stub.calls).toHaveLength(1);
      const [sent] = stub.calls;
      expect(sent?.url).toBe(`${credentials.baseUrl}${path}`);
      expect(sent?.method).toBe('POST');
      expect(sent?.contentType).toBe('application/json');
      expect(sent?.body).toEqual({ ...vector.body, requestToken: vector.token });
      expect(sent?.body.requestToken).toBe(vector.token);
      expect(data).toEqual(answer.Data);
    });
  });

  describe.each(callable.filter((op) => !signedIds.has(op.operationId)))('unsigned: $operationId', (op) => {
    it('sends the spec example with merchantId filled and no requestToken', async () => {
      const input = withoutFilled(requestExample(op.operationId));
      const answer = successExample(op.operationId);
      const stub = stubFetch(() => envelope(answer.Data));
      const haso = clientFor(stub.fetch);

      const data = await methodOf(haso, op.operationId)(input);

      const merchantKey = op.operationId === 'changeCustomerGsmNo' ? 'MerchantId' : 'merchantId';
      expect(stub.calls.map((c) => c.url)).toEqual([`${credentials.baseUrl}${op.path}`]);
      expect(stub.calls[0]?.body).toEqual({ ...input, [merchantKey]: credentials.merchantId });
      expect(stub.calls[0]?.body).not.toHaveProperty('requestToken');
      expect(data).toEqual(answer.Data);
    });
  });

  it('signs with a recipe supplied at runtime for an operation whose recipe is not published', async () => {
    const stub = stubFetch();
    const haso = clientFor(stub.fetch, {
      recipes: { refundTransaction: { fields: ['merchantId', 'ipAddress', 'refundId'] } },
    });
    await haso.refundTransaction({ ipAddress: '85.105.12.34', refundId: 'RF-1' });
    const expected = createHmac('sha256', 'haso-mock-salt')
      .update('10000185.105.12.34RF-1haso-mock-salt', 'utf8')
      .digest('base64');
    expect(stub.calls[0]?.body).toEqual({
      merchantId: '100001',
      ipAddress: '85.105.12.34',
      refundId: 'RF-1',
      requestToken: expected,
    });
  });

  it('signs asynchronously with Web Crypto to the same token', async () => {
    const vector = vectors.find((v) => v.name === 'hasoAuthSendInfo') as Vector;
    const stub = stubFetch(() => envelope({ KkbRefNo: 'K' }));
    const haso = clientFor(stub.fetch, { provider: createWebCryptoProvider() });
    await haso.hasoAuthSendInfo(withoutFilled(vector.body) as Parameters<typeof haso.hasoAuthSendInfo>[0]);
    expect(stub.calls[0]?.body.requestToken).toBe(vector.token);
    expect(haso.config.provider).toBe('webcrypto');
  });
});

describe('ipAddress', () => {
  const run = async (defaults: string | undefined, input: object, call?: { ipAddress?: string }) => {
    const stub = stubFetch(() => envelope({}));
    const haso = clientFor(stub.fetch, defaults === undefined ? {} : { ipAddress: defaults });
    await haso.reSendKkbPin({ kkbRefNo: 'KKB-1', ...input }, call);
    return stub.calls[0]?.body.ipAddress;
  };

  it('defaults to the client setting, is overridden per call and by the input', async () => {
    expect(await run('10.0.0.1', {})).toBe('10.0.0.1');
    expect(await run('10.0.0.1', {}, { ipAddress: '10.0.0.2' })).toBe('10.0.0.2');
    expect(await run('10.0.0.1', { ipAddress: '10.0.0.3' }, { ipAddress: '10.0.0.2' })).toBe('10.0.0.3');
    expect(await run(undefined, {})).toBeUndefined();
  });

  it('uses the casing the operation declares (IpAddress on getInstallments)', async () => {
    const stub = stubFetch(() => envelope({}));
    const haso = clientFor(stub.fetch, { ipAddress: '10.0.0.1' });
    await haso.getInstallments({ OrderAmount: '10000' });
    expect(stub.calls[0]?.body).toEqual({ OrderAmount: '10000', merchantId: '100001', IpAddress: '10.0.0.1' });
  });
});

describe('openapi-fetch surface (POST)', () => {
  it('fills merchantId and signs before serialization; answers are values', async () => {
    const stub = stubFetch(() => envelope({ Message: 'RS100' }));
    const haso = clientFor(stub.fetch, { ipAddress: '85.105.12.34' });
    const { data, response } = await haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'KKB-20261123-0001' } });
    const vector = vectors.find((v) => v.name === 'reSendKkbPin') as Vector;
    expect(stub.calls[0]?.body).toEqual({ ...vector.body, requestToken: vector.token });
    expect(response.status).toBe(200);
    expect(data).toEqual({ Success: true, Errors: null, Data: { Message: 'RS100' } });
  });

  it('keeps a caller-supplied requestToken and runs registered middleware (POST only)', async () => {
    const stub = stubFetch();
    const haso = clientFor(stub.fetch);
    const seen: string[] = [];
    haso.use({ onRequest: ({ schemaPath }) => void seen.push(schemaPath) });
    await haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K', requestToken: 'given' } });
    await haso.reSendKkbPin({ kkbRefNo: 'K' });
    expect(stub.calls[0]?.body.requestToken).toBe('given');
    expect(seen).toEqual(['/RequestV2/ReSendKkbPin']); // operation methods are observed with hooks, not middleware
  });

  it('sends with fetch(url, init), redirects not followed, and reads the answer within maxResponseBytes', async () => {
    const stub = stubFetch(() => json({ Success: true, Errors: null, Data: { pad: 'x'.repeat(100) } }));
    const haso = clientFor(stub.fetch, { maxResponseBytes: 64 });
    await expect(haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K' } })).rejects.toMatchObject({
      name: 'HasoResponseTooLargeError',
      maxResponseBytes: 64,
    });
    expect(stub.calls[0]?.redirect).toBe('manual');
  });

  it('middleware is for POST: operation methods send the same request whether or not some is registered', async () => {
    const stub = stubFetch(() => envelope({ KkbRefNo: 'K' }));
    const haso = clientFor(stub.fetch);
    const seen: string[] = [];
    const spy = { onRequest: ({ schemaPath }: { schemaPath: string }) => void seen.push(schemaPath) };
    await haso.reSendKkbPin({ kkbRefNo: 'K' });
    haso.use(spy, undefined as never); // falsy entries are skipped, as by openapi-fetch
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).resolves.toEqual({ KkbRefNo: 'K' });
    haso.eject({ onRequest: () => undefined }); // not registered: nothing changes
    await haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K' } });
    haso.eject(spy);
    await haso.POST('/RequestV2/ReSendKkbPin', { body: { kkbRefNo: 'K' } });
    expect(seen).toEqual(['/RequestV2/ReSendKkbPin']);
    const [direct, ...rest] = stub.calls.map(({ signal: _signal, ...sent }) => sent);
    for (const sent of rest) expect(sent).toEqual(direct);
  });

  it('middleware that is not an object is refused and not recorded', async () => {
    const haso = clientFor(stubFetch().fetch);
    expect(() => haso.use('nope' as never)).toThrow(/Middleware must be an object/);
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).resolves.toEqual({});
  });
});

describe('buildFormPost', () => {
  it.each(all.filter((op) => op.kind === 'form'))('$operationId: action, fields with merchantId, HTML', (op) => {
    const haso = clientFor(stubFetch().fetch);
    const input = withoutFilled(requestExample(op.operationId));
    const form = haso.buildFormPost(op.operationId as 'getLimit', input as never);
    expect(form.action).toBe(`${credentials.baseUrl}${op.path}`);
    expect(form.method).toBe('POST');
    expect(form.fields).toEqual(
      Object.fromEntries(Object.entries({ ...input, merchantId: '100001' }).map(([k, v]) => [k, String(v)])),
    );
    expect(form.html).toContain(`action="${credentials.baseUrl}${op.path}"`);
    expect(form.html).toContain('<input type="hidden" name="merchantId" value="100001">');
  });

  it('escapes field values and the action in the HTML', () => {
    const haso = createHasoClient({ ...credentials, baseUrl: 'http://127.0.0.1:4010/a"b' });
    const form = haso.buildFormPost(
      'getLimit',
      {
        token: '"><script>alert(1)</script>',
        okUrl: "https://shop.example.com/ok?a=1&b='2'",
        failUrl: 'https://shop.example.com/fail',
        callbackUrl: 'https://shop.example.com/cb',
      },
      { nonce: 'n"1' },
    );
    expect(form.html).not.toContain('<script>alert');
    expect(form.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(form.html).toContain('value="https://shop.example.com/ok?a=1&amp;b=&#39;2&#39;"');
    expect(form.html).toContain('action="http://127.0.0.1:4010/a&quot;b/ServletV2/GetLimit"');
    expect(form.html).toContain('<script nonce="n&quot;1">');
    expect(form.fields.token).toBe('"><script>alert(1)</script>');
  });

  it('validates the fields and refuses non-form operations', () => {
    const haso = clientFor(stubFetch().fetch);
    expect(() => haso.buildFormPost('getLimit', { okUrl: 'x', failUrl: 'x', callbackUrl: 'x' } as never)).toThrow(
      expect.objectContaining({ name: 'HasoValidationError', field: 'token', rule: 'required' }),
    );
    expect(() => haso.buildFormPost('reSendKkbPin' as never, {} as never)).toThrow(/not a browser form post/);
  });
});
