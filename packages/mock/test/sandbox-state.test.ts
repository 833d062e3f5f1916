// Sandbox state with real haso-mock processes: isolation per session header, reset, deterministic ids, the state
// file across a restart, corrupt files, seed files, --stateless, and the flags' usage errors.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_CREDENTIALS } from '../src/index.js';
import { operations, responseExamples } from './helpers.js';
import { type CliMock, customer, dataOf, failingCli, flowCall, startCli } from './sandbox-process.js';

// Real haso-mock and Prism processes start here, next to other suites doing the same on a shared machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const dir = mkdtempSync(join(tmpdir(), 'haso-mock-sandbox-'));

async function state(
  url: string,
  session?: string,
): Promise<{ initial: unknown; scopes: { session: string; customers: { customerId: string; tckn?: string }[] }[] }> {
  const headers: Record<string, string> = session === undefined ? {} : { 'x-haso-mock-session': session };
  const answer = await fetch(new URL('/__mock/state', url), { headers });
  expect(answer.status).toBe(200);
  return answer.json() as never;
}

async function reset(url: string, session?: string): Promise<unknown> {
  const headers: Record<string, string> = session === undefined ? {} : { 'x-haso-mock-session': session };
  const answer = await fetch(new URL('/__mock/reset', url), { method: 'POST', headers });
  expect(answer.status).toBe(200);
  return answer.json();
}

describe('one sandbox process', () => {
  let mock: CliMock;
  beforeAll(async () => {
    mock = await startCli(['--quiet']);
  });
  afterAll(() => mock.stop());

  it('keeps each x-haso-mock-session apart, and resets one session or all', async () => {
    const a = dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000001'), 'a'));
    const b = dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000001'), 'b'));
    expect(a.CustomerId).not.toBe(b.CustomerId);
    // a's KkbRefNo is unknown in b, known in a
    expect((await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: a.KkbRefNo }, 'b')).json()).toMatchObject({
      Success: false,
    });
    expect(dataOf(await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: a.KkbRefNo }, 'a')).KkbRefNo).toBe(a.KkbRefNo);
    expect((await state(mock.url, 'a')).scopes.map((s) => s.session)).toEqual(['a']);

    expect(await reset(mock.url, 'a')).toEqual({ reset: true, scopes: 1, session: 'a' });
    expect((await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: a.KkbRefNo }, 'a')).json()).toMatchObject({
      Success: false,
    });
    expect(dataOf(await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: b.KkbRefNo }, 'b')).KkbRefNo).toBe(b.KkbRefNo);
    await reset(mock.url);
    expect((await state(mock.url)).scopes).toEqual([]);
    // the initial state (the spec's example identifiers) survives every reset
    expect(dataOf(await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: 'KKB-20261123-0001' }, 'b')).KkbRefNo).toBe(
      'KKB-20261123-0001',
    );
  });

  it('GET /__mock/state shows the initial state and never the salt', async () => {
    const text = await (await fetch(new URL('/__mock/state', mock.url))).text();
    expect(text).not.toContain(TEST_CREDENTIALS.merchantSalt);
    const view = JSON.parse(text) as {
      initial: { customers: { customerId: string }[]; kkbRequests: { kkbRefNo: string }[] };
    };
    expect(view.initial.customers.map((c) => c.customerId)).toContain('5004');
    expect(view.initial.kkbRequests.map((r) => r.kkbRefNo)).toContain('KKB-20261123-0001');
  });

  it('answers 405 on its own paths with another method', async () => {
    expect((await fetch(new URL('/__mock/reset', mock.url))).status).toBe(405);
    expect((await fetch(new URL('/__mock/state', mock.url), { method: 'POST' })).status).toBe(405);
  });
});

describe('--random-seed', () => {
  it('gives the same ids for the same calls, and others for another seed', async () => {
    const run = async (seed: string) => {
      const mock = await startCli(['--quiet', '--random-seed', seed]);
      try {
        const first = dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000002'), 't'));
        const second = dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000003'), 't'));
        return [first.KkbRefNo, first.CustomerId, second.KkbRefNo, second.CustomerId];
      } finally {
        await mock.stop();
      }
    };
    const [one, two, other] = await Promise.all([run('42'), run('42'), run('43')]);
    expect(one).toEqual(two);
    expect(other).not.toEqual(one);
  });
});

