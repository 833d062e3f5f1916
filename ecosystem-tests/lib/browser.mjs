// The small-bundle consumer in a browser: esbuild bundles the core and one operation for the browser, and Debian's
// Chromium runs it on a page of the mock's own origin (served by Playwright's router), calling the real mock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { assert } from './report.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ARGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'.split(
    ' ',
  );

export async function checkBrowser(consumer, config) {
  const result = await build({
    entryPoints: [join(consumer, 'browser-entry.mjs')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0].text;
  assert(!/\bnode:/.test(bundle), 'the browser bundle refers to a node: module');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'haso-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  try {
    const page = await context.newPage();
    const pageUrl = `${config.baseUrl}/__ecosystem/index.html`;
    await page.route(pageUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${bundle}</script>` }),
    );
    await page.goto(pageUrl);
    const line = await page.evaluate((probeConfig) => globalThis.runProbe(probeConfig), config);
    const agent = await page.evaluate(() => navigator.userAgent);
    const version = /Chrome\/(\S+)/.exec(agent)?.[1] ?? '?';
    return `${(bundle.length / 1024).toFixed(1)} kB bundle (core + getErrorCodes) in Chromium ${version}: ${line}`;
  } finally {
    await context.close();
  }
}
