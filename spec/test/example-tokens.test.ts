// Every request example works when copied: written for the mock's public test credentials, and each signed
// example's requestToken verifies. The check below recomputes tokens on its own (node:crypto, a few lines); the
// writer (scripts/example-tokens.mjs) is held against the openssl-computed known answers of the signing package.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deref, listOperations, requestExample, signatureOf, testCredentials } from '../reader.mjs';
import { exampleToken, rewriteExamples, specDir, staleExampleFiles } from '../scripts/example-tokens.mjs';
import { loadBundle, repoRoot } from './helpers.js';

const spec = loadBundle();
const credentials = testCredentials(spec);
const operations = listOperations(spec).filter((o) => !o.webhook);
const signed = operations.filter((o) => o.op['x-haso-signature']);

/** HMAC-SHA256 over the recipe's values (absent → "", yyyy-MM-dd → date part) + salt, Base64. */
function verify(fields: readonly string[], formats: Record<string, string>, body: Record<string, unknown>): string {
  const parts = fields.map((f) => {
    const v = body[f];
    if (v === undefined || v === null) return '';
    return formats[f] === 'yyyy-MM-dd' ? String(v).slice(0, 10) : String(v);
  });
  return createHmac('sha256', credentials.hmacKey)
    .update(parts.join('') + credentials.merchantSalt)
    .digest('base64');
}

describe('request examples', () => {
  it('cover the 14 signed operations', () => expect(signed).toHaveLength(14));

  it.each(signed.map((o) => [o.operationId, o] as const))('%s: the example token verifies', (_id, { op }) => {
    const { value } = requestExample(spec, op) ?? { value: {} as Record<string, unknown> };
    const sig = signatureOf(op);
    expect(value.requestToken).toEqual(expect.any(String));
    expect(value.requestToken).toBe(verify(sig?.fields ?? [], sig?.formats ?? {}, value));
  });

  it.each(operations.map((o) => [o.operationId, o] as const))('%s: uses the test merchantId', (_id, { op }) => {
    const content = deref(spec, op.requestBody)?.content ?? {};
    for (const media of Object.values(content)) {
      for (const [key, value] of Object.entries(media.example ?? {})) {
        if (key.toLowerCase() === 'merchantid') expect(value).toBe(credentials.merchantId);
      }
    }
  });

  it('the split sources are written (the check the bundle step and check:generated run)', () => {
    expect(staleExampleFiles()).toEqual([]);
  });

  it('a changed example field makes its file stale, and rewriting restores a verifying token', () => {
    const file = `${specDir}paths/RequestV2_ReSendKkbPin.yaml`;
    const changed = readFileSync(file, 'utf8').replace('kkbRefNo: "KKB-20261123-0001"', 'kkbRefNo: "KKB-OTHER"');
    const written = rewriteExamples(changed, credentials);
    expect(written).not.toBe(changed);
    const token = /requestToken: "([^"]+)"/.exec(written)?.[1];
    const body = { merchantId: credentials.merchantId, ipAddress: '85.105.12.34', kkbRefNo: 'KKB-OTHER' };
    expect(token).toBe(verify(['merchantId', 'ipAddress', 'kkbRefNo'], {}, body));
    expect(rewriteExamples(written, credentials)).toBe(written);
  });
});

interface Vector {
  name: string;
  operationId: string;
  hmacKey?: string;
  merchantSalt: string;
  body: Record<string, unknown>;
  token: string;
}

describe('the example token writer', () => {
  const vectors = (JSON.parse(readFileSync(`${repoRoot}tools/vectors/known-answers.json`, 'utf8')) as Vector[]).filter(
    (v) => v.hmacKey !== undefined && signed.some((o) => o.operationId === v.operationId),
  );

  it('has openssl known answers to compare with', () => expect(vectors.length).toBeGreaterThan(10));

  it.each(vectors.map((v) => [v.name, v] as const))('%s equals openssl', (_name, v) => {
    const sig = signatureOf(signed.find((o) => o.operationId === v.operationId)?.op ?? {});
    if (!sig) throw new Error(`no recipe for ${v.operationId}`);
    expect(exampleToken(v.operationId, sig, v.body, { merchantSalt: v.merchantSalt, hmacKey: v.hmacKey ?? '' })).toBe(
      v.token,
    );
  });
});
