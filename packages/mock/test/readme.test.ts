import { readFileSync } from 'node:fs';
import { createSigner } from '@haso-toolkit/signing';
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { describe, expect, inject, it } from 'vitest';
import { TEST_CREDENTIALS } from '../src/index.js';
import { invalidTokenEnvelope, operations, post, sign, validRequest } from './helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const url = inject('mockUrl');
const signer = createSigner({ ...TEST_CREDENTIALS, provider: nodeCryptoProvider });

describe('README', () => {
  const json = /curl -s http:\/\/127\.0\.0\.1:4010\/Index\/GetErrorCodes[\s\S]*?-d '(\{[^']*\})'/.exec(readme);
  const body = JSON.parse(json?.[1] ?? 'null') as Record<string, string>;

  it('documents the test credentials of TEST_CREDENTIALS', () => {
    expect(readme).toContain(`| merchantId | \`${TEST_CREDENTIALS.merchantId}\` |`);
    expect(readme).toContain(`| merchant salt | \`${TEST_CREDENTIALS.merchantSalt}\` |`);
  });

  it('the getErrorCodes curl example carries the correct token', () => {
    expect(body.merchantId).toBe(TEST_CREDENTIALS.merchantId);
    expect(body.requestToken).toBe(signer.sign('getErrorCodes', body));
  });

  it('states the right token string and the same token in the form example', () => {
    const parts = signer.describeParts('getErrorCodes', body);
    const message = parts.map((p) => (p.kind === 'salt' ? TEST_CREDENTIALS.merchantSalt : p.value)).join('');
    expect(readme).toContain(`\`${message}\``);
    expect(readme).toContain(`printf %s '${message}'`);
    expect(readme).toContain(`--data-urlencode 'requestToken=${body.requestToken}'`);
  });

  it('the curl example gets the success envelope from the mock', async () => {
    const answer = await post(url, '/Index/GetErrorCodes', body);
    expect(answer.json()).toMatchObject({ Success: true, Errors: null });
  });
});

describe('README: what the token does not protect (each property holds against the mock)', () => {
  const op = (id: string) => operations.find((o) => o.operationId === id)!;
  const accepted = async (id: string, body: Record<string, unknown>) =>
    expect((await post(url, op(id).path, body)).json()).not.toEqual(invalidTokenEnvelope);

  it('characters move between adjacent signed fields without changing the token', async () => {
    const { merchantId } = TEST_CREDENTIALS;
    const signed = sign('reSendKkbPin', { merchantId, ipAddress: '85.105.12.34', kkbRefNo: 'KKB-1' });
    const moved = { ...signed, ipAddress: '85.105.12.34K', kkbRefNo: 'KB-1' };
    expect(readme).toContain("`{a: '12', b: '3'}` and `{a: '1', b: '23'}`");
    await accepted('reSendKkbPin', moved);
  });

  it('a token for reSendKkbPin verifies on askKkbReportResult', async () => {
    expect(readme).toContain('`reSendKkbPin` and `askKkbReportResult`');
    await accepted('askKkbReportResult', validRequest(op('reSendKkbPin').post).body);
  });

  it('a field outside the recipe changes after signing', async () => {
    expect(readme).toContain('`skipTcknValidation`');
    const body = validRequest(op('hasoAuthSendInfo').post).body;
    await accepted('hasoAuthSendInfo', { ...body, skipTcknValidation: !body.skipTcknValidation });
  });
});
