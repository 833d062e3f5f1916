// The `x-haso-inferred` marker ("the toolkit's reading, not Haso's") on a marked copy of the spec: shown by Redoc
// beside the field, schema and operation that carry it, listed in the notes for media types, and in the Markdown page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { componentSchema, deref, findOperation } from '@haso-toolkit/spec/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decorateSpec } from '../src/decorate.mjs';
import { operationPage } from '../src/operation-page.mjs';
import { TEMPLATE_FILE } from '../src/paths.mjs';
import { redocOptions } from '../src/redoc-options.mjs';
import { renderDocs } from '../src/render-docs.mjs';
import { listOperations, loadSpec } from '../src/spec-model.mjs';
import { hasChromium, launchChromium, loopbackContext } from './browser.mjs';
import { defined } from './helpers.mjs';

const REASONS = {
  schema: 'minLength 1 is a safety rule of the toolkit (no page prints it)',
  property: 'ipAddress as an empty string in the token is derived from the recipes',
  operation: 'the summary wording is ours',
  media: 'no page prints a Content-Type for this call',
};

/** The bundled spec with one marker of each kind on reSendKkbPin. */
function markedSpec() {
  const spec = loadSpec();
  componentSchema(spec, 'KkbRefNo')['x-haso-inferred'] = REASONS.schema;
  const request = componentSchema(spec, 'ReSendKkbPinRequest');
  defined(request.properties?.ipAddress, 'ipAddress')['x-haso-inferred'] = REASONS.property;
  const { op } = findOperation(spec, 'reSendKkbPin');
  op['x-haso-inferred'] = REASONS.operation;
  const form = deref(spec, op.requestBody)?.content?.['application/x-www-form-urlencoded'];
  defined(form, 'the form media type')['x-haso-inferred'] = REASONS.media;
  return spec;
}

/**
 * A copy of the spec without any x-haso-inferred marker.
 * @template T
 * @param {T} spec
 * @returns {T}
 */
function withoutMarkers(spec) {
  return JSON.parse(JSON.stringify(spec, (key, value) => (key === 'x-haso-inferred' ? undefined : value)));
}

describe('x-haso-inferred in the decorated spec and the Markdown page', () => {
  const spec = markedSpec();
  const decorated = decorateSpec(spec);

  it('lists a marked media type in the operation notes and asks Redoc to show the extension', () => {
    const { description } = findOperation(decorated, 'reSendKkbPin').op;
    expect(description).toContain(`request \`application/x-www-form-urlencoded\`: ${REASONS.media}`);
    expect(redocOptions().showExtensions).toEqual(['x-haso-inferred']);
    const unmarked = findOperation(decorateSpec(withoutMarkers(loadSpec())), 'reSendKkbPin').op.description;
    expect(unmarked).not.toContain("The toolkit's reading");
  });

  it('writes every marker into the Markdown page, beside the field', () => {
    const entry = listOperations(spec).find((e) => e.operation.operationId === 'reSendKkbPin');
    const page = operationPage(spec, /** @type {NonNullable<typeof entry>} */ (entry));
    const row = (/** @type {string} */ field) => page.split('\n').find((line) => line.startsWith(`| \`${field}\` |`));
    expect(row('kkbRefNo')).toMatch(/^\| `kkbRefNo` \| Z \|/);
    expect(row('kkbRefNo')).toContain(`(toolkit's reading, not Haso's: ${REASONS.schema})`);
    expect(row('ipAddress')).toMatch(/^\| `ipAddress` \| O \|/);
    expect(row('ipAddress')).toContain(`(toolkit's reading, not Haso's: ${REASONS.property})`);
    expect(page).toContain(`The toolkit's reading, not Haso's: ${REASONS.operation}`);
    expect(page).toContain(`request \`application/x-www-form-urlencoded\`): ${REASONS.media}`);
  });
});

describe.skipIf(!hasChromium)('x-haso-inferred in the rendered page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haso-docs-inferred-'));
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').Page} */
  let page;

  beforeAll(async () => {
    const specFile = join(dir, 'openapi.decorated.json');
    writeFileSync(specFile, JSON.stringify(decorateSpec(markedSpec())));
    const outputFile = join(dir, 'index.html');
    renderDocs({ specFile, outputFile, templateFile: TEMPLATE_FILE, title: 'marked', options: redocOptions() });
    browser = await launchChromium();
    page = await (await loopbackContext(browser)).context.newPage();
    await page.goto(`${pathToFileURL(outputFile).href}#/limit/resendkkbpin`, { waitUntil: 'load' });
    await page.locator('[id="limit/resendkkbpin"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['kkbrefno', REASONS.schema],
    ['ipaddress', REASONS.property],
  ])('shows the marker beside the field %s', async (field, reason) => {
    const row = page.locator(`[id="limit/resendkkbpin/t=request&ct=application/json&path=${field}"]`);
    await expect(row.innerText()).resolves.toContain(`haso-inferred: ${reason}`);
  });

  it('shows the operation marker and the media-type note in the operation section', async () => {
    const section = page.locator('[id="limit/resendkkbpin"]').locator('..');
    await expect(section.innerText()).resolves.toContain(`haso-inferred: ${REASONS.operation}`);
    await expect(section.innerText()).resolves.toContain(REASONS.media);
  });
});
