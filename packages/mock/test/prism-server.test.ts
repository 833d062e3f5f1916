import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismServer } from '../src/prism-server.js';

// One operation whose only example violates its schema (Code must be an integer).
const spec = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/Pay': {
      post: {
        operationId: 'pay',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['amount'], properties: { amount: { type: 'integer' } } },
            },
          },
        },
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { Code: { type: 'integer' } } },
                examples: { success: { value: { Code: 'not a number' } } },
              },
            },
          },
        },
      },
    },
  },
};
const specPath = join(mkdtempSync(join(tmpdir(), 'haso-prism-server-')), 'openapi.json');
writeFileSync(specPath, JSON.stringify(spec));

const servers: { close(): void }[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

async function start(errors: boolean): Promise<string> {
  const server = await createPrismServer(specPath, errors);
  servers.push(server);
  return server.listen(0, '127.0.0.1');
}

const pay = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/Pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the Prism child’s server answers like `prism mock`', () => {
  it('serves the example, naming its schema violation in sl-violations', async () => {
    const answer = await pay(await start(false), { amount: 1 });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await answer.json()).toEqual({ Code: 'not a number' });
    const violations = JSON.parse(answer.headers.get('sl-violations') ?? '[]') as { location: string[] }[];
    expect(violations.map((violation) => violation.location)).toEqual([['response', 'body', 'Code']]);
  });

  it('refuses an invalid request with Prism’s 422 problem+json', async () => {
    const answer = await pay(await start(false), { amount: 'x' });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ validation: [{ location: ['body', 'amount'], code: 'type' }] });
  });

  it('a malformed Prefer is Prism’s 422, an unknown path its 404', async () => {
    const url = await start(false);
    expect((await pay(url, { amount: 1 }, { prefer: 'code=abc' })).status).toBe(422);
    const missing = await fetch(`${url}/Nope`, { method: 'POST' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('with --errors, an example that violates its schema becomes Prism’s 500 violations answer', async () => {
    const answer = await pay(await start(true), { amount: 1 });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ type: 'https://stoplight.io/prism/errors#VIOLATIONS' });
  });
});
