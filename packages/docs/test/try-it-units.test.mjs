// The Try-it console's pure parts, in Node: body parsing with positions, base URLs, curl, the field-by-field token
// view and the outcome texts. The browser behaviour is in try-it.browser.test.mjs.
import { execFileSync } from 'node:child_process';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createSigner } from '@haso-toolkit/signing';
import { describe, expect, it } from 'vitest';
import { isLoopback, operationUrl, parseBaseUrl } from '../src/try-it/base-url.mjs';
import { curlCommand } from '../src/try-it/curl-command.mjs';
import { jsonErrorAt, parseBody } from '../src/try-it/json-body.mjs';
import { describeOutcome, START_MOCK_HINT } from '../src/try-it/outcome-text.mjs';
import { requestBody } from '../src/try-it/request-body.mjs';
import { describeParts } from '../src/try-it/token-parts.mjs';

describe('parseBody', () => {
  it('returns the object of valid JSON', () => {
    expect(parseBody('{ "kkbRefNo": "KKB-1", "n": [1, {"a": null}] }')).toEqual({
      ok: true,
      value: { kkbRefNo: 'KKB-1', n: [1, { a: null }] },
    });
  });

  it.each([
    [
      '{\n  "ipAddress": "1.2.3.4",\n  "kkbRefNo": "x"\n  "pinCode": "1"\n}',
      4,
      3,
      'kkbRefNo',
      'after field "kkbRefNo"',
    ],
    ['{"kkbRefNo": KKB-1}', 1, 14, 'kkbRefNo', 'in field "kkbRefNo"'],
    ['{"basketList": [{"price": 1,}]}', 1, 29, 'basketList[0]', 'in field "basketList[0]"'],
    ['{"a": {"b": tru}}', 1, 13, 'a.b', 'in field "a.b"'],
    ['{"a": "line\nbreak"}', 1, 12, 'a', 'control character'],
    ["{'a': 1}", 1, 2, '', 'expected a "quoted" field name'],
    ['{"a": 1} x', 1, 10, 'a', 'unexpected text after the JSON value'],
    ['', 1, 1, '', 'missing a value'],
  ])('locates the error in %j', (text, line, column, field, words) => {
    const parsed = parseBody(text);
    expect(parsed).toMatchObject({ ok: false, line, column, field });
    if (parsed.ok) return;
    expect(parsed.message).toContain(words);
    expect(parsed.message).toContain(`line ${line}, column ${column}`);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', '"x"', '-0.5e+3', '{"\\u00e7": "\\n\\"\\\\"}', ' { "a" : [ ] } ']) {
      expect(jsonErrorAt(text), text).toBeUndefined();
    }
  });

  it('rejects JSON that is not an object', () => {
    for (const text of ['[1]', '"x"', 'null', '3']) expect(parseBody(text)).toMatchObject({ ok: false, line: 1 });
  });
});

describe('base URL', () => {
  it('parses http(s) URLs and builds the operation URL', () => {
    const parsed = parseBaseUrl(' http://127.0.0.1:4010/ ');
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(operationUrl(parsed.url, '/RequestV2/ReSendKkbPin')).toBe('http://127.0.0.1:4010/RequestV2/ReSendKkbPin');
    const prefixed = parseBaseUrl('https://haso.example/api/');
    if (prefixed.ok)
      expect(operationUrl(prefixed.url, '/Index/GetToken')).toBe('https://haso.example/api/Index/GetToken');
  });

  it('refuses other schemes, non-URLs and user info', () => {
    expect(parseBaseUrl('127.0.0.1:4010')).toMatchObject({ ok: false });
    expect(parseBaseUrl('file:///etc/passwd')).toMatchObject({ ok: false });
    const withPassword = parseBaseUrl('http://user:secret@127.0.0.1');
    expect(withPassword).toMatchObject({ ok: false });
    if (!withPassword.ok) expect(withPassword.message).not.toContain('secret');
  });

  it.each([
    ['http://127.0.0.1:4010', true],
    ['http://127.1.2.3', true],
    ['http://localhost:4010', true],
    ['http://docs.localhost', true],
    ['http://[::1]:4010', true],
    ['http://10.0.0.2:4010', false],
    ['https://haso.example.com', false],
    ['http://127.0.0.1.example.com', false],
  ])('%s is loopback: %s', (text, loopback) => {
    const parsed = parseBaseUrl(text);
    expect(parsed.ok && isLoopback(parsed.url)).toBe(loopback);
  });
});

