// Sends the console's request with fetch and tells the outcomes apart: an answer, a network failure (nothing
// listens), a CORS failure (the server answered but the browser hid the answer) or a timeout.

/** How long the console waits for an answer. */
export const TIMEOUT_MS = 20_000;

/**
 * @typedef {{ kind: 'answer', status: number, text: string, json: unknown }
 *   | { kind: 'network' | 'cors' | 'timeout', detail: string }} Outcome
 */

/**
 * @param {string} url
 * @param {RequestInit} init
 * @returns {Promise<Outcome>}
 */
export async function sendRequest(url, init) {
  try {
    const response = await fetch(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    return { kind: 'answer', status: response.status, text, json: parseJson(text) };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof DOMException && error.name === 'TimeoutError') return { kind: 'timeout', detail };
    // An opaque no-cors request succeeds whenever the server answers at all: then the failure above was CORS.
    const answered = await fetch(url, { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' }).then(
      () => true,
      () => false,
    );
    return { kind: answered ? 'cors' : 'network', detail };
  }
}

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
