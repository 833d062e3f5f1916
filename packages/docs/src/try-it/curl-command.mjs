// The equivalent curl command of a console request (the computed token in it, never the salt).
import { shellQuote } from '../quoting.mjs';

/**
 * @param {string} url
 * @param {Readonly<Record<string, unknown>>} body
 * @param {'json' | 'form'} kind
 * @returns {string}
 */
export function curlCommand(url, body, kind) {
  if (kind === 'json') {
    return [
      `curl -sS -X POST ${shellQuote(url)} \\`,
      "  -H 'Content-Type: application/json' \\",
      `  --data-raw ${shellQuote(JSON.stringify(body))}`,
    ].join('\n');
  }
  const fields = Object.entries(body).map(
    ([name, value]) => `  --data-urlencode ${shellQuote(`${name}=${formValue(value)}`)}`,
  );
  return [`curl -sS -X POST ${shellQuote(url)}`, ...fields].join(' \\\n');
}

/**
 * A body value as a form field: strings as they are, anything else as JSON.
 * @param {unknown} value
 */
export function formValue(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
