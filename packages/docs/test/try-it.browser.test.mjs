// The Try-it console in a real Chromium against a real haso-mock (port 0): every signed operation succeeds with the
// prefilled test credentials and gets the mock's invalid-token answer with another salt, the token shown and sent is
// the HMAC computed here with node:crypto, once with the page opened from disk and once served. Every request goes to
// 127.0.0.1 and nothing is stored.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startMock, TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { componentExample } from '@haso-toolkit/spec/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../src/index.mjs';
import { operationHref } from '../src/nav-links.mjs';
import { DIST_DIR } from '../src/paths.mjs';
import { listOperations } from '../src/spec-model.mjs';
import { hasChromium, launchChromium, loopbackContext } from './browser.mjs';
import { builtIndexFile, defined, entryOf, independentMockToken, renderedSpec } from './helpers.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */

const run = promisify(execFile);
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
const spec = renderedSpec();
const signed = listOperations(spec).filter((e) => e.source === 'path' && e.operation['x-haso-signature']);
const invalidToken = componentExample(spec, 'InvalidRequestToken');
const OTHER_SALT = 'not-the-mock-salt';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof startMock>>} */
let mock;

beforeAll(async () => {
  builtIndexFile();
  if (!hasChromium) return;
  [browser, mock] = await Promise.all([launchChromium(), startMock({ port: 0, quiet: true })]);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe.skipIf(!hasChromium).each([['file://'], ['served']])('Try it, page %s', (mode) => {
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {Awaited<ReturnType<typeof loopbackContext>>} */
  let local;
  /** @type {Awaited<ReturnType<typeof serveDocs>> | undefined} */
  let docs;
  let site = '';

  beforeAll(async () => {
    docs = mode === 'served' ? await serveDocs({ port: 0 }) : undefined;
    site = docs ? docs.url : pathToFileURL(join(DIST_DIR, 'index.html')).href;
    local = await loopbackContext(browser);
    page = await local.context.newPage();
    await page.goto(site, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await local?.context.close();
    await docs?.close();
  });

  /** Opens an operation's section and its console, pointed at the test's mock with the prefilled credentials. */
  async function openConsole(/** @type {OperationObject} */ operation) {
    await page.goto(new URL(operationHref(operation), site).href);
    await page.locator(`[id="${operationHref(operation).slice(2)}"] .haso-try-it-open`).click();
    const dialog = page.locator('[data-haso="console"]');
    await dialog.locator('[data-haso="baseUrl"]').fill(mock.url);
    return dialog;
  }

  /** Presses Send and returns the body the page sent and the status line it then shows. */
  async function send(/** @type {import('playwright-core').Locator} */ dialog, /** @type {string} */ path) {
    const request = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url() === `${mock.url.replace(/\/$/, '')}${path}`,
    );
    await dialog.locator('[data-haso="send"]').click();
    const body = JSON.parse((await request).postData() ?? '');
    const status = dialog.locator('[data-haso="status"]').filter({ hasText: /^HTTP \d+/ });
    await status.waitFor();
    return { body, status: await status.innerText() };
  }

  it.each(signed.map((e) => [e.operation.operationId, e]))(
    '%s: success, then the invalid-token answer',
    async (_, entry) => {
      const { operation, key } = entry;
      const dialog = await openConsole(operation);
      expect(await dialog.locator('[data-haso="merchantSalt"]').inputValue()).toBe(TEST_CREDENTIALS.merchantSalt);

      const ok = await send(dialog, key);
      expect(ok.status).toBe('HTTP 200 · Success: true');
      expect(ok.body.merchantId).toBe(TEST_CREDENTIALS.merchantId);
      const expected = independentMockToken(operation, ok.body);
      expect(ok.body.requestToken).toBe(expected);
      expect(await dialog.locator('[data-haso="token"]').innerText()).toBe(expected);
      const masked = await dialog.locator('[data-haso="masked"]').innerText();
      expect(masked).not.toContain(TEST_CREDENTIALS.merchantSalt);
      const signature = defined(operation['x-haso-signature'], `${operation.operationId}'s x-haso-signature`);
      expect(masked.endsWith(`<${signature.salt}>`)).toBe(true);
      const rows = await dialog.locator('.haso-parts tbody tr').count();
      expect(rows).toBe(signature.fields.length + 1);

      await dialog.locator('[data-haso="merchantSalt"]').fill(OTHER_SALT);
      const rejected = await send(dialog, key);
      expect(rejected.status).toBe('HTTP 200 · Success: false');
      expect(JSON.parse(await dialog.locator('[data-haso="response"]').innerText())).toEqual(invalidToken);
      expect(await dialog.locator('[data-haso="problem"]').innerText()).toContain(
        'The server rejected the requestToken',
      );
      await dialog.locator('[data-haso="merchantSalt"]').fill(TEST_CREDENTIALS.merchantSalt);
      await dialog.locator('[data-haso="close"]').click();
    },
  );

  it('stored nothing and sent every request to 127.0.0.1', async () => {
    const stored = await page.evaluate(async () => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookies: document.cookie,
      url: location.href,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(stored).toMatchObject({ local: [], databases: [] });
    // Redoc keeps its own view state in sessionStorage and (served) a cookie; the console writes nothing anywhere.
    for (const [name] of stored.session) expect(name).toMatch(/^redoc\./);
    for (const cookie of stored.cookies.split(/;\s*/).filter(Boolean)) expect(cookie).toMatch(/^redoc\.[\w.]+=/);
    for (const secret of [TEST_CREDENTIALS.merchantSalt, OTHER_SALT])
      expect(JSON.stringify(stored)).not.toContain(secret);
    expect(local.requests.filter((u) => u.startsWith(mock.url)).length).toBeGreaterThanOrEqual(signed.length * 2);
    expect(local.offHost).toEqual([]);
  });

  it('copies a curl command that the mock accepts as is', async () => {
    const dialog = await openConsole(entryOf(spec, 'reSendKkbPin').operation);
    await dialog.locator('[data-haso="copy-curl"]').click();
    await dialog.locator('[data-haso="copied"]').filter({ hasText: /./ }).waitFor();
    const command = await dialog.locator('[data-haso="curl"]').textContent();
    expect(command).not.toContain(TEST_CREDENTIALS.merchantSalt);
    const { stdout } = await run('sh', ['-c', String(command)], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toMatchObject({ Success: true });
    await dialog.locator('[data-haso="close"]').click();
  });

  if (mode === 'served') {
    it('saves a screenshot of a console with a response', async () => {
      const dialog = await openConsole(entryOf(spec, 'reSendKkbPin').operation);
      expect((await send(dialog, '/RequestV2/ReSendKkbPin')).status).toBe('HTTP 200 · Success: true');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.setViewportSize({ width: 1440, height: 1300 });
      await page.screenshot({ path: join(SCREENSHOTS, 'try-it.png'), animations: 'disabled' });
      await page.setViewportSize({ width: 1440, height: 900 });
      await dialog.locator('[data-haso="close"]').click();
    });
  }
});

describe.skipIf(!hasChromium)('Try it, readable errors and form posts', () => {
  /** @type {import('playwright-core').Page} */
  let page;
  /** @type {Awaited<ReturnType<typeof loopbackContext>>} */
  let local;
  /** @type {Awaited<ReturnType<typeof serveDocs>>} */
  let docs;
  /** A server on 127.0.0.1 that answers without any CORS header. */
  const noCors = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"Success":true}'),
  );
  let noCorsUrl = '';
  let closedUrl = '';

  beforeAll(async () => {
    docs = await serveDocs({ port: 0 });
    await new Promise((resolve) => noCors.listen(0, '127.0.0.1', () => resolve(undefined)));
    noCorsUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (noCors.address()).port}`;
    closedUrl = await closedPortUrl();
    local = await loopbackContext(browser);
    page = await local.context.newPage();
    await page.goto(docs.url, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await local?.context.close();
    await docs?.close();
    noCors.close();
  });

  /** @param {string} operationId */
  async function openConsole(operationId) {
    const href = operationHref(entryOf(spec, operationId).operation);
    await page.goto(new URL(href, docs.url).href);
    await page.locator(`[id="${href.slice(2)}"] .haso-try-it-open`).click();
    return page.locator('[data-haso="console"]');
  }

  /** Sends to a base URL and returns the problem the console shows. */
  async function problemFrom(/** @type {import('playwright-core').Locator} */ dialog, /** @type {string} */ baseUrl) {
    await dialog.locator('[data-haso="baseUrl"]').fill(baseUrl);
    await dialog.locator('[data-haso="send"]').click();
    await dialog
      .locator('[data-haso="status"]')
      .filter({ hasText: /^No answer|^HTTP/ })
      .waitFor();
    return dialog.locator('[data-haso="problem"]').innerText();
  }

  it('says how to start the mock when nothing listens, and names CORS when the answer is blocked', async () => {
    const dialog = await openConsole('getErrorCodes');
    expect(await problemFrom(dialog, closedUrl)).toContain('npx -y pnpm@10.34.9 start');
    const cors = await problemFrom(dialog, noCorsUrl);
    expect(cors).toContain('CORS');
    expect(cors).toContain(`this page's origin (${new URL(docs.url).origin})`);
    await dialog.locator('[data-haso="close"]').click();
  });

  it('warns when the base URL is not a loopback address', async () => {
    const dialog = await openConsole('getErrorCodes');
    const warning = dialog.locator('[data-haso="warning"]');
    expect(await warning.isVisible()).toBe(false);
    await dialog.locator('[data-haso="baseUrl"]').fill('https://haso.example.com');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('haso.example.com is not a loopback address');
    await dialog.locator('[data-haso="baseUrl"]').fill(mock.url);
    await warning.waitFor({ state: 'hidden' });
    await dialog.locator('[data-haso="close"]').click();
  });

  it('points at the field and position of invalid JSON and sends nothing', async () => {
    const dialog = await openConsole('reSendKkbPin');
    await dialog.locator('[data-haso="baseUrl"]').fill(mock.url);
    const sent = local.requests.length;
    await dialog.locator('[data-haso="body"]').fill('{\n  "ipAddress": "85.105.12.34",\n  "kkbRefNo": KKB-1\n}');
    await dialog.locator('[data-haso="send"]').click();
    const error = dialog.locator('[data-haso="input-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('at line 3, column 15 in field "kkbRefNo"');
    expect(local.requests.length).toBe(sent);
    await dialog.locator('[data-haso="body"]').fill('{"kkbRefNo": "KKB-1"}');
    await error.waitFor({ state: 'hidden' });
    await dialog.locator('[data-haso="close"]').click();
  });

  it('opens a browser form post in a new tab against the mock', async () => {
    const entry = entryOf(spec, 'transaction');
    const dialog = await openConsole('transaction');
    await dialog.locator('[data-haso="baseUrl"]').fill(mock.url);
    expect(await dialog.locator('[data-haso="send"]').isVisible()).toBe(false);
    const target = `${mock.url.replace(/\/$/, '')}${entry.key}`;
    const posted = local.context.waitForEvent('request', (r) => r.method() === 'POST' && r.url() === target);
    const [tab] = await Promise.all([
      local.context.waitForEvent('page'),
      dialog.locator('[data-haso="open-form"]').click(),
    ]);
    const request = await posted;
    expect(request.frame().page()).toBe(tab);
    expect(new URLSearchParams(request.postData() ?? '').get('merchantId')).toBe(TEST_CREDENTIALS.merchantId);
    expect((await request.response())?.status()).toBe(200);
    await tab.waitForLoadState();
    expect(await tab.title()).toMatch(/haso-mock$/); // the sandbox's hosted page
    await tab.close();
    await dialog.locator('[data-haso="close"]').click();
  });

  it('sends every unsigned JSON operation without a token and gets Success: true', async () => {
    const unsigned = listOperations(spec).filter(
      (e) => e.source === 'path' && !e.operation['x-haso-signature'] && !e.key.startsWith('/ServletV2/'),
    );
    expect(unsigned.length).toBeGreaterThan(10);
    for (const { operation, key } of unsigned) {
      const dialog = await openConsole(operation.operationId);
      await dialog.locator('[data-haso="baseUrl"]').fill(mock.url);
      const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(key));
      await dialog.locator('[data-haso="send"]').click();
      const body = JSON.parse((await request).postData() ?? '');
      await dialog
        .locator('[data-haso="status"]')
        .filter({ hasText: /^HTTP \d+/ })
        .waitFor();
      expect(await dialog.locator('[data-haso="status"]').innerText(), key).toBe('HTTP 200 · Success: true');
      expect(body, key).not.toHaveProperty('requestToken');
      expect(body.merchantId ?? body.MerchantId, key).toBe(TEST_CREDENTIALS.merchantId);
      await dialog.locator('[data-haso="close"]').click();
    }
  });

  it('made no request outside 127.0.0.1', () => {
    expect(local.offHost).toEqual([]);
  });
});

/** A URL of a port on 127.0.0.1 that nothing listens on (taken from the system, then released). */
async function closedPortUrl() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return `http://127.0.0.1:${port}`;
}
