// The hosted pages over plain HTTP (the browser round trip is hosted-browser.test.ts): validation and the failure
// page, Approve / Decline / Cancel, the attested fields, and the callbackUrl POST with its bounded retry.

import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock, TEST_CREDENTIALS } from '../src/index.js';
import { eventually, formEncode, journal, operations, post, validRequest } from './helpers.js';

/** A merchant's callback endpoint: answers the statuses given, in order (the last one repeats). */
class Merchant {
  readonly posts: { path: string; body: string }[] = [];
  statuses: number[] = [200];
  private waiters: (() => void)[] = [];
  readonly server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      this.posts.push({ path: req.url ?? '', body });
      const status = this.statuses.length > 1 ? this.statuses.shift()! : this.statuses[0]!;
      res.writeHead(status, status >= 300 && status < 400 ? { location: '/elsewhere' } : {}).end();
      for (const wake of this.waiters.splice(0)) wake();
    });
  });
  url = '';
  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }
  /** Resolves once `count` POSTs arrived. */
  async received(count: number): Promise<void> {
    while (this.posts.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}

let mock: RunningMock;
const merchant = new Merchant();
const logs: string[] = [];
beforeAll(async () => {
  await merchant.start();
  mock = await startMock({ port: 0, logger: (line) => logs.push(line), randomSeed: 9 });
});
afterAll(async () => {
  await mock.close();
  merchant.server.close();
});

const op = (operationId: string) => operations.find((o) => o.operationId === operationId)!;

function order(operationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...validRequest(op(operationId).post).body,
    okUrl: `${merchant.url}/ok`,
    failUrl: `${merchant.url}/fail`,
    callbackUrl: `${merchant.url}/callback`,
    ...extra,
  };
}

async function open(operationId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const page = await post(mock.url, op(operationId).path, order(operationId, extra), { form: true });
  expect(page.status).toBe(200);
  expect(page.text).toContain('not Haso’s screens');
  return /action="\/__mock\/hosted\/(\d{16})"/.exec(page.text)![1]!;
}

function press(pageId: string, action: string, extra: Record<string, string> = {}) {
  return post(mock.url, `/__mock/hosted/${pageId}`, formEncode({ action, ...extra }), { form: true });
}

/** The fields of the return page's auto-submitted form, and where it posts. */
function returnForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form id="haso-mock-return" method="post" action="([^"]+)"/.exec(html)![1]!;
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[name!] = value!;
  return { action, fields };
}

async function callbackOf(
  pageId: string,
): Promise<{ outcome: string; attempts: number; lastStatus?: unknown } | undefined> {
  const state = (await (await fetch(new URL('/__mock/state', mock.url))).json()) as {
    scopes: { hostedPages: { pageId: string; callback?: never }[] }[];
  };
  return state.scopes.flatMap((s) => s.hostedPages).find((p) => p.pageId === pageId)?.callback;
}

