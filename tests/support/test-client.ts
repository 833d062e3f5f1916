// SDK clients for the mock: the mock's test credentials, no retries, and a header that can pick a mock scenario.
import { createHasoClient, type HasoClient, type RequestEvent } from '@haso-toolkit/client';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';

/** Options of `createTestClient`. */
export interface TestClientOptions {
  /** Sends `Prefer: example=<name>`: the mock answers that named example of the spec. */
  example?: string;
  /** Another merchant salt (the mock then rejects every token). */
  merchantSalt?: string;
  /** Sees every request before it is sent (to count calls): the client's onRequest hook. */
  onRequest?: (request: RequestEvent) => void;
}

/**
 * A client of the mock at `baseUrl` with its test credentials. The scenario travels in a `Prefer` header
 * (`defaultHeaders`), so the SDK's own code path is exercised unchanged.
 */
export function createTestClient(baseUrl: string, options: TestClientOptions = {}): HasoClient {
  const { example, onRequest } = options;
  return createHasoClient({
    baseUrl,
    merchantId: TEST_CREDENTIALS.merchantId,
    merchantSalt: options.merchantSalt ?? TEST_CREDENTIALS.merchantSalt,
    hmacKey: options.merchantSalt ?? TEST_CREDENTIALS.hmacKey,
    retry: false,
    ...(example === undefined ? {} : { defaultHeaders: { Prefer: `example=${example}` } }),
    ...(onRequest === undefined ? {} : { onRequest }),
  });
}
