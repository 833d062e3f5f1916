import { describe, expect, inject, it } from 'vitest';
import { operations } from './helpers.js';

const url = inject('mockUrl');
const { path } = operations[0]!;

describe('HTTP surface of the front server', () => {
  it('answers a CORS preflight for POST with the requested headers', async () => {
    const response = await fetch(new URL(path, url), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,prefer',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,prefer');
  });

  it('puts CORS headers on answers, including Prism’s', async () => {
    const response = await fetch(new URL(path, url), {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('answers an unknown path with a 404 envelope-like JSON', async () => {
    const response = await fetch(new URL('/RequestV2/NoSuchThing', url), { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      Success: false,
      Errors: [expect.stringContaining('/RequestV2/NoSuchThing')],
      Data: null,
    });
  });

  it('answers GET on an operation with 405 and Allow: POST', async () => {
    const response = await fetch(new URL(path, url));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('POST');
    expect(await response.json()).toMatchObject({ Success: false, Data: null });
  });
});
