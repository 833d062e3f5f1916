// Requests a hostile or broken client sends: each gets a well-formed answer from the front, and the mock keeps
// serving (real Prism behind it).
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { TEST_CREDENTIALS } from '../src/index.js';
import { formEncode, operations, post, rawExchange, rawHead, sign, validRequest } from './helpers.js';

const url = inject('mockUrl');
const byId = (id: string) => operations.find(({ operationId }) => operationId === id)!;
const reSend = byId('reSendKkbPin');
const getCustomer = byId('getCustomer');

/** A valid call still gets its success envelope: the mock (and its Prism) survived what came before. */
async function stillServing(): Promise<void> {
  const answer = await post(url, reSend.path, validRequest(reSend.post).body);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.json()).toMatchObject({ Success: true });
}

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

describe('deeply nested JSON never reaches Prism', () => {
  it.each([
    ['an unsigned operation', getCustomer.path, `{"x":${nested(4500)}}`],
    [
      'a signed operation, token right',
      reSend.path,
      JSON.stringify(validRequest(reSend.post).body).replace(/}$/, `,"x":${nested(4500)}}`),
    ],
    ['objects', getCustomer.path, `${'{"a":'.repeat(4500)}1${'}'.repeat(4500)}`],
  ])('%s: 4,500 levels get a 400 problem and the mock keeps serving', async (_, path, body) => {
    const answer = await post(url, path, body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.json()).toMatchObject({ status: 400, detail: 'haso-mock: JSON nested deeper than 32 levels' });
    await stillServing();
  });

  it('32 levels, and brackets inside strings, are not refused', async () => {
    const answer = await post(url, getCustomer.path, `{"x":${nested(31)},"note":"${'['.repeat(100)}"}`);
    expect(answer.status).not.toBe(400);
  });
});

describe('text that is not well-formed Unicode is refused before the token check', () => {
  const body = validRequest(reSend.post).body;
  /** The body signed as if the bad bytes were U+FFFD, which is how the old front read them. */
  const signedAsReplacement = sign('reSendKkbPin', { ...body, kkbRefNo: 'KKB-\ufffd' });

  it.each(['ff', 'c3'])('JSON with byte 0x%s in a signed field: 400, not a valid token', async (hex) => {
    const byte = Number.parseInt(hex, 16);
    const text = JSON.stringify(signedAsReplacement);
    const at = Buffer.from(text).indexOf(Buffer.from('\ufffd'));
    const raw = Buffer.concat([
      Buffer.from(text).subarray(0, at),
      Buffer.from([byte]),
      Buffer.from(text).subarray(at + 3),
    ]);
    const answer = await fetch(new URL(reSend.path, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw,
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ detail: 'haso-mock: the body is not valid UTF-8' });
  });

  it('a form with %FF in a signed field: 400', async () => {
    const form = formEncode(signedAsReplacement).replace(/KKB-%EF%BF%BD/, 'KKB-%FF');
    expect(form).toContain('KKB-%FF');
    const answer = await post(url, reSend.path, form, { form: true });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ detail: expect.stringContaining('percent-encoding that is not UTF-8') });
  });

  it.each([
    ['a signed field', reSend.path, sign('reSendKkbPin', { ...body, kkbRefNo: 'KKB-1' })],
    ['an unsigned operation', getCustomer.path, { merchantId: TEST_CREDENTIALS.merchantId, customerId: 'C-1' }],
  ])('a JSON \\ud800 escape in %s: 400', async (_, path, value) => {
    const text = JSON.stringify(value).replace(/"(KKB-1|C-1)"/, '"$1\\ud800"');
    const answer = await post(url, path, text);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ detail: expect.stringContaining('lone surrogate') });
  });

  it('a surrogate pair escape (one emoji) is fine', async () => {
    const text = JSON.stringify({ merchantId: TEST_CREDENTIALS.merchantId, customerId: 'C-1' }).replace(
      'C-1',
      'C-\\ud83d\\ude00',
    );
    expect((await post(url, getCustomer.path, text)).status).not.toBe(400);
  });
});

describe('Content-Type the operation does not take: 415 from the front', () => {
  it.each([
    ['two media types in one field', 'application/json, application/x-www-form-urlencoded'],
    ['an unknown media type', 'application/xml'],
    ['a charset other than UTF-8', 'application/json; charset=iso-8859-9'],
  ])('%s', async (_, contentType) => {
    const answer = await post(url, reSend.path, JSON.stringify(validRequest(reSend.post).body), {
      headers: { 'content-type': contentType },
    });
    expect(answer.status).toBe(415);
    expect(answer.json()).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
  });

  it.each([
    ['two Content-Type fields', { 'Content-Type': ['application/json', 'text/plain'] }],
    ['a body without Content-Type', {}],
  ])('%s', async (_, headers) => {
    const text = await rawExchange(
      url,
      `${rawHead('POST', getCustomer.path, { ...headers, 'Content-Length': '2' })}{}`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 415 /);
    await stillServing();
  });
});

describe('odd requests get an HTTP answer', () => {
  it('CONNECT: 405, not a dropped connection', async () => {
    const text = await rawExchange(url, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({ Success: false });
  });

  it('a request line that is not HTTP: 400', async () => {
    expect(await rawExchange(url, 'garbage\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('an Upgrade request on an operation: 405', async () => {
    const head = rawHead('GET', reSend.path, { Upgrade: 'websocket' }).replace(
      'Connection: close',
      'Connection: Upgrade, close',
    );
    expect(await rawExchange(url, head)).toMatch(/^HTTP\/1\.1 405 /);
  });

  it.each(['PUT', 'DELETE', 'PATCH', 'TRACE', 'HEAD'])('%s on an operation: 405', async (method) => {
    const status = await new Promise<number>((resolve, reject) => {
      request(new URL(reSend.path, url), { method }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(405);
  });

  it.each(['delay=soon', 'delay=999999', 'fault=meteor'])('Prefer: %s is a 400', async (prefer) => {
    const answer = await post(url, reSend.path, validRequest(reSend.post).body, { headers: { prefer } });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ title: 'Invalid Prefer header' });
  });
});
