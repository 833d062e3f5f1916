// The console's base URL: parsed and checked, and whether it points at this machine (a loopback address).

/**
 * The base URL without a trailing slash, or an error message.
 * @param {string} text
 * @returns {{ ok: true, url: URL } | { ok: false, message: string }}
 */
export function parseBaseUrl(text) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `The base URL "${text}" is not a URL (for the mock: http://127.0.0.1:4010).` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: 'The base URL must start with http:// or https://.' };
  }
  if (url.username || url.password)
    return { ok: false, message: 'The base URL must not carry a user name or password.' };
  return { ok: true, url };
}

/**
 * The operation's address under a base URL (`http://127.0.0.1:4010` + `/RequestV2/ReSendKkbPin`).
 * @param {URL} base
 * @param {string} path
 */
export function operationUrl(base, path) {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${path}`;
}

/**
 * True for `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`.
 * @param {URL} url
 */
export function isLoopback(url) {
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
