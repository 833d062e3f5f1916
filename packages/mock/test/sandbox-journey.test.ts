// The limit flow in the default sandbox of the haso-mock bin (a real process, real HTTP), including the client
// README's own quick start.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_CREDENTIALS } from '../src/index.js';
import { operations, post, responseExamples, sign } from './helpers.js';
import { type CliMock, customer, dataOf, flowCall, startCli } from './sandbox-process.js';

// Real haso-mock and Prism processes start here, next to other suites doing the same on a shared machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let mock: CliMock;
beforeAll(async () => {
  mock = await startCli(['--quiet', '--random-seed', '5']);
});
afterAll(() => mock.stop());

const limitOf = (letter: string): number => {
  const op = operations.find((o) => o.operationId === 'askKkbReportResult')!.post;
  return (
    responseExamples(op).get(`testResult-${letter}`)!.value as { Data: { CustomerInfo: { CustomerLimit: number } } }
  ).Data.CustomerInfo.CustomerLimit;
};

let sessions = 0;
const session = () => `journey-${++sessions}`;

async function start(s: string, tckn: string, extra = {}): Promise<Record<string, unknown>> {
  return dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer(tckn, extra), s));
}

describe('the client README’s limit flow against `haso-mock` (sandbox by default)', () => {
  const readme = readFileSync(new URL('../../client/README.md', import.meta.url), 'utf8');
  const code = /## Quick start: the limit flow[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!;
  const dir = new URL('../node_modules/.cache/haso-mock-sandbox-tests/', import.meta.url);

  it('runs for two customers, who get two different KkbRefNos and their limit', async () => {
    mkdirSync(dir, { recursive: true });
    const scripts = ['10000000146', '10000000078'].map((tckn, index) => {
      expect(code).toContain("baseUrl: 'http://127.0.0.1:4010'");
      expect(code).toContain("tckn: '10000000146'");
      const file = join(dir.pathname, `limit-${process.pid}-${index}.mjs`);
      writeFileSync(file, code.replace('http://127.0.0.1:4010', mock.url).replace("'10000000146'", `'${tckn}'`));
      return file;
    });
    try {
      const runs = await Promise.all(
        scripts.map((file) => promisify(execFile)(process.execPath, [file], { timeout: 60_000 })),
      );
      const refs = runs.map(({ stdout }) => /PIN sent to 516\*{5}33 for (KKB-\S+)/.exec(stdout)?.[1]);
      expect(refs[0]).toMatch(/^KKB-\d{8}-\d{4}$/);
      expect(refs[1]).toMatch(/^KKB-\d{8}-\d{4}$/);
      expect(refs[0]).not.toBe(refs[1]);
      for (const { stdout } of runs) expect(stdout).toContain(`limit: ${limitOf('A')}`);
    } finally {
      for (const file of scripts) rmSync(file, { force: true });
    }
  });
});

