// The fetch the command line gives the client: passes a Prefer header through (a haso-mock aid) and keeps the text
// of the last answer, so `haso call` can print Haso's envelope exactly as it came.

/** A fetch for `createHasoClient` plus the last answer's body text. */
export interface CapturingFetch {
  readonly fetch: (request: Request) => Promise<Response>;
  /** Body text of the last answer received, if any. */
  lastBody(): string | undefined;
}

/** Wraps globalThis.fetch; `prefer` is sent as the `Prefer` header of every request when given. */
export function capturingFetch(prefer?: string): CapturingFetch {
  let last: string | undefined;
  return {
    async fetch(request) {
      if (prefer !== undefined) request.headers.set('Prefer', prefer);
      const response = await globalThis.fetch(request);
      last = await response.clone().text();
      return response;
    },
    lastBody: () => last,
  };
}
