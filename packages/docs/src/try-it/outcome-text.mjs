// What the console says about an outcome of a send: the status line, a readable problem when there is one, and the
// answer's text.
import { TIMEOUT_MS } from './send-request.mjs';

/** How to start the mock, shown when nothing answers. */
export const START_MOCK_HINT =
  "Is the mock running? Start it in the toolkit's repository with `npx -y pnpm@10.34.9 start` (the mock on " +
  'http://127.0.0.1:4010 and this site), or set the base URL to where yours listens.';

/**
 * @param {import('./send-request.mjs').Outcome} outcome
 * @param {{ url: string, signed: boolean, origin: string }} context
 * @returns {{ status: string, problem: string | null, response: string }}
 */
export function describeOutcome(outcome, { url, signed, origin }) {
  if (outcome.kind !== 'answer') return { status: 'No answer', problem: failure(outcome, url, origin), response: '' };
  const envelope = /** @type {{ Success?: unknown, Errors?: unknown }} */ (outcome.json ?? {});
  const response = outcome.json === undefined ? outcome.text : JSON.stringify(outcome.json, null, 2);
  const success = typeof envelope.Success === 'boolean' ? ` · Success: ${envelope.Success}` : '';
  return { status: `HTTP ${outcome.status}${success}`, problem: problemOf(outcome.status, envelope, signed), response };
}

/**
 * Why a request got no readable answer.
 * @param {{ kind: 'network' | 'cors' | 'timeout', detail: string }} outcome
 * @param {string} url
 * @param {string} origin the page's origin (`null` from disk)
 */
function failure(outcome, url, origin) {
  if (outcome.kind === 'network')
    return `Could not reach ${url}: the connection failed (${outcome.detail}). ${START_MOCK_HINT}`;
  if (outcome.kind === 'timeout') return `${url} did not answer within ${TIMEOUT_MS / 1000} s.`;
  return (
    `CORS: the server at ${new URL(url).origin} answered, but its CORS headers do not allow this page's origin ` +
    `(${origin}), so the browser hid the answer. haso-mock allows every origin; use curl (below) for other servers.`
  );
}

/**
 * @param {number} status
 * @param {{ Success?: unknown, Errors?: unknown }} envelope
 * @param {boolean} signed
 */
function problemOf(status, envelope, signed) {
  const errors = Array.isArray(envelope.Errors) ? envelope.Errors.map(String) : [];
  if (envelope.Success === false && signed && errors.some((e) => /token/i.test(e))) {
    return (
      `The server rejected the requestToken: ${errors.join('; ')}. Check the merchantId, salt and HMAC key, and ` +
      'compare the token string above with the one the server expects.'
    );
  }
  if (envelope.Success === false) return `Haso's envelope reports a failure: ${errors.join('; ') || '(no Errors)'}.`;
  if (status === 422 || status === 400) return 'The mock rejected the body against the spec (details below).';
  if (status >= 400) return `The server answered HTTP ${status}.`;
  return null;
}