describe('--state-file', () => {
  it('keeps the state across a restart (atomic file, no temporary left behind)', async () => {
    const file = join(dir, 'state.json');
    let mock = await startCli(['--quiet', '--state-file', file]);
    const started = dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000004'), 'p'));
    await mock.stop();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'haso-mock-sandbox-state', version: 1 });
    mock = await startCli(['--quiet', '--state-file', file]);
    try {
      expect(dataOf(await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: started.KkbRefNo }, 'p')).KkbRefNo).toBe(
        started.KkbRefNo,
      );
      const again = dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000004'), 'p'));
      expect(again.CustomerId).toBe(started.CustomerId);
    } finally {
      await mock.stop();
    }
    expect(readFileSync(file, 'utf8')).toContain(String(started.KkbRefNo));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another format', JSON.stringify({ format: 'x', version: 1, scopes: [] })],
    ['a wrong field', JSON.stringify({ format: 'haso-mock-sandbox-state', version: 1, scopes: [{ merchantId: 1 }] })],
  ])('a corrupt file (%s) is a clear startup error with exit code 6', async (_name, text) => {
    const file = join(dir, `corrupt-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, text);
    const { code, stderr } = await failingCli(['--state-file', file]);
    expect(code).toBe(6);
    expect(stderr).toMatch(new RegExp(`^haso-mock: the state file ${file} is corrupt: .+ \\(fix it, or delete it`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('--seed', () => {
  it('preloads customers and KKB requests into every scope', async () => {
    const file = join(dir, 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        customers: [{ customerId: '7001', tckn: '20000000005', kkbPhones: ['555*****00'], limit: 42000 }],
        kkbRequests: [{ kkbRefNo: 'KKB-SEED-1', customerId: '7001', pinApproved: false, polls: 0, decided: false }],
      }),
    );
    const mock = await startCli(['--quiet', '--seed', file]);
    try {
      for (const session of ['x', 'y']) {
        expect(dataOf(await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000005'), session))).toEqual({
          CustomerInfo: { CustomerLimit: 42000 },
        });
        expect(dataOf(await flowCall(mock.url, 'reSendKkbPin', { kkbRefNo: 'KKB-SEED-1' }, session)).KkbRefNo).toBe(
          'KKB-SEED-1',
        );
      }
    } finally {
      await mock.stop();
    }
  });

  it('an invalid seed file is exit code 6', async () => {
    const file = join(dir, 'bad-seed.json');
    writeFileSync(file, JSON.stringify({ customers: [{ customerId: 7001 }] }));
    const { code, stderr } = await failingCli(['--seed', file]);
    expect(code).toBe(6);
    expect(stderr).toMatch(
      /^haso-mock: the seed file .+ is not a sandbox seed: seed\.customers\[0\]\.customerId must be a string/,
    );
  });
});

describe('--stateless and usage errors', () => {
  it('--stateless answers the spec’s examples and has no sandbox routes', async () => {
    const mock = await startCli(['--quiet', '--stateless']);
    try {
      const op = operations.find((o) => o.operationId === 'hasoAuthSendInfo')!;
      const answer = await flowCall(mock.url, 'hasoAuthSendInfo', customer('20000000006'));
      expect(answer.json()).toEqual(responseExamples(op.post).get('success-kkbStarted')!.value);
      expect((await fetch(new URL('/__mock/state', mock.url))).status).toBe(404);
    } finally {
      await mock.stop();
    }
  });

  it.each([
    [['--kkb-polls', 'x'], /--kkb-polls must be a non-negative integer/],
    [['--random-seed', '1.5'], /--random-seed must be a non-negative integer/],
    [['--stateless', '--state-file', 'x.json'], /--stateless cannot be combined/],
    [['--state-file', ''], /--state-file must not be empty/],
  ])('haso-mock %j exits 2', async (args, message) => {
    const { code, stderr } = await failingCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
