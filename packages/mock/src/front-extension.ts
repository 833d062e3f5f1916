// The seam between the front server and what extends it (the sandbox): types only.
import type { IncomingHttpHeaders } from 'node:http';

/** An answer the front sends as it is. */
export interface FrontAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
}

/** A call to a spec operation whose token check passed and that Prism validated and answered with a 2xx. */
export interface CheckedCall {
  readonly operationId: string;
  readonly path: string;
  /** The parsed body (JSON object or form fields). */
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers: IncomingHttpHeaders;
  /** The example the front asked Prism for (e.g. "success", "testResult-A"). */
  readonly scenario: string;
  /** Whether the client chose that example itself (Prefer: example=… or ?__example=…). */
  readonly chosenByClient: boolean;
  /** Prism's answer. */
  readonly prism: FrontAnswer;
}

/** A request to a path that is not a spec operation (for example /__mock/reset or a hosted page). */
export interface ExtraRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Uint8Array;
}

/** What the sandbox adds to the front. */
export interface FrontExtension {
  /** Replaces Prism's answer to a checked call (label: what the request log shows), or undefined to keep it. */
  answer?(call: CheckedCall): Promise<{ readonly answer: FrontAnswer; readonly label: string } | undefined>;
  /** Answers a request to a path that is not an operation, or undefined when the path is not its own (the front 404s). */
  route?(request: ExtraRequest): Promise<FrontAnswer | undefined>;
}
