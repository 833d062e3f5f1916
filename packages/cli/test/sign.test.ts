// haso sign against the signing package's openssl known-answer vectors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recipes } from '@haso-toolkit/signing';
import { describe, expect, it } from 'vitest';
import { haso, MOCK_ENV, oneLineError, vectors } from './helpers.js';

const saltName = (operationId: string) =>
  (recipes as Record<string, { salt?: string }>)[operationId]?.salt ?? 'merchantSalt';

/** The vector's token string with the salt masked as `<merhant_salt>`. */
const masked = (vector: (typeof vectors)[number]) =>
  `${vector.message.slice(0, -vector.merchantSalt.length)}<${saltName(vector.operationId)}>`;

const envOf = (vector: (typeof vectors)[number]) => ({
  HASO_MERCHANT_SALT: vector.merchantSalt,
  ...(vector.hmacKey === vector.merchantSalt ? {} : { HASO_HMAC_KEY: vector.hmacKey }),
});

const reSend = vectors.find((v) => v.name === 'reSendKkbPin');
if (!reSend) throw new Error('vector reSendKkbPin missing');

describe('haso sign: known-answer vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s: token and masked token string', async (_, vector) => {
    const run = await haso(
      ['sign', vector.operationId, '--json', '--body', JSON.stringify(vector.body)],
      envOf(vector),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.requestToken).toBe(vector.token);
    expect(result.tokenString).toBe(masked(vector));
    expect(result.body).toEqual({ ...vector.body, requestToken: vector.token });
  });

  it('prints the concatenated string, each field and the token as text', async () => {
    const run = await haso(['sign', 'reSendKkbPin', '--body', JSON.stringify(reSend.body)], envOf(reSend));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`token string  ${masked(reSend)}\n`);
    expect(run.stdout).toContain(`requestToken  ${reSend.token}\n`);
    expect(run.stdout).toContain('recipe        merchantId + ipAddress + kkbRefNo + merhant_salt\n');
    expect(run.stdout).toMatch(/ {2}kkbRefNo +"KKB-20261123-0001"/);
  });

  it('fills merchantId from the configuration when the body lacks it (flags or environment)', async () => {
    const { merchantId, ...rest } = reSend.body;
    const fromEnv = await haso(['sign', 'reSendKkbPin', '--json', '--body', JSON.stringify(rest)], MOCK_ENV);
    expect(JSON.parse(fromEnv.stdout).requestToken).toBe(reSend.token);
    const flags = ['--merchant-id', String(merchantId), '--merchant-salt', reSend.merchantSalt];
    const fromFlags = await haso(['sign', 'reSendKkbPin', '--json', '--body', JSON.stringify(rest), ...flags]);
    expect(JSON.parse(fromFlags.stdout).requestToken).toBe(reSend.token);
    const missing = await haso(['sign', 'reSendKkbPin', '--body', JSON.stringify(rest)], {
      HASO_MERCHANT_SALT: reSend.merchantSalt,
    });
    expect(oneLineError(missing)).toBe('haso: no merchant id: pass --merchant-id or set HASO_MERCHANT_ID');
  });

  it('reads --body-file and stdin', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'haso-cli-')), 'body.json');
    writeFileSync(file, JSON.stringify(reSend.body));
    for (const [args, input] of [
      [['--body-file', file], undefined],
      [['--body-file', '-'], JSON.stringify(reSend.body)],
    ] as const) {
      const run = await haso(['sign', 'reSendKkbPin', '--json', ...args], MOCK_ENV, input);
      expect(JSON.parse(run.stdout).requestToken).toBe(reSend.token);
    }
  });

  it('compares a requestToken found in the body: exit 0 when it matches, 1 when it differs', async () => {
    const same = await haso(
      ['sign', 'reSendKkbPin', '--body', JSON.stringify({ ...reSend.body, requestToken: reSend.token })],
      MOCK_ENV,
    );
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(`given token   ${reSend.token} (matches)`);
    const other = await haso(
      ['sign', 'reSendKkbPin', '--body', JSON.stringify({ ...reSend.body, requestToken: 'x' })],
      MOCK_ENV,
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('given token   x (DIFFERS)');
  });

  it('--no-append-salt / HASO_APPEND_SALT=false: the fields alone, keyed with the salt (openssl value)', async () => {
    // printf %s '10000185.105.12.34KKB-20261123-0001' | openssl dgst -sha256 -hmac haso-mock-salt -binary | base64
    const expected = 'F5jX5LITdIbHWuQNc7uciNpnnp/TyiH0Z4hDGFfcv+A=';
    const body = JSON.stringify(reSend.body);
    const flag = await haso(['sign', 'reSendKkbPin', '--json', '--no-append-salt', '--body', body], MOCK_ENV);
    const env = await haso(['sign', 'reSendKkbPin', '--json', '--body', body], {
      ...MOCK_ENV,
      HASO_APPEND_SALT: 'false',
    });
    for (const run of [flag, env]) {
      const result = JSON.parse(run.stdout);
      expect(result.requestToken).toBe(expected);
      expect(result.tokenString).toBe('10000185.105.12.34KKB-20261123-0001');
      expect(result.appendSalt).toBe(false);
    }
  });

  it('refuses unsigned operations, bad token fields and a missing salt with one line (exit 2)', async () => {
    expect(oneLineError(await haso(['sign', 'createTransaction'], MOCK_ENV))).toMatch(
      /createTransaction has no published token recipe \(recipe-not-published\)/,
    );
    const bad = await haso(['sign', 'reSendKkbPin', '--body', '{"kkbRefNo":true}'], MOCK_ENV);
    expect(oneLineError(bad)).toMatch(/token field "kkbRefNo"/);
    expect(oneLineError(await haso(['sign', 'reSendKkbPin'], { HASO_MERCHANT_ID: '1' }))).toBe(
      'haso: no merchant salt: pass --merchant-salt or set HASO_MERCHANT_SALT',
    );
  });
});