describe('limit flow rules (5.2.1–5.2.4, 5.1)', () => {
  it('hasoAuthSendInfo registers by tckn: a fresh KkbRefNo and CustomerId, KkbPhones masked from mobileNumber', async () => {
    const s = session();
    const first = await start(s, '10000000078', { mobileNumber: '5321234567' });
    const second = await start(s, '10000000086');
    expect(first.KkbPhones).toEqual(['532*****67']);
    expect(first.KkbRefNo).not.toBe(second.KkbRefNo);
    expect(first.CustomerId).not.toBe(second.CustomerId);
    expect(Object.keys(first).sort()).toEqual(['CustomerId', 'KkbPhones', 'KkbRefNo', 'Message']);
    const again = await start(s, '10000000078');
    expect(again.CustomerId).toBe(first.CustomerId);
    expect(again.KkbRefNo).not.toBe(first.KkbRefNo);
  });

  it('sendKkbPinCode and askKkbReportResult answer M101 for --kkb-polls (2) checks, then CustomerInfo', async () => {
    const s = session();
    const { KkbRefNo: kkbRefNo, CustomerId: customerId } = await start(s, '10000000094');
    const pin = dataOf(await flowCall(mock.url, 'sendKkbPinCode', { kkbRefNo, pinCode: '1', testResult: 'C' }, s));
    expect(pin).toEqual({ KkbRefNo: kkbRefNo, Message: 'M101' });
    for (let poll = 0; poll < 2; poll++) {
      expect(dataOf(await flowCall(mock.url, 'askKkbReportResult', { kkbRefNo }, s))).toEqual({
        KkbRefNo: kkbRefNo,
        Message: 'M101',
      });
    }
    const done = dataOf(await flowCall(mock.url, 'askKkbReportResult', { kkbRefNo }, s));
    expect(done).toEqual({ CustomerInfo: { CustomerLimit: limitOf('C') } });
    // afterwards: the documented "already registered" branch and the limit query
    expect(await start(s, '10000000094')).toEqual(done);
    const info = dataOf(await flowCall(mock.url, 'getCustomerInformation', { customerId, orderAmount: '50000' }, s));
    expect(info).toEqual(done);
  });

  it('testResult RETRY keeps answering M101; E and F give limit 0', async () => {
    const s = session();
    const { KkbRefNo: retry } = await start(s, '10000000108');
    await flowCall(mock.url, 'sendKkbPinCode', { kkbRefNo: retry, pinCode: '1', testResult: 'RETRY' }, s);
    for (let poll = 0; poll < 5; poll++) {
      const data = dataOf(await flowCall(mock.url, 'askKkbReportResult', { kkbRefNo: retry, testResult: 'RETRY' }, s));
      expect(data.Message).toBe('M101');
    }
    for (const [tckn, letter] of [
      ['10000000116', 'E'],
      ['10000000124', 'F'],
    ] as const) {
      const { KkbRefNo: kkbRefNo } = await start(s, tckn);
      await flowCall(mock.url, 'sendKkbPinCode', { kkbRefNo, pinCode: '1', testResult: letter }, s);
      let data: Record<string, unknown> = {};
      for (let poll = 0; poll < 3; poll++)
        data = dataOf(await flowCall(mock.url, 'askKkbReportResult', { kkbRefNo }, s));
      expect(data).toEqual({ CustomerInfo: { CustomerLimit: 0 } });
    }
  });

  it('PreDefinedLimit > 0 follows the OTP branch: OtpCode, then the PIN must be that code', async () => {
    const s = session();
    const started = await start(s, '10000000132', { PreDefinedLimit: '2500000' });
    expect(started.OtpCode).toMatch(/^\d{6}$/);
    const wrong = await flowCall(mock.url, 'sendKkbPinCode', { kkbRefNo: started.KkbRefNo, pinCode: 'x' }, s);
    expect(wrong.json()).toMatchObject({ Success: false, Data: null });
    const right = dataOf(
      await flowCall(mock.url, 'sendKkbPinCode', { kkbRefNo: started.KkbRefNo, pinCode: started.OtpCode }, s),
    );
    expect(right).toEqual({ CustomerInfo: { CustomerLimit: 25000 } });
  });

  it('reSendKkbPin, sendKkbPinCode and askKkbReportResult work only for a known KkbRefNo', async () => {
    const s = session();
    const { KkbRefNo: kkbRefNo } = await start(s, '10000000140');
    expect(dataOf(await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo }, s))).toEqual({
      KkbRefNo: kkbRefNo,
      Message: 'RS100',
    });
    for (const operationId of ['reSendKkbPin', 'sendKkbPinCode', 'askKkbReportResult'] as const) {
      const pin = operationId === 'sendKkbPinCode' ? { pinCode: '1' } : {};
      const answer = await flowCall(mock.url, operationId, { kkbRefNo: 'KKB-00000000-0000', ...pin }, s);
      expect(answer.status).toBe(200);
      expect(answer.json()).toMatchObject({
        Success: false,
        Errors: [expect.stringContaining('kkbRefNo')],
        Data: null,
      });
    }
  });

  it('getCustomerInformation answers CustomerInfo null for an unknown customerId (documented)', async () => {
    const info = dataOf(
      await flowCall(mock.url, 'getCustomerInformation', { customerId: '999', orderAmount: '1' }, session()),
    );
    expect(info).toEqual({ CustomerInfo: null });
  });

  it('an explicit Prefer example is answered as the spec writes it (the sandbox steps aside)', async () => {
    const answer = await flowCall(mock.url, 'hasoAuthSendInfo', customer('10000000159'), session());
    const body = sign('hasoAuthSendInfo', {
      merchantId: TEST_CREDENTIALS.merchantId,
      ipAddress: '85.105.12.34',
      ...customer('10000000159'),
    });
    const chosen = await post(mock.url, '/RequestV2/HasoAuthSendInfo', body, {
      headers: { prefer: 'example=success-kkbStarted' },
    });
    const example = responseExamples(operations.find((o) => o.operationId === 'hasoAuthSendInfo')!.post).get(
      'success-kkbStarted',
    )!;
    expect(chosen.json()).toEqual(example.value);
    expect(answer.json()).not.toEqual(example.value);
  });
});