describe('curlCommand', () => {
  const body = { merchantId: '100001', note: "it's", requestToken: 'a+b/c=' };

  it('quotes a JSON body for the shell', () => {
    const command = curlCommand('http://127.0.0.1:4010/Index/GetErrorCodes', body, 'json');
    const echoed = execFileSync('sh', [
      '-c',
      command.replace(/^curl -sS -X POST '[^']*' \\\n.*\\\n\s*--data-raw /s, 'printf %s '),
    ]);
    expect(JSON.parse(String(echoed))).toEqual(body);
  });

  it('sends form posts field by field', () => {
    const command = curlCommand('http://127.0.0.1:4010/ServletV2/Transaction', { token: 't', n: 5 }, 'form');
    expect(command).toBe(
      "curl -sS -X POST 'http://127.0.0.1:4010/ServletV2/Transaction' \\\n  --data-urlencode 'token=t' \\\n  --data-urlencode 'n=5'",
    );
  });
});

describe('describeParts', () => {
  const signer = createSigner({ merchantSalt: TEST_CREDENTIALS.merchantSalt });
  const body = { merchantId: '100001', kkbRefNo: 'KKB-1' };

  it('lists the fields in recipe order, an absent one as "", and masks the salt', () => {
    const view = describeParts(signer, 'reSendKkbPin', body);
    expect(view?.parts).toEqual([
      { field: 'merchantId', value: '100001' },
      { field: 'ipAddress', value: '' },
      { field: 'kkbRefNo', value: 'KKB-1' },
      { field: 'salt (merhant_salt)', value: '<merhant_salt>', masked: true },
    ]);
    expect(view?.masked).toBe('100001KKB-1<merhant_salt>');
    expect(JSON.stringify(view)).not.toContain(TEST_CREDENTIALS.merchantSalt);
  });

  it('is undefined for an operation without a recipe and names the field of an unsignable value', () => {
    expect(describeParts(signer, 'getToken', body)).toBeUndefined();
    expect(() => describeParts(signer, 'reSendKkbPin', { ...body, kkbRefNo: true })).toThrow(/kkbRefNo/);
  });
});

describe('requestBody', () => {
  it('puts the credential merchantId first, keeps the edited fields and drops a stale token', () => {
    const body = requestBody(
      { merchantIdField: 'MerchantId' },
      { a: 1, MerchantId: 'x', requestToken: 'old' },
      '100001',
    );
    expect(Object.entries(body)).toEqual([
      ['MerchantId', '100001'],
      ['a', 1],
    ]);
  });
});

describe('describeOutcome', () => {
  const context = { url: 'http://127.0.0.1:4010/RequestV2/ReSendKkbPin', signed: true, origin: 'null' };

  it('shows the envelope and explains a rejected token', () => {
    const answer = { Success: false, Errors: ['requestToken is invalid'], Data: null };
    const text = describeOutcome({ kind: 'answer', status: 200, text: JSON.stringify(answer), json: answer }, context);
    expect(text.status).toBe('HTTP 200 · Success: false');
    expect(text.problem).toContain('The server rejected the requestToken: requestToken is invalid');
    expect(JSON.parse(text.response)).toEqual(answer);
  });

  it('says how to start the mock when nothing answers, and what CORS did', () => {
    expect(describeOutcome({ kind: 'network', detail: 'TypeError: Failed to fetch' }, context).problem).toContain(
      START_MOCK_HINT,
    );
    expect(describeOutcome({ kind: 'cors', detail: 'TypeError' }, context).problem).toContain(
      "this page's origin (null)",
    );
  });
});
