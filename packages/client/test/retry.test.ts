import { describe, expect, it } from 'vitest';
import {
  HasoApiError,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
  HasoValidationError,
  type OperationKind,
  shouldRetry,
} from '../src/index.node.js';
import { connectionCode, provablyNotSent } from '../src/not-sent.js';
import { backoffDelay } from '../src/retry.js';

const network = (code?: string, notSent = false) =>
  new HasoNetworkError('op', new TypeError('fetch failed'), code, notSent);
const http = (status: number) => new HasoHttpError('op', status, 'x', '');

const table: [string, OperationKind, unknown, boolean][] = [
  ['read: network error without a code', 'read', network(), true],
  ['read: connection reset', 'read', network('ECONNRESET'), true],
  ['read: timeout', 'read', new HasoTimeoutError('op', 10), true],
  ['read: 500', 'read', http(500), true],
  ['read: 503', 'read', http(503), true],
  ['read: 429', 'read', http(429), true],
  ['read: 404', 'read', http(404), false],
  ['read: 200 with a truncated body', 'read', http(200), false],
  ['read: Success=false', 'read', new HasoApiError('op', ['H223'], [], null), false],
  ['read: bad envelope', 'read', new HasoResponseShapeError('op', 'x', {}), false],
  ['read: validation', 'read', new HasoValidationError('op', 'f', 'required', 'x'), false],
  ['read: caller abort', 'read', new DOMException('aborted', 'AbortError'), false],
  ['write: ECONNREFUSED (not sent)', 'write', network('ECONNREFUSED', true), true],
  ['write: ENOTFOUND (not sent)', 'write', network('ENOTFOUND', true), true],
  ['write: EAI_AGAIN (not sent)', 'write', network('EAI_AGAIN', true), true],
  ['write: UND_ERR_CONNECT_TIMEOUT (not sent)', 'write', network('UND_ERR_CONNECT_TIMEOUT', true), true],
  ['write: ECONNREFUSED elsewhere (a redirect hop: maybe sent)', 'write', network('ECONNREFUSED'), false],
  ['write: a redirect', 'write', http(307), false],
  ['read: a redirect', 'read', http(308), false],
  ['write: ECONNRESET (maybe sent)', 'write', network('ECONNRESET'), false],
  ['write: network error without a code', 'write', network(), false],
  ['write: timeout', 'write', new HasoTimeoutError('op', 10), false],
  ['write: 503', 'write', http(503), false],
  ['write: 429', 'write', http(429), false],
  ['form: anything', 'form', network('ECONNREFUSED', true), false],
];

describe('shouldRetry (pure)', () => {
  it.each(table)('%s → %s', (_, kind, error, expected) => {
    expect(shouldRetry({ kind, error, attempt: 1, retries: 2 })).toBe(expected);
  });

  it('stops when the attempts are used up', () => {
    const error = http(500);
    expect([1, 2, 3].map((attempt) => shouldRetry({ kind: 'read', error, attempt, retries: 2 }))).toEqual([
      true,
      true,
      false,
    ]);
    expect(shouldRetry({ kind: 'read', error, attempt: 1, retries: 0 })).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially to the cap, scaled by the jitter', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, 200, 2000, () => 0.999999))).toEqual([199, 399, 799, 1599, 1999]);
    expect([1, 2, 3].map((a) => backoffDelay(a, 200, 2000, () => 0))).toEqual([0, 0, 0]);
    expect(backoffDelay(3, 200, 2000, () => 0.5)).toBe(400);
  });
});

describe('connectionCode', () => {
  it('finds the code in the error or its causes', () => {
    const nested = new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });
    expect(connectionCode(nested)).toBe('ECONNREFUSED');
    expect(connectionCode(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))).toBe('ENOTFOUND');
    expect(connectionCode(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(connectionCode('nope')).toBeUndefined();
  });
});

describe('provablyNotSent', () => {
  const origin = new URL('http://127.0.0.1:4010');
  const refused = (extra: object) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED', ...extra }) });

  it('is true for a failed connect to the configured origin', () => {
    expect(provablyNotSent(refused({ address: '127.0.0.1', port: 4010 }), origin)).toBe(true);
    expect(provablyNotSent(refused({}), origin)).toBe(true);
    const lookup = Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND', hostname: 'haso.example' });
    expect(provablyNotSent(lookup, new URL('https://haso.example/api'))).toBe(true);
  });

  it('is false for a connect elsewhere (a redirect hop, another port or host) and for other failures', () => {
    expect(provablyNotSent(refused({ address: '127.0.0.1', port: 9 }), origin)).toBe(false);
    const lookup = Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND', hostname: 'evil.example' });
    expect(provablyNotSent(lookup, new URL('https://haso.example'))).toBe(false);
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(provablyNotSent(reset, origin)).toBe(false);
    expect(provablyNotSent(new TypeError('fetch failed'), origin)).toBe(false);
  });
});
