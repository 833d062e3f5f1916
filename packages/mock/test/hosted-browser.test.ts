// The e-commerce round trip in Debian's Chromium (playwright-core): a merchant page served by the test posts its
// checkout form to the mock's /ServletV2/Transaction, the customer presses Approve (or Decline) on the mock's page,
// the browser lands on the merchant's okUrl (failUrl) with the attested fields, and callbackUrl gets its POST.

import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningMock, startMock, TEST_CREDENTIALS } from '../src/index.js';

// Real haso-mock and Prism processes start here, next to other suites doing the same on a shared machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'.split(
    ' ',
  );
if (process.env.CI && !existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);

interface Received {
  readonly path: string;
  readonly fields: Record<string, string>;
}

/** The merchant: a checkout page, okUrl / failUrl pages, and the callback endpoint. */
function merchantServer(mockUrl: () => string, received: Received[], arrived: () => void): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      const base = `http://${req.headers.host}`;
      if (req.method === 'GET' && path === '/checkout') {
        const fields = {
          token: 'token-from-getToken',
          orderAmount: '50000',
          merchantId: TEST_CREDENTIALS.merchantId,
          okUrl: `${base}/ok`,
          failUrl: `${base}/fail`,
          callbackUrl: `${base}/callback`,
          merchantOid: `ORD-${Math.random().toString(36).slice(2, 10)}`,
        };
        const inputs = Object.entries(fields)
          .map(([k, v]) => `<input type="hidden" name="${k}" value="${v}">`)
          .join('');
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(
          `<!DOCTYPE html><title>Shop</title><form method="post" action="${mockUrl()}/ServletV2/Transaction">${inputs}<button>Pay with Haso</button></form>`,
        );
      }
      received.push({ path, fields: Object.fromEntries(new URLSearchParams(body)) });
      arrived();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!DOCTYPE html><title>Shop result</title><h1 id="result">${path === '/ok' ? 'Thank you' : 'Payment failed'}</h1>`,
      );
    });
  });
}

describe.skipIf(!existsSync(CHROMIUM))('e-commerce round trip in Chromium', () => {
  let mock: RunningMock;
  let shop: Server;
  let shopUrl = '';
  let browser: Browser;
  let page: Page;
  const received: Received[] = [];
  const offHost: string[] = [];
  let wake: () => void = () => undefined;
  const arrived = () => wake();
  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise<void>((resolve) => (wake = resolve));
  };

  beforeAll(async () => {
    mock = await startMock({ port: 0, quiet: true, randomSeed: 21 });
    shop = merchantServer(() => mock.url, received, arrived).listen(0, '127.0.0.1');
    await once(shop, 'listening');
    shopUrl = `http://127.0.0.1:${(shop.address() as { port: number }).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offHost.push(url.href);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    shop?.close();
    await mock?.close();
  });

  it('checkout → mock page → Approve → okUrl receives the attested fields, callbackUrl its POST', async () => {
    await page.goto(`${shopUrl}/checkout`);
    await page.getByRole('button', { name: 'Pay with Haso' }).click();
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    expect(await page.getByRole('note').textContent()).toContain('not Haso’s screens');
    expect(await page.locator('table').textContent()).toContain('50000');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(`${shopUrl}/ok`);
    expect(await page.locator('#result').textContent()).toBe('Thank you');
    await until(() => received.some((r) => r.path === '/callback'));
    const ok = received.find((r) => r.path === '/ok')!;
    expect(Object.keys(ok.fields).sort()).toEqual(['customerId', 'transactionCode']);
    expect(received.find((r) => r.path === '/callback')!.fields).toEqual({ CustomerId: ok.fields.customerId });
    expect(offHost).toEqual([]);
  });

  it('Decline sends the browser to failUrl, with no field, and no callback', async () => {
    const before = received.length;
    await page.goto(`${shopUrl}/checkout`);
    await page.getByRole('button', { name: 'Pay with Haso' }).click();
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL(`${shopUrl}/fail`);
    expect(await page.locator('#result').textContent()).toBe('Payment failed');
    expect(received.slice(before)).toEqual([{ path: '/fail', fields: {} }]);
  });
});
