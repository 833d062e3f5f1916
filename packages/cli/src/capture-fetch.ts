// The fetch the command line gives the client: passes a Prefer header through (a haso-mock aid) and keeps the text
// of the last answer, so `haso call` can print Haso's envelope exactly as it came.

/** A fetch for `createHasoClient` (called as `fetch(url, init)`) plus the last answer's body text. */
export interface CapturingFetch {
  readonly fetch: (url: string, init: RequestInit & { headers: Readonly<Record<string, string>> }) => Promise<Response>;
  /** Body text of the last answer received, if any. */
  lastBody(): string | undefined;
}

/** Wraps globalThis.fetch; `prefer` is sent as the `Prefer` header of every request when given. */
export function capturingFetch(prefer?: string): CapturingFetch {
  let last: string | undefined;
  return {
    async fetch(url, init) {
      const headers = prefer === undefined ? init.headers : { ...init.headers, prefer };
      const response = await globalThis.fetch(url, { ...init, headers });
      last = await response.clone().text();
      return response;
    },
    lastBody: () => last,
  };
}
