// haso call against the mock started by global-setup: exit codes 0 / 1 / 2 and the printed envelope.
import { describe, expect, inject, it } from 'vitest';
import { closedPort, haso, MOCK_ENV, oneLineError } from './helpers.js';

const env = () => ({ ...MOCK_ENV, HASO_BASE_URL: inject('mockUrl') });
const body = JSON.stringify({ ipAddress: '85.105.12.34', kkbRefNo: 'KKB-20261123-0001' });

describe('haso call', () => {
  it('exit 0 on Success: true, the envelope pretty-printed', async () => {
    const run = await haso(['call', 'reSendKkbPin', '--body', body], env());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\{\n {2}"Success": true,/);
    expect(JSON.parse(run.stdout)).toMatchObject({ Success: true, Data: { KkbRefNo: 'KKB-20261123-0001' } });
  });

  it('--json prints the envelope as received, on one line', async () => {
    const run = await haso(['call', 'getErrorCodes', '--json'], env());
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout).Success).toBe(true);
  });

  it('passes --prefer to the mock: example=failure → exit 1, envelope on stdout, the error on one line', async () => {
    const run = await haso(['call', 'reSendKkbPin', '--prefer', 'example=failure', '--body', body], env());
    expect(JSON.parse(run.stdout)).toMatchObject({ Success: false, Data: null });
    expect(oneLineError(run, 1)).toMatch(/^haso: reSendKkbPin: Haso answered Success=false: /);
  });

  it('--include prints the HTTP status and the headers before the envelope', async () => {
    const run = await haso(['call', 'reSendKkbPin', '--include', '--body', body], env());
    expect(run.code).toBe(0);
    const [head = '', envelope = ''] = run.stdout.split('\n\n');
    expect(head).toMatch(/^HTTP 200\n/);
    expect(head).toMatch(/^content-type: application\/json$/m);
    expect(JSON.parse(envelope)).toMatchObject({ Success: true, Data: { KkbRefNo: 'KKB-20261123-0001' } });
  });

  it('--include on an answer that is not the envelope: its status and headers, then the failure line', async () => {
    const run = await haso(['call', 'reSendKkbPin', '-i', '--prefer', 'fault=http-500', '--body', body], env());
    expect(oneLineError(run)).toMatch(/answered POST \/RequestV2\/ReSendKkbPin, but not like Haso \(.*HTTP 500/);
    expect(run.stdout).toMatch(/^HTTP 500\n(.+\n)*content-type: application\/json/);
  });

  it('a rejected token (wrong salt) is Haso answering Success: false → exit 1', async () => {
    const run = await haso(['call', 'getErrorCodes'], { ...env(), HASO_MERCHANT_SALT: 'not-the-mock-salt' });
    expect(oneLineError(run, 1)).toMatch(/requestToken is invalid/);
  });

  it('the sandbox input picks the scenario (testResult=RETRY → M101)', async () => {
    const retry = JSON.stringify({ kkbRefNo: 'KKB-20261123-0001', testResult: 'RETRY' });
    const run = await haso(['call', 'askKkbReportResult', '--body', retry], env());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).Data.Message).toBe('M101');
  });

  it('exit 2 with one line for a body the schema rejects (nothing is sent)', async () => {
    const run = await haso(['call', 'reSendKkbPin', '--body', '{"kkbRefNo":5}'], env());
    expect(oneLineError(run)).toBe('haso: reSendKkbPin: kkbRefNo must be string');
    expect(run.stdout).toBe('');
    const unknown = await haso(['call', 'reSendKkbPin', '--body', '{"kkbRefNo":"K","extra":1}'], env());
    expect(oneLineError(unknown)).toMatch(/extra/);
  });

  it('exit 2 with one line when the URL is unreachable', async () => {
    const run = await haso(['call', 'reSendKkbPin', '--body', body], {
      ...env(),
      HASO_BASE_URL: `http://127.0.0.1:${await closedPort()}`,
    });
    expect(oneLineError(run)).toMatch(/is unreachable \(connection refused\)/);
  });

  it('exit 2 for form posts, missing settings and unknown operations', async () => {
    expect(oneLineError(await haso(['call', 'getLimit'], env()))).toMatch(/getLimit is a browser form post/);
    expect(oneLineError(await haso(['call', 'getErrorCodes'], MOCK_ENV))).toBe(
      'haso: no base URL: pass --base-url or set HASO_BASE_URL (the mock: http://127.0.0.1:4010)',
    );
    expect(oneLineError(await haso(['call', 'ReSendKkbPin'], env()))).toBe(
      "haso: unknown operation 'ReSendKkbPin' (did you mean reSendKkbPin?)",
    );
    expect(oneLineError(await haso(['call', 'getErrorCodes', '--base-url', 'ftp://x'], env()))).toMatch(
      /http\(s\) URL/,
    );
  });

  it('takes the credentials from flags too, and never prints them', async () => {
    const run = await haso([
      'call',
      'getErrorCodes',
      '--base-url',
      inject('mockUrl'),
      '--merchant-id',
      MOCK_ENV.HASO_MERCHANT_ID,
      '--merchant-salt',
      MOCK_ENV.HASO_MERCHANT_SALT,
    ]);
    expect(run.code).toBe(0);
  });
});
