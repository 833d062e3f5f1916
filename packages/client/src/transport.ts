// One HTTP attempt of an operation call: POST the JSON body to the operation's path and read the answer as text.
// The direct transport builds the Request as openapi-fetch would (same URL, method, Content-Type, JSON.stringify'd
// body and abort signal) but without its per-call merging of options, headers and serializers. The full client
// switches to openapi-fetch while middleware is registered (`haso.use`), so the middleware sees every call; there
// the answer's text is what openapi-fetch returns (it JSON-parses error bodies; they are serialized again).

type Body = Record<string, unknown>;

/** The fetch a client is given: it receives a `Request`. */
export type FetchFunction = (input: Request) => Promise<Response>;

/** openapi-fetch's POST, untyped (the operation table has already chosen the path). */
export type LoosePost = (path: string, init?: Body) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The HTTP status and the body as text (undefined or "" when there was none). */
export interface HttpAnswer {
  readonly status: number;
  readonly text: string | undefined;
}

/** Sends one attempt; rejects with fetch's error (or the signal's reason when it aborts). */
export type Transport = (path: string, body: Body, signal: AbortSignal) => Promise<HttpAnswer>;

const JSON_CONTENT = { 'Content-Type': 'application/json' } as const;

/** Straight to `fetch`, `root` being the base URL without a trailing slash. */
export function createFetchTransport(root: string, fetch: FetchFunction): Transport {
  return async (path, body, signal) => {
    const response = await fetch(
      new Request(root + path, { method: 'POST', headers: JSON_CONTENT, body: JSON.stringify(body), signal }),
    );
    // An empty body reads as "", which interpretResponse treats like openapi-fetch's undefined (204, length 0).
    return { status: response.status, text: await response.text() };
  };
}

/** Through openapi-fetch's POST while `hasMiddleware()`, else `direct`. */
export function createMiddlewareAwareTransport(direct: Transport, post: LoosePost, hasMiddleware: () => boolean): Transport {
  return async (path, body, signal) => {
    if (!hasMiddleware()) return direct(path, body, signal);
    const { data, error, response } = await post(path, { body, parseAs: 'text', signal });
    const content = data ?? error; // openapi-fetch JSON-parses error bodies when it can
    const text = content === undefined || typeof content === 'string' ? content : JSON.stringify(content);
    return { status: response.status, text };
  };
}
