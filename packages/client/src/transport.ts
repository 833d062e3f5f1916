// One HTTP attempt of an operation method: POST the JSON body to the operation's path and read the answer as text.
// Without middleware the Request is built here, as openapi-fetch would build it (same URL, method, Content-Type,
// JSON.stringify'd body and abort signal) but without its per-call merging of options, headers and serializers.
// With middleware registered (`haso.use`) the call goes through openapi-fetch, so the middleware sees it. The answer
// is the body's text as received (openapi-fetch JSON-parses error bodies; on that path they are serialized again).

type Body = Record<string, unknown>;

/** openapi-fetch's POST, untyped (the operation table has already chosen the path). */
export type LoosePost = (path: string, init?: Body) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The HTTP status and the body as text (undefined or "" when there was none). */
export interface HttpAnswer {
  readonly status: number;
  readonly text: string | undefined;
}

/** Sends one attempt; rejects with fetch's error (or the signal's reason when it aborts). */
export type Transport = (path: string, body: Body, signal: AbortSignal) => Promise<HttpAnswer>;

/** What a transport needs from its client. */
export interface TransportOptions {
  /** Base URL without a trailing slash. */
  readonly root: string;
  readonly fetch: (input: Request) => Promise<Response>;
  /** The client's openapi-fetch POST (used while middleware is registered). */
  readonly post: LoosePost;
  /** Whether middleware is registered right now. */
  readonly hasMiddleware: () => boolean;
}

const JSON_CONTENT = { 'Content-Type': 'application/json' } as const;

/** The transport of one client. */
export function createTransport({ root, fetch, post, hasMiddleware }: TransportOptions): Transport {
  return async (path, body, signal) => {
    if (hasMiddleware()) {
      const { data, error, response } = await post(path, { body, parseAs: 'text', signal });
      const content = data ?? error; // openapi-fetch JSON-parses error bodies when it can
      const text = content === undefined || typeof content === 'string' ? content : JSON.stringify(content);
      return { status: response.status, text };
    }
    const request = new Request(root + path, {
      method: 'POST',
      headers: JSON_CONTENT,
      body: JSON.stringify(body),
      signal,
    });
    const response = await fetch(request);
    // An empty body reads as "", which interpretResponse treats like openapi-fetch's undefined (204, length 0).
    return { status: response.status, text: await response.text() };
  };
}
