// Shared test helpers: the spec as data (read independently of the mock's own catalog), the known-answer vectors,
// signing with the test credentials, and HTTP calls to a mock.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { createSigner, recipes } from '@haso-toolkit/signing';
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { defaultSpecPath, TEST_CREDENTIALS } from '../src/index.js';

export type Body = Record<string, unknown>;

type Node = Record<string, unknown>;

/** The bundle the package ships (dist/openapi.json). */
export const spec = JSON.parse(readFileSync(defaultSpecPath, 'utf8')) as Node;

/** Every POST operation of the spec. */
export const operations = Object.entries(spec.paths as Node).map(([path, item]) => {
  const post = (item as Node).post as Node;
  return { path, operationId: post.operationId as string, post };
});

/** A spec node, following `#/...` references. */
export function deref(node: unknown): Node {
  let at = node as Node;
  while (typeof at.$ref === 'string') {
    at = (at.$ref as string)
      .slice(2)
      .split('/')
      .reduce<Node>((parent, key) => parent[key] as Node, spec);
  }
  return at;
}

/** Named response examples of an operation: name → { mediaType, value }. */
export function responseExamples(post: Node): Map<string, { mediaType: string; value: unknown }> {
  const found = new Map<string, { mediaType: string; value: unknown }>();
  for (const response of Object.values(post.responses as Node)) {
    for (const [mediaType, media] of Object.entries((deref(response).content ?? {}) as Node)) {
      for (const [name, example] of Object.entries(((media as Node).examples ?? {}) as Node)) {
        if (!found.has(name)) found.set(name, { mediaType, value: deref(example).value });
      }
    }
  }
  return found;
}

/** The example a valid request with this body gets: its `x-haso-scenarios` match, else the first `success…`. */
export function expectedExample(post: Node, body: Body): string {
  const scenarios = (post['x-haso-scenarios'] ?? []) as { field: string; value: string; example: string }[];
  const scenario = scenarios.find(({ field, value }) => String(body[field]) === value);
  return scenario?.example ?? [...responseExamples(post).keys()].find((name) => name.startsWith('success'))!;
}

/** The spec's InvalidRequestToken envelope. */
export const invalidTokenEnvelope = deref({ $ref: '#/components/examples/InvalidRequestToken' }).value;

interface Vector {
  name: string;
  operationId: string;
  hmacKey: string;
  merchantSalt: string;
  body: Body;
  token: string;
}

/** Known-answer vectors of the signing package made with the test credentials (one per signed operation first). */
export const vectors = (
  JSON.parse(readFileSync(new URL('../../../tools/vectors/known-answers.json', import.meta.url), 'utf8')) as Vector[]
).filter((v) => v.hmacKey === TEST_CREDENTIALS.hmacKey && v.merchantSalt === TEST_CREDENTIALS.merchantSalt);

export const signedOperationIds = Object.keys(recipes);

const signer = createSigner({ ...TEST_CREDENTIALS, provider: nodeCryptoProvider });

/** The body with a requestToken computed with the test credentials (unsigned operations: unchanged). */
export function sign(operationId: string, body: Body): Body {
  if (!(operationId in recipes)) return body;
  const { requestToken: _ignored, ...rest } = body;
  return { ...rest, requestToken: signer.sign(operationId, rest) };
}

/**
 * A valid request for an operation: the spec's own request example (test merchantId, re-signed), and the media
 * type it is written for.
 */
export function validRequest(post: Node): { body: Body; form: boolean } {
  const content = deref(post.requestBody).content as Node;
  const mediaType = 'application/json' in content ? 'application/json' : 'application/x-www-form-urlencoded';
  const example = { ...((content[mediaType] as Node).example as Body) };
  if ('merchantId' in example) example.merchantId = TEST_CREDENTIALS.merchantId;
  return { body: sign(post.operationId as string, example), form: mediaType !== 'application/json' };
}

/** Required properties of an operation's JSON request body. */
export function requiredFields(post: Node): string[] {
  const content = deref(post.requestBody).content as Node;
  const media = (content['application/json'] ?? content['application/x-www-form-urlencoded']) as Node;
  return (deref(media.schema).required ?? []) as string[];
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: () => unknown;
}

/** POSTs a JSON (or form) body. */
export async function post(
  base: string,
  path: string,
  body: Body | string,
  options: { form?: boolean; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Answer> {
  const encoded = typeof body === 'string' ? body : options.form ? formEncode(body) : JSON.stringify(body);
  const contentType = options.form ? 'application/x-www-form-urlencoded' : 'application/json';
  const response = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': contentType, ...options.headers },
    body: encoded,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** Form encoding with repeated keys for arrays. */
export function formEncode(body: Body): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params.toString();
}

/** Whether a process exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes raw bytes to the mock's port and resolves with everything it sends back until it closes the connection. */
export function rawExchange(base: string, request: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.write(request);
  });
}

/** One request line and headers for rawExchange (`Connection: close`, so the answer ends the exchange). */
export function rawHead(method: string, path: string, headers: Record<string, string | string[]> = {}): string {
  let head = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n`;
  for (const [name, value] of Object.entries(headers)) {
    for (const item of Array.isArray(value) ? value : [value]) head += `${name}: ${item}\r\n`;
  }
  return `${head}\r\n`;
}

export interface JournalRow {
  method: string;
  path: string;
  operationId: string | null;
  verdict: string | null;
  scenario: string;
  fault: string | null;
  status: number | null;
  ms: number;
}

/** The mock's request journal (`GET /__mock/requests`). */
export async function journal(base: string): Promise<JournalRow[]> {
  const response = await fetch(new URL('/__mock/requests', base));
  return ((await response.json()) as { requests: JournalRow[] }).requests;
}

/** Polls until `check` holds (at most ~10 s), for things that happen after an answer (the journal of a closed call). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 200 && !check(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
