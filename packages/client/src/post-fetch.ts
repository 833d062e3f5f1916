// The fetch behind the openapi-fetch `POST` escape hatch: the client's `fetch(url, init)` with redirects not
// followed and the body read within maxResponseBytes, handed back to openapi-fetch as a Response.
import { HasoResponseTooLargeError } from './errors.js';
import type { HasoFetch } from './exchange.js';
import { readText, TOO_LARGE } from './read-body.js';

/** Statuses whose Response cannot carry a body. */
const NULL_BODY = new Set([204, 205, 304]);

/** A Request-taking fetch (what openapi-fetch calls) over `fetch`. */
export function postFetch(fetch: HasoFetch, maxResponseBytes: number) {
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const response = await fetch(request.url, {
      method: 'POST',
      headers,
      body: await request.text(),
      signal: request.signal,
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || NULL_BODY.has(response.status)) return response;
    let text: string;
    try {
      text = await readText(response, maxResponseBytes);
    } catch (error) {
      if (error !== TOO_LARGE) throw error;
      throw new HasoResponseTooLargeError(`POST ${path}`, response.status, maxResponseBytes, response.headers);
    }
    const { status, statusText } = response;
    return new Response(text, { status, statusText, headers: response.headers });
  };
}
