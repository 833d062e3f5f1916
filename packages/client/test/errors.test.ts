import { describe, expect, it } from 'vitest';
import {
  createHasoClient,
  HasoApiError,
  type HasoClientOptions,
  HasoError,
  type HasoFetch,
  type HasoFetchInit,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
} from '../src/index.node.js';
import { connectionRefused, credentials, envelope, hangingFetch, instantRetry, json, stubFetch } from './helpers.js';

const client = (fetch: HasoFetch, extra: Partial<HasoClientOptions> = {}) =>
  createHasoClient({ ...credentials, fetch, retry: instantRetry, ...extra });

const HTML_502 =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>' +
  '<hr><center>nginx</center>' +
  '<!-- padding -->'.repeat(40) +
  '</body></html>';

describe('typed errors from realistic answers', () => {
  it('Success:false with H307 → HasoApiError with the code and its documented meaning', async () => {
    const stub = stubFetch(() =>
      json({ Success: false, Errors: ['H307 - Bu refundId ile başarılı iade mevcut'], Data: null }),
    );
    const error = await client(stub.fetch)
      .refundTransaction({ refundId: 'RF-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HasoApiError);
    expect(error).toBeInstanceOf(HasoError);
    const api = error as HasoApiError;
    expect(api.operationId).toBe('refundTransaction');
    expect(api.errors).toEqual(['H307 - Bu refundId ile başarılı iade mevcut']);
    expect(api.codes).toEqual(['H307']);
    expect(api.meanings.H307).toMatch(/refund already exists/i);
    expect(api.status).toBe(200);
    expect(api.message).toContain('H307');
    expect(stub.calls).toHaveLength(1);
  });

  it('keeps Data of a failure and unknown codes without a meaning', async () => {
    const stub = stubFetch(() =>
      json({ Success: false, Errors: ['RS115', 'H999 unknown'], Data: { KkbPhones: ['5**'] } }),
    );
    const error = (await client(stub.fetch)
      .changeCustomerGsmNo({ CustomerId: '5004', NewGsmNo: '5161112233' })
      .catch((e: unknown) => e)) as HasoApiError;
    expect(error.codes).toEqual(['RS115', 'H999']);
    expect(Object.keys(error.meanings)).toEqual(['RS115']);
    expect(error.data).toEqual({ KkbPhones: ['5**'] });
  });

  it('an HTML 502 page → HasoHttpError with status and a 200-character excerpt', async () => {
    const stub = stubFetch(() => new Response(HTML_502, { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = (await client(stub.fetch, { retry: false })
      .reSendKkbPin({ kkbRefNo: 'K' })
      .catch((e: unknown) => e)) as HasoHttpError;
    expect(error).toBeInstanceOf(HasoHttpError);
    expect(error.status).toBe(502);
    expect(error.bodyExcerpt).toBe(HTML_502.slice(0, 200));
    expect(error.bodyExcerpt.length).toBe(200);
  });

  it('an HTML page with status 200 → HasoHttpError', async () => {
    const stub = stubFetch(() => new Response('<html><body>maintenance</body></html>', { status: 200 }));
    await expect(client(stub.fetch).reSendKkbPin({ kkbRefNo: 'K' })).rejects.toThrow(
      expect.objectContaining({ name: 'HasoHttpError', status: 200, message: expect.stringContaining('HTML') }),
    );
  });

  it('truncated JSON → HasoHttpError (not a SyntaxError), not retried even for reads', async () => {
    const stub = stubFetch(() => new Response('{"Success":true,"Errors":null,"Data":{"ErrorCo', { status: 200 }));
    const error = await client(stub.fetch)
      .getErrorCodes()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HasoHttpError);
    expect((error as HasoHttpError).bodyExcerpt).toBe('{"Success":true,"Errors":null,"Data":{"ErrorCo');
    expect(stub.calls).toHaveLength(1);
  });

  it('an empty 200 body → HasoHttpError', async () => {
    const stub = stubFetch(() => new Response('', { status: 200 }));
    await expect(client(stub.fetch).reSendKkbPin({ kkbRefNo: 'K' })).rejects.toBeInstanceOf(HasoHttpError);
  });

  it.each([
    ['`Success` missing', { Errors: null, Data: {} }],
    ['`Success` not a boolean', { Success: 'true', Data: {} }],
    ['`Data` not an object', { Success: true, Errors: null, Data: 'ok' }],
    ['`Data` null on success', { Success: true, Errors: null, Data: null }],
    ['an array body', [1, 2]],
  ])('%s → HasoResponseShapeError', async (_, body) => {
    const stub = stubFetch(() => json(body));
    const error = (await client(stub.fetch)
      .reSendKkbPin({ kkbRefNo: 'K' })
      .catch((e: unknown) => e)) as HasoResponseShapeError;
    expect(error).toBeInstanceOf(HasoResponseShapeError);
    expect(error.body).toEqual(body);
  });

  it('no answer within timeoutMs → HasoTimeoutError (fetch saw the abort)', async () => {
    const calls: { count: number; signals?: AbortSignal[] } = { count: 0 };
    const error = (await client(hangingFetch(calls), { timeoutMs: 5 })
      .reSendKkbPin({ kkbRefNo: 'K' })
      .catch((e: unknown) => e)) as HasoTimeoutError;
    expect(error).toBeInstanceOf(HasoTimeoutError);
    expect(error.timeoutMs).toBe(5);
    expect(calls.count).toBe(1);
    expect(calls.signals?.[0]?.aborted).toBe(true);
  });

  it('each attempt gets a live signal: a timeout after answered calls, then calls that answer again', async () => {
    const calls: { count: number; signals?: AbortSignal[] } = { count: 0 };
    const hanging = hangingFetch(calls);
    const answered: AbortSignal[] = [];
    const fetch = async (url: string, init: HasoFetchInit) => {
      if (answered.length === 2 && calls.count === 0) return hanging(url, init);
      answered.push(init.signal);
      return envelope({ KkbRefNo: 'K' });
    };
    const haso = client(fetch, { timeoutMs: 5, retry: false });
    for (let i = 0; i < 2; i++) await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).resolves.toEqual({ KkbRefNo: 'K' });
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' })).rejects.toBeInstanceOf(HasoTimeoutError);
    expect(calls.signals?.[0]?.aborted).toBe(true);
    for (let i = 0; i < 2; i++) {
      await expect(haso.reSendKkbPin({ kkbRefNo: 'K' }, { timeoutMs: 60_000 })).resolves.toEqual({ KkbRefNo: 'K' });
      expect(answered.at(-1)?.aborted).toBe(false);
    }
  });

  it('times out even when a custom fetch ignores the abort signal', async () => {
    const deaf = async () => new Promise<Response>(() => undefined);
    await expect(client(deaf, { timeoutMs: 5, retry: false }).reSendKkbPin({ kkbRefNo: 'K' })).rejects.toBeInstanceOf(
      HasoTimeoutError,
    );
  });

  it('the per-call timeoutMs overrides the client default', async () => {
    const calls = { count: 0 };
    const haso = client(hangingFetch(calls), { timeoutMs: 60_000 });
    await expect(haso.reSendKkbPin({ kkbRefNo: 'K' }, { timeoutMs: 5 })).rejects.toMatchObject({ timeoutMs: 5 });
  });

  it('a caller abort rejects with the caller’s reason and is not retried', async () => {
    const calls = { count: 0 };
    const controller = new AbortController();
    const pending = client(hangingFetch(calls)).getErrorCodes(undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 1));
    const reason = new Error('user left the page');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(calls.count).toBe(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const stub = stubFetch();
    const reason = new Error('cancelled');
    await expect(client(stub.fetch).getErrorCodes(undefined, { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
    expect(stub.calls).toHaveLength(0);
  });

  it('a refused connection → HasoNetworkError with cause and code', async () => {
    const stub = stubFetch(() => {
      throw connectionRefused();
    });
    const error = (await client(stub.fetch, { retry: false })
      .reSendKkbPin({ kkbRefNo: 'K' })
      .catch((e: unknown) => e)) as HasoNetworkError;
    expect(error).toBeInstanceOf(HasoNetworkError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('retries', () => {
  const failing = (status: number) => stubFetch(() => new Response('<html>busy</html>', { status }));

  it('reads retry 5xx twice by default (3 calls), then throw', async () => {
    const stub = failing(503);
    await expect(client(stub.fetch).getErrorCodes()).rejects.toBeInstanceOf(HasoHttpError);
    expect(stub.calls).toHaveLength(3);
  });

  it('reads retry 429 and succeed when the server recovers', async () => {
    const stub = stubFetch((_, n) =>
      n < 3 ? new Response('slow down', { status: 429 }) : envelope({ ErrorCodes: [] }),
    );
    await expect(client(stub.fetch).getErrorCodes()).resolves.toEqual({ ErrorCodes: [] });
    expect(stub.calls).toHaveLength(3);
  });

  it('reads retry timeouts and network errors', async () => {
    const calls = { count: 0 };
    await expect(client(hangingFetch(calls), { timeoutMs: 2 }).getErrorCodes()).rejects.toBeInstanceOf(
      HasoTimeoutError,
    );
    expect(calls.count).toBe(3);
    const reset = stubFetch(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    });
    await expect(client(reset.fetch).getErrorCodes()).rejects.toBeInstanceOf(HasoNetworkError);
    expect(reset.calls).toHaveLength(3);
  });

  it('writes are not retried on 5xx, timeouts or connection resets', async () => {
    const stub = failing(502);
    await expect(client(stub.fetch).reSendKkbPin({ kkbRefNo: 'K' })).rejects.toBeInstanceOf(HasoHttpError);
    expect(stub.calls).toHaveLength(1);
    const calls = { count: 0 };
    await expect(
      client(hangingFetch(calls), { timeoutMs: 2 }).setPaidPayment({
        paymentCode: 'P',
        merchantOid: 'O',
        paymentDate: '2026-11-23',
      }),
    ).rejects.toBeInstanceOf(HasoTimeoutError);
    expect(calls.count).toBe(1);
    const reset = stubFetch(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    });
    await expect(client(reset.fetch).reSendKkbPin({ kkbRefNo: 'K' })).rejects.toBeInstanceOf(HasoNetworkError);
    expect(reset.calls).toHaveLength(1);
  });

  it('writes are retried when the connection was refused (nothing was sent)', async () => {
    const stub = stubFetch((_, n) => {
      if (n < 3) throw connectionRefused();
      return envelope({ Message: 'RS100' });
    });
    await expect(client(stub.fetch).reSendKkbPin({ kkbRefNo: 'K' })).resolves.toEqual({ Message: 'RS100' });
    expect(stub.calls).toHaveLength(3);
    // Every attempt sends the same signed body.
    expect(new Set(stub.calls.map((c) => c.text)).size).toBe(1);
  });

  it('Haso’s Success:false is never retried; retries can be set per call or turned off', async () => {
    const apiFail = stubFetch(() => json({ Success: false, Errors: ['H223'], Data: null }));
    await expect(client(apiFail.fetch).getErrorCodes()).rejects.toBeInstanceOf(HasoApiError);
    expect(apiFail.calls).toHaveLength(1);
    const perCall = failing(500);
    await expect(client(perCall.fetch).getErrorCodes(undefined, { retries: 0 })).rejects.toBeInstanceOf(HasoHttpError);
    expect(perCall.calls).toHaveLength(1);
    const off = failing(500);
    await expect(client(off.fetch, { retry: false }).getErrorCodes()).rejects.toBeInstanceOf(HasoHttpError);
    expect(off.calls).toHaveLength(1);
  });

  it('waits with capped exponential backoff and full jitter between attempts', async () => {
    const waits: number[] = [];
    const stub = failing(500);
    const haso = client(stub.fetch, {
      retry: {
        retries: 4,
        baseDelayMs: 100,
        maxDelayMs: 300,
        random: () => 0.5,
        sleep: async (ms) => void waits.push(ms),
      },
    });
    await expect(haso.getErrorCodes()).rejects.toBeInstanceOf(HasoHttpError);
    expect(waits).toEqual([50, 100, 150, 150]);
  });
});
