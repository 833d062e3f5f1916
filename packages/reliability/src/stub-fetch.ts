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

/** A recording fetch and what it saw. */
export interface StubFetch {
  readonly fetch: (request: Request) => Promise<Response>;
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
    async fetch(request) {
      sent.push({
        url: request.url,
        method: request.method,
        contentType: request.headers.get('content-type'),
        text: await request.text(),
      });
      return answer();
    },
  };
}
