// The seam to the sandbox: `answer` may replace Prism's 2xx answer to a checked call, `route` takes other paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckedCall, ExtraRequest, FrontAnswer, FrontExtension } from '../src/front-extension.js';
import { type RunningMock, startMock } from '../src/index.js';
import { journal, operations, post, responseExamples, sign, validRequest } from './helpers.js';

const reSend = operations.find((o) => o.operationId === 'reSendKkbPin')!;
const body = validRequest(reSend.post).body;
const calls: CheckedCall[] = [];
const routed: ExtraRequest[] = [];
const json = { 'content-type': 'application/json' };

const extension: FrontExtension = {
  async answer(call) {
    calls.push(call);
    if (call.scenario !== 'success') return undefined;
    return {
      answer: { status: 200, headers: json, body: '{"Success":true,"Errors":null,"Data":{"KkbRefNo":"S-1"}}' },
      label: 'sandbox-pin',
    };
  },
  async route(request): Promise<FrontAnswer | undefined> {
    routed.push(request);
    if (request.path === '/hosted/page')
      return { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>mock page</p>' };
    if (request.path === '/hosted/throws') throw new Error('boom');
    if (request.path === '/hosted/hangs') return new Promise<never>(() => {});
    if (request.path === '/hosted/bad-header')
      return { status: 200, headers: { 'x-bad': 'a\r\nInjected: 1' }, body: '' };
    if (request.path === '/hosted/bad-status') return { status: 99, headers: {}, body: '' };
    return undefined;
  },
};

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, quiet: true, extension, requestTimeoutMs: 1_000 });
});
afterAll(() => mock.close());

describe('answer: after Prism’s 2xx to a call whose token passed', () => {
  it('replaces the answer, with its label in the journal, and sees what the front saw', async () => {
    calls.length = 0;
    const answer = await post(mock.url, reSend.path, body);
    expect(answer.json()).toEqual({ Success: true, Errors: null, Data: { KkbRefNo: 'S-1' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      operationId: 'reSendKkbPin',
      path: reSend.path,
      body,
      scenario: 'success',
      chosenByClient: false,
      prism: { status: 200 },
    });
    expect(JSON.parse(Buffer.from(calls[0]!.prism.body as Uint8Array).toString())).toEqual(
      responseExamples(reSend.post).get('success')!.value,
    );
    expect((await journal(mock.url)).at(-1)).toMatchObject({ scenario: 'sandbox-pin', verdict: 'valid' });
  });

  it('keeps Prism’s answer when it returns undefined, and knows the client chose the example', async () => {
    calls.length = 0;
    const answer = await post(mock.url, reSend.path, body, { headers: { prefer: 'example=failure' } });
    expect(answer.json()).toEqual(responseExamples(reSend.post).get('failure')!.value);
    expect(calls[0]).toMatchObject({ scenario: 'failure', chosenByClient: true });
  });

  it('is not asked for a rejected token or a request Prism refused', async () => {
    calls.length = 0;
    expect((await post(mock.url, reSend.path, { ...body, kkbRefNo: 'forged' })).json()).toMatchObject({
      Success: false,
    });
    const auth = operations.find((o) => o.operationId === 'hasoAuthSendInfo')!;
    const tooShort = sign('hasoAuthSendInfo', { ...validRequest(auth.post).body, tckn: '1234567890' });
    expect((await post(mock.url, auth.path, tooShort)).status).toBe(422);
    expect(calls).toEqual([]);
  });
});

describe('route: paths that are no operation', () => {
  it('answers with the extension’s answer, given method, path, query, headers and the raw body', async () => {
    routed.length = 0;
    const response = await fetch(new URL('/hosted/page?order=7', mock.url), {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>mock page</p>');
    expect(routed[0]).toMatchObject({ method: 'POST', path: '/hosted/page' });
    expect(routed[0]!.query.get('order')).toBe('7');
    expect(Buffer.from(routed[0]!.body).toString()).toBe('a=1');
  });

  it('a path it does not take is the front’s 404', async () => {
    const response = await fetch(new URL('/nothing/here', mock.url));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Success: false, Data: null });
  });

  it('bodies are bounded the same way before it sees them (deep JSON: 400)', async () => {
    routed.length = 0;
    const deep = `{"a":${'['.repeat(100)}${']'.repeat(100)}}`;
    const response = await fetch(new URL('/hosted/page', mock.url), {
      method: 'POST',
      body: deep,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(routed).toEqual([]);
  });

  it('an extension that throws is a 500 from the front, and the mock keeps serving', async () => {
    const response = await fetch(new URL('/hosted/throws', mock.url));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      Success: false,
      Errors: ['haso-mock: internal error (Error)'],
      Data: null,
    });
    expect((await fetch(new URL('/hosted/page', mock.url))).status).toBe(200);
  });

  it.each(['bad-header', 'bad-status'])(
    'an answer Node refuses to send (%s) is a 500, nothing of it sent',
    async (name) => {
      const response = await fetch(new URL(`/hosted/${name}`, mock.url));
      expect(response.status).toBe(500);
      expect(response.headers.get('x-bad')).toBeNull();
      expect(response.headers.get('injected')).toBeNull();
      expect(await response.json()).toMatchObject({ Success: false });
      expect((await fetch(new URL('/hosted/page', mock.url))).status).toBe(200);
    },
  );

  it('an extension that never answers gets the client a 504 at the deadline', async () => {
    const response = await fetch(new URL('/hosted/hangs', mock.url));
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({
      Success: false,
      Errors: ['haso-mock: no answer within 1000 ms'],
      Data: null,
    });
  });
});
