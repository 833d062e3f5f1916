// The built site in a real Chromium (Debian's /usr/bin/chromium via playwright-core), served by serveDocs on a
// random port. Every request that does not go to 127.0.0.1 is aborted and recorded; any such request fails the test.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { requestExample } from '@haso-toolkit/spec/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../src/index.mjs';
import { operationHref } from '../src/nav-links.mjs';
import { listOperations } from '../src/spec-model.mjs';
import { hasChromium, launchChromium, loopbackContext } from './browser.mjs';
import {
  badgesOf,
  codeSamplesOf,
  defined,
  entryOf,
  hmacBase64,
  renderedSpec,
  sandboxRows,
  tagGroupsOf,
} from './helpers.mjs';

const SCREENSHOT = fileURLToPath(new URL('../screenshots/docs.png', import.meta.url));
const spec = renderedSpec();
const operations = listOperations(spec);

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('playwright-core').Page} */
let page;
/** @type {Awaited<ReturnType<typeof serveDocs>>} */
let docs;
/** @type {string[]} Requests that tried to leave 127.0.0.1. */
let offHost = [];

describe.skipIf(!hasChromium)('docs site in Chromium', () => {
  beforeAll(async () => {
    docs = await serveDocs({ port: 0 });
    browser = await launchChromium();
    const local = await loopbackContext(browser);
    offHost = local.offHost;
    page = await local.context.newPage();
    await page.goto(docs.url, { waitUntil: 'load' });
    await page.getByTestId('search-trigger').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await docs?.close();
  });

  it('renders the API title and both navigation groups', async () => {
    await expect(page.locator('h1').first().textContent()).resolves.toContain(spec.info.title);
    const labels = await page.locator('[data-testid="menu-item-label"]').allInnerTexts();
    for (const group of tagGroupsOf(spec)) expect(labels).toContain(group.name);
  });

  it('lists every operation of the spec in the navigation', async () => {
    const seen = new Map();
    const groups = page.locator('[data-component-name="Menu/MenuItem"].menu-item-type-group > a');
    const unseen = () => operations.filter(({ operation }) => !seen.has(operationHref(operation))).length;
    // Each group's entries are read once it is open; a slow render is read on the next pass.
    await expect
      .poll(
        async () => {
          const count = await groups.count();
          for (let i = 0; i < count; i++) {
            await groups.nth(i).click();
            for (const item of await page
              .locator('[data-component-name="Menu/MenuItem"] > a[href^="#/"]')
              .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent ?? '']))) {
              seen.set(item[0], item[1]);
            }
          }
          return unseen();
        },
        { timeout: 20_000 },
      )
      .toBe(0);
    for (const { operation } of operations) {
      const href = operationHref(operation);
      expect(seen.has(href), `${operation.operationId} (${href}) in the navigation`).toBe(true);
      expect(seen.get(href)).toContain(operation.summary);
    }
    // links written into the guides point at real navigation entries
    const guideLinks = spec.tags.flatMap((/** @type {{ description?: string }} */ t) =>
      [...(t.description ?? '').matchAll(/\]\((#\/[a-z0-9-]+\/[a-z0-9-]+)\)/g)].map((m) => m[1]),
    );
    for (const href of guideLinks) expect(seen.has(href), href).toBe(true);
  });

  it('finds an operation with the search box', async () => {
    await page.getByTestId('search-trigger').click();
    await page.keyboard.type('ReSendKkbPin');
    const first = page.locator('[data-testid="search-dialog"] [data-component-name="Search/SearchItem"]').first();
    await expect(first.textContent()).resolves.toContain('/RequestV2/ReSendKkbPin');
    await first.click();
    await page.waitForURL(/#\/limit\/resendkkbpin$/);
  });

  it('shows the TypeScript and curl samples and the status badge of an operation', async () => {
    const { key, operation: op } = entryOf(spec, 'reSendKkbPin');
    await page.goto(new URL(operationHref(op), docs.url).href);
    const panel = page
      .getByTestId('right-panel')
      .filter({ has: page.locator('[data-component-name="CodeBlock/CodeBlock"]') })
      .filter({ hasText: key })
      .first();
    await expect(panel.textContent()).resolves.toContain('await haso.reSendKkbPin(');
    await panel.getByText('TypeScript', { exact: true }).click();
    // The menu can open partly outside the viewport (Playwright then refuses to click): the item's own click event.
    await page
      .locator('[data-component-name="Dropdown/DropdownMenuItem"]')
      .filter({ hasText: /^curl$/ })
      .dispatchEvent('click');
    const curl = defined(
      codeSamplesOf(op).find((s) => s.label === 'curl'),
      'the curl sample',
    ).source;
    const token = JSON.parse(/--data-raw '([\s\S]*)'$/.exec(curl)?.[1] ?? '').requestToken;
    await expect(panel.textContent()).resolves.toContain(`"requestToken": "${token}"`);
    const header = page.getByTestId('middle-panel').filter({ hasText: op.summary }).first();
    await expect(header.textContent()).resolves.toContain(defined(badgesOf(op)[0], 'a badge').name);
    await expect(page.getByText(op['x-haso-doc-title']).first().isVisible()).resolves.toBe(true);
  });

  it('reaches the signing guide from the navigation and shows the computed token', async () => {
    await page.goto(docs.url);
    await page
      .locator('[data-component-name="Menu/MenuItem"] > a')
      .filter({ hasText: /^Signing requests$/ })
      .click();
    await page.waitForURL(/#\/signing-requests/);
    const op = entryOf(spec, 'reSendKkbPin').operation;
    /** @type {Record<string, unknown>} */
    const body = { ...requestExample(spec, op)?.value, merchantId: TEST_CREDENTIALS.merchantId };
    const { fields } = defined(op['x-haso-signature'], "reSendKkbPin's x-haso-signature");
    const string = fields.map((f) => body[f] ?? '').join('') + TEST_CREDENTIALS.merchantSalt;
    const guide = page.getByTestId('middle-panel').filter({ hasText: 'Worked example' }).first();
    await expect(guide.textContent()).resolves.toContain(string);
    await expect(guide.textContent()).resolves.toContain(hmacBase64(TEST_CREDENTIALS.hmacKey, string));
  });

  it("shows the Sandbox guide with the table of the mock's SANDBOX.md, row by row", async () => {
    await page.goto(docs.url);
    const menu = page.locator('[data-component-name="Menu/MenuItem"] > a');
    await menu.filter({ hasText: /^Sandbox$/ }).click();
    await page.waitForURL(/#\/sandbox/);
    const guide = page.getByTestId('middle-panel').filter({ hasText: 'Control routes' }).first();
    for (const route of ['/__mock/reset', '/__mock/state', '/__mock/requests', '/__mock/faults']) {
      await expect(guide.textContent()).resolves.toContain(route);
    }
    await menu.filter({ hasText: /^Choices not dictated by Haso$/ }).click();
    await page.waitForURL(/#\/sandbox\/choices-not-dictated-by-haso$/);
    const table = page.locator('table').filter({ hasText: "the mock's choice" });
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      );
    // Markdown to text: code spans keep their content, ** outside them is bold.
    const plain = (/** @type {string} */ cell) =>
      cell
        .split('`')
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/\*\*/g, '')))
        .join('')
        .replace(/\s+/g, ' ');
    expect(shown).toEqual(sandboxRows().map((row) => row.cells.map(plain)));
  });

  it('saves a screenshot of an operation page', async () => {
    await page.goto(new URL('#/limit/sendkkbpincode', docs.url).href);
    await page.getByText('Documentation status: Partial').first().waitFor();
    await page.getByTestId('search-trigger').filter({ hasText: 'Search' }).waitFor();
    mkdirSync(fileURLToPath(new URL('../screenshots/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(offHost).toEqual([]);
  });
});
