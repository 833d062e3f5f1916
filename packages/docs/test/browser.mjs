// Debian's Chromium driven by playwright-core, shared by the browser tests: launch, and a context that records every
// request and aborts (and records) any that would leave 127.0.0.1.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

// On CI the browser must be there (.ci/run installs it): a missing Chromium fails instead of skipping.
if (process.env.CI && !hasChromium) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);

/** Launches a headless Chromium with a fresh profile and no background traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context for the site: `requests` receives every URL any of its pages asks for, `offHost` the ones that
 * were not for 127.0.0.1 (or file:, data:, blob:); those are aborted.
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, requests: string[], offHost: string[] }>}
 */
export async function loopbackContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const offHost = [];
  context.on('request', (request) => {
    requests.push(request.url());
    if (!isLocal(request.url())) offHost.push(request.url());
  });
  await context.route('**/*', (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  return { context, requests, offHost };
}

/**
 * Whether a URL stays on this machine: 127.0.0.1 over http(s), or a file:, data: or blob: URL.
 * @param {string} text
 */
export function isLocal(text) {
  const url = new URL(text);
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'file:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1';
}
