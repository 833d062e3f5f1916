// haso doctor against the mock (reading a), and against tiny local servers that accept only reading (b) or (c).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closedPort, haso, MOCK_ENV, oneLineError, oneReadingServer } from './helpers.js';

const SEPARATE_KEY = 'separate-merchant-key-42';
const base = { merchantId: MOCK_ENV.HASO_MERCHANT_ID, salt: MOCK_ENV.HASO_MERCHANT_SALT };

describe('haso doctor against the mock', () => {
  const env = () => ({ ...MOCK_ENV, HASO_BASE_URL: inject('mockUrl') });

  it('passes with reading (a) and says to keep the defaults', async () => {
    const run = await haso(['doctor'], env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/connection +ok/);
    expect(run.stdout).toMatch(/\(a\) accepted/);
    expect(run.stdout).toMatch(/\(b\) skipped .*no HMAC key configured/);
    expect(run.stdout).toMatch(/\(c\) rejected/);
    expect(run.stdout).toContain('Haso accepts reading (a)');
    expect(run.stdout).toContain('Use the defaults');
    const json = JSON.parse((await haso(['doctor', '--json'], env())).stdout);
    expect(json).toMatchObject({ reachable: true, accepted: ['a'], probe: 'getErrorCodes' });
  });

  it('says plainly that wrong credentials are rejected (exit 1)', async () => {
    const run = await haso(['doctor'], { ...env(), HASO_MERCHANT_SALT: 'wrong-salt-value' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Haso rejected your credentials');
    expect(run.stdout).toContain('Check HASO_MERCHANT_ID and HASO_MERCHANT_SALT');
    const otherMerchant = await haso(['doctor', '--json'], { ...env(), HASO_MERCHANT_ID: '999999' });
    expect(otherMerchant.code).toBe(1);
    expect(JSON.parse(otherMerchant.stdout).accepted).toEqual([]);
  });

  it('tells that a configured HMAC key or --no-append-salt is not needed', async () => {
    const run = await haso(['doctor', '--no-append-salt'], { ...env(), HASO_HMAC_KEY: SEPARATE_KEY });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(b\) rejected/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'Remove HASO_HMAC_KEY (--hmac-key) and HASO_APPEND_SALT (--no-append-salt): it does not match what Haso accepts',
    );
  });

  it('says the URL is unreachable when the connection is refused (exit 2)', async () => {
    const run = await haso(['doctor'], { ...env(), HASO_BASE_URL: `http://127.0.0.1:${await closedPort()}` });
    expect(run.stdout).toMatch(/connection +FAILED/);
    expect(oneLineError(run)).toMatch(/^haso: http:\/\/127\.0\.0\.1:\d+ is unreachable \(connection refused\)/);
  });
});

describe('haso doctor against a server that accepts only reading (b)', () => {
  let server: Awaited<ReturnType<typeof oneReadingServer>>;
  beforeAll(async () => {
    server = await oneReadingServer({ ...base, key: SEPARATE_KEY, appendSalt: true });
  });
  afterAll(() => server.close());

  it('detects (b) when the key is configured, and says to keep HASO_HMAC_KEY', async () => {
    const run = await haso(['doctor'], { ...MOCK_ENV, HASO_BASE_URL: server.url, HASO_HMAC_KEY: SEPARATE_KEY });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(a\) rejected .*Haso: H000/);
    expect(run.stdout).toMatch(/\(b\) accepted/);
    expect(run.stdout).toMatch(/\(c\) rejected/);
    expect(run.stdout).toContain('Haso accepts reading (b)');
    expect(run.stdout).toContain('Keep HASO_HMAC_KEY');
  });

  it('without the key every reading tried is rejected, and it suggests setting HASO_HMAC_KEY', async () => {
    const run = await haso(['doctor', '--json'], { ...MOCK_ENV, HASO_BASE_URL: server.url });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.readings.map((r: { outcome: string }) => r.outcome)).toEqual(['rejected', 'skipped', 'rejected']);
    expect(report.advice).toContain('set HASO_HMAC_KEY');
  });

  it('haso call with --hmac-key then succeeds', async () => {
    const run = await haso(['call', 'getErrorCodes', '--hmac-key', SEPARATE_KEY], {
      ...MOCK_ENV,
      HASO_BASE_URL: server.url,
    });
    expect(run.code).toBe(0);
  });
});

describe('haso doctor against a server that accepts only reading (c)', () => {
  let server: Awaited<ReturnType<typeof oneReadingServer>>;
  beforeAll(async () => {
    server = await oneReadingServer({ ...base, key: base.salt, appendSalt: false });
  });
  afterAll(() => server.close());

  it('detects (c) and says to set HASO_APPEND_SALT=false', async () => {
    const run = await haso(['doctor'], { ...MOCK_ENV, HASO_BASE_URL: server.url, HASO_IP_ADDRESS: '85.105.12.34' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(a\) rejected/);
    expect(run.stdout).toMatch(/\(c\) accepted/);
    expect(run.stdout).toContain('Haso accepts reading (c)');
    expect(run.stdout).toContain('Set HASO_APPEND_SALT=false (or pass --no-append-salt)');
  });

  it('haso call succeeds with --no-append-salt and is refused without it', async () => {
    const env = { ...MOCK_ENV, HASO_BASE_URL: server.url };
    expect((await haso(['call', 'getErrorCodes', '--no-append-salt'], env)).code).toBe(0);
    expect((await haso(['call', 'getErrorCodes'], { ...env, HASO_APPEND_SALT: 'false' })).code).toBe(0);
    expect(oneLineError(await haso(['call', 'getErrorCodes'], env), 1)).toMatch(/Success=false: H000/);
  });
});

describe('haso doctor against servers that do not behave like Haso', () => {
  it('a server that checks no token accepts several readings: it says it cannot tell', async () => {
    const server = await oneReadingServer('any');
    try {
      const run = await haso(['doctor'], { ...MOCK_ENV, HASO_BASE_URL: server.url });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Haso accepted several readings (a, c)');
    } finally {
      await server.close();
    }
  });

  it('a URL that answers something else than the envelope (404) → exit 2, one line', async () => {
    const run = await haso(['doctor'], { ...MOCK_ENV, HASO_BASE_URL: `${inject('mockUrl')}/not-haso` });
    expect(oneLineError(run)).toMatch(/answered POST \/Index\/GetErrorCodes, but not like Haso \(.*HTTP 404/);
  });
});
