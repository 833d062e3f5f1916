// A fetch that records every request and answers locally: proves what the SDK put on the wire, or that it sent
// nothing at all.

/** One request as the stub received it. */
export interface SentRequest {
  readonly url: string;
  readonly method: string;
  readonly contentType: string | null;
  /** The body exactly as sent (UTF-8 decoded). */
  readonly text: string;
}

/** What the client passes to fetch (`fetch(url, init)`). */
type Init = RequestInit & { readonly headers: Readonly<Record<string, string>>; readonly body: string };

/** A recording fetch and what it saw. */
export interface StubFetch {
  readonly fetch: (url: string, init: Init) => Promise<Response>;
  readonly sent: readonly SentRequest[];
}

/** A successful Haso envelope with `data`, as a JSON Response. */
export function envelopeResponse(data: unknown = {}): Response {
  return new Response(JSON.stringify({ Success: true, Errors: null, Data: data }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A fetch that records each request and answers with `answer()` (default: a success envelope with empty Data). */
export function stubFetch(answer: () => Response = () => envelopeResponse()): StubFetch {
  const sent: SentRequest[] = [];
  return {
    sent,
    async fetch(url, init) {
      sent.push({
        url,
        method: init.method ?? 'GET',
        contentType: init.headers['content-type'] ?? null,
        text: init.body,
      });
      return answer();
    },
  };
}
