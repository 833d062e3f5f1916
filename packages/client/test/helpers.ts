// Test helpers: a per-test stub fetch (no global mocks), the mock's test credentials and spec access.
import { readFileSync } from 'node:fs';
import type { HasoFetchInit } from '../src/index.node.js';

/** One request as the stub received it (`fetch(url, init)`). */
export interface Sent {
  readonly url: string;
  readonly method: string;
  readonly contentType: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly redirect: string;
  readonly text: string;
  readonly body: Record<string, unknown>;
  readonly signal: AbortSignal;
}

type Answer = (sent: Sent, count: number) => Response | Promise<Response>;

/** A fetch that records every request and answers with `answer` (called with the 1-based call count). */
export function stubFetch(answer: Answer = () => envelope({})) {
  const calls: Sent[] = [];
  const fetch = async (url: string, init: HasoFetchInit): Promise<Response> => {
    const text = init.body;
    const sent: Sent = {
      url,
      method: init.method,
      contentType: init.headers['content-type'] ?? null,
      headers: init.headers,
      redirect: init.redirect,
      text,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      signal: init.signal,
    };
    calls.push(sent);
    return answer(sent, calls.length);
  };
  return { fetch, calls };
}

/** A fetch that never answers but honours the abort signal, like a real one; records the signals it got. */
export function hangingFetch(calls: { count: number; signals?: AbortSignal[] }) {
  return async (_url: string, init: HasoFetchInit) => {
    calls.count++;
    calls.signals ??= [];
    calls.signals.push(init.signal);
    return new Promise<Response>((_, reject) => {
      if (init.signal.aborted) reject(init.signal.reason);
      init.signal.addEventListener('abort', () => reject(init.signal.reason), { once: true });
    });
  };
}

/** A fetch that must never be called. */
export function forbiddenFetch() {
  let called = 0;
  return {
    fetch: async (): Promise<Response> => {
      called++;
      throw new Error('fetch must not be called');
    },
    called: () => called,
  };
}

/** A JSON answer. */
export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A successful Haso envelope with `data`. */
export function envelope(data: unknown): Response {
  return json({ Success: true, Errors: null, Data: data });
}

/** A rejection like undici's when nothing listens on the port. */
export function connectionRefused(): TypeError {
  return new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4010'), { code: 'ECONNREFUSED' }),
  });
}

/** The mock's test credentials. */
export const credentials = {
  baseUrl: 'http://127.0.0.1:4010',
  merchantId: '100001',
  merchantSalt: 'haso-mock-salt',
} as const;

/** A valid hasoAuthSendInfo input (without the fields the client fills). */
export const sampleCustomer = {
  shopperName: 'Ayşe',
  shopperSurname: 'Yılmaz',
  tckn: '10000000146',
  mobileNumber: '5161112233',
  email: 'ayse@example.com',
  dealerSegment: 'GOLD',
  birthDate: '1985-04-12',
};

/** Retry settings without real waiting. */
export const instantRetry = { random: () => 0, sleep: async () => {} };

/** The bundled spec. */
export const spec = JSON.parse(
  readFileSync(new URL('../../../spec/dist/openapi.json', import.meta.url), 'utf8'),
) as Spec;

export interface Spec {
  paths: Record<string, { post: SpecOperation }>;
  components: { examples: Record<string, { value: unknown }> };
}

export interface SpecOperation {
  operationId: string;
  requestBody: { content: Record<string, { example?: Record<string, unknown> }> };
  responses: Record<
    string,
    { content: Record<string, { examples?: Record<string, { value?: unknown; $ref?: string }> }> }
  >;
}

/** The spec's operation by operationId, with its path. */
export function specOperation(operationId: string): { path: string; op: SpecOperation } {
  for (const [path, item] of Object.entries(spec.paths)) {
    if (item.post.operationId === operationId) return { path, op: item.post };
  }
  throw new Error(`no operation ${operationId}`);
}

/** The request example of an operation (first media type). */
export function requestExample(operationId: string): Record<string, unknown> {
  const content = specOperation(operationId).op.requestBody.content;
  const example = Object.values(content)[0]?.example;
  if (!example) throw new Error(`no request example for ${operationId}`);
  return example;
}

/** The envelope of the first `success…` response example of an operation. */
export function successExample(operationId: string): { Success: true; Data: Record<string, unknown> } {
  const examples = specOperation(operationId).op.responses['200']?.content['application/json']?.examples ?? {};
  const name = Object.keys(examples).find((n) => n.startsWith('success'));
  if (!name) throw new Error(`no success example for ${operationId}`);
  return examples[name]?.value as { Success: true; Data: Record<string, unknown> };
}

/** `body` without the fields the client fills. */
export function withoutFilled(body: Record<string, unknown>): Record<string, unknown> {
  const { merchantId: _m, MerchantId: _M, requestToken: _t, ...rest } = body;
  return rest;
}

/** A known-answer vector of packages/signing (computed with openssl by tools/vectors/known-answers.sh). */
export type Vector = Record<'name' | 'operationId' | 'hmacKey' | 'merchantSalt' | 'token', string> & {
  body: Record<string, unknown>;
};

/** Every known-answer vector. */
export const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../../tools/vectors/known-answers.json', import.meta.url), 'utf8'),
);