async function settled(pageId: string) {
  for (;;) {
    const callback = await callbackOf(pageId);
    if (callback && callback.outcome !== 'pending') return callback;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('hosted pages (Transaction, TransactionMobile, GetLimit)', () => {
  it('Approve posts the attested fields to okUrl and the CustomerId to callbackUrl', async () => {
    const pageId = await open('transaction');
    const before = merchant.posts.length;
    const answer = await press(pageId, 'approve');
    const { action, fields } = returnForm(answer.text);
    expect(action).toBe(`${merchant.url}/ok`);
    expect(Object.keys(fields).sort()).toEqual(['customerId', 'transactionCode']);
    expect(fields.customerId).toBe(String(validRequest(op('transaction').post).body.customerId));
    await merchant.received(before + 1);
    expect(merchant.posts[before]).toEqual({ path: '/callback', body: `CustomerId=${fields.customerId}` });
    expect(await settled(pageId)).toEqual({ outcome: 'delivered', attempts: 1, lastStatus: 200 });
    expect(
      logs.some((line) => line.includes(`callback POST ${merchant.url}/callback delivered (200, attempt 1)`)),
    ).toBe(true);
    // a page is used once
    expect((await press(pageId, 'approve')).status).toBe(409);
  });

  it('the callback POST’s outcome is listed in GET /__mock/requests (origin and path, no query)', async () => {
    const pageId = await open('transaction', { callbackUrl: `${merchant.url}/callback?secret=s3` });
    await press(pageId, 'approve');
    await settled(pageId);
    const rows = await eventually(
      () => journal(mock.url),
      (list) => list.some((row) => row.operationId === 'callbackUrl'),
    );
    expect(rows.filter((row) => row.operationId === 'callbackUrl').at(-1)).toMatchObject({
      method: 'POST',
      path: `${merchant.url}/callback`,
      verdict: null,
      scenario: 'callback-delivered',
      status: 200,
      ms: expect.any(Number),
    });
    expect(JSON.stringify(rows)).not.toContain('s3');
  });

  it('Decline and Cancel return to failUrl without a field and notify nobody', async () => {
    for (const action of ['decline', 'cancel']) {
      const pageId = await open('transactionMobile');
      const before = merchant.posts.length;
      const { action: target, fields } = returnForm((await press(pageId, action)).text);
      expect(target).toBe(`${merchant.url}/fail`);
      expect(fields).toEqual({});
      expect(await callbackOf(pageId)).toBeUndefined();
      expect(merchant.posts.length).toBe(before);
    }
  });

  it('GetLimit: Approve registers a customer with the chosen outcome’s limit', async () => {
    const pageId = await open('getLimit');
    const { fields } = returnForm((await press(pageId, 'approve', { testResult: 'D' })).text);
    expect(Object.keys(fields)).toEqual(['customerId']);
    const info = await post(mock.url, '/Index/GetCustomerInformation', {
      merchantId: TEST_CREDENTIALS.merchantId,
      customerId: fields.customerId,
      orderAmount: '1',
    });
    expect((info.json() as { Data: unknown }).Data).toEqual({ CustomerInfo: { CustomerLimit: 5000 } });
    await settled(pageId);
  });

  it('retries a failing callback (500, then 200), does not follow a redirect, and gives up after 3 attempts', async () => {
    merchant.statuses = [500, 200];
    let pageId = await open('transaction');
    await press(pageId, 'approve');
    expect(await settled(pageId)).toEqual({ outcome: 'delivered', attempts: 2, lastStatus: 200 });
    merchant.statuses = [302];
    pageId = await open('transaction');
    const before = merchant.posts.length;
    await press(pageId, 'approve');
    expect(await settled(pageId)).toEqual({ outcome: 'failed', attempts: 3, lastStatus: 302 });
    expect(merchant.posts.slice(before).map((p) => p.path)).toEqual(['/callback', '/callback', '/callback']);
    merchant.statuses = [200];
  });

  it.each([
    ['another merchantId', { merchantId: '999' }, /merchantId is not the mock&#39;s merchantId/],
    ['an okUrl that is not http(s)', { okUrl: 'javascript:alert(1)' }, /okUrl is not an absolute http\(s\) URL/],
    ['no orderAmount', { orderAmount: undefined }, /orderAmount is missing/],
    ['no token (Prism rejects the post)', { token: undefined }, /token/],
  ])('an invalid post (%s) gets the failure page', async (_name, extra, problem) => {
    const body = order('transaction', extra);
    for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
    const page = await post(mock.url, op('transaction').path, body, { form: true });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('Rejected form post');
    expect(page.text).toMatch(problem);
  });

  it('escapes what it shows and answers 404 for an unknown page', async () => {
    const page = await post(
      mock.url,
      op('transaction').path,
      order('transaction', { merchantOid: '<script>x</script>' }),
      { form: true },
    );
    expect(page.text).not.toContain('<script>x</script>');
    expect(page.text).toContain('&#60;script&#62;x&#60;/script&#62;');
    expect((await press('0000000000000000', 'approve')).status).toBe(404);
  });
});
