import { describe, expect, inject, it } from 'vitest';
import {
  type Body,
  expectedExample,
  invalidTokenEnvelope,
  operations,
  post,
  responseExamples,
  sign,
  signedOperationIds,
  vectors,
} from './helpers.js';

const url = inject('mockUrl');

const pathOf = (operationId: string) => operations.find((op) => op.operationId === operationId)!;

/** A vector body re-signed after one token field changed: the original token is then a token for another body. */
function tokenForAnotherBody(operationId: string, body: Body, token: string): Body {
  const changed: Body = { ...body, requestToken: token };
  const field = ['ipAddress', 'kkbRefNo', 'customerId', 'merchantOid', 'dealerSegment', 'shopperName'].find(
    (name) => typeof body[name] === 'string',
  );
  changed[field ?? 'ipAddress'] = `${String(body[field ?? 'ipAddress'] ?? '85.105.12.3')}9`;
  expect(sign(operationId, changed).requestToken).not.toBe(token);
  return changed;
}

function forge(token: string): string {
  return (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
}

describe('requestToken check (test credentials, known-answer vectors of the signing package)', () => {
  it('has one vector per signed operation, and the mock signs exactly those', () => {
    expect(new Set(vectors.map((v) => v.operationId))).toEqual(new Set(signedOperationIds));
  });

  const firstVectors = signedOperationIds.map((id) => vectors.find((v) => v.operationId === id)!);

  describe.each(firstVectors)('$operationId', ({ operationId, body, token }) => {
    const { path, post: operation } = pathOf(operationId);
    const expected = responseExamples(operation).get(expectedExample(operation, body))!.value;
    const signedBody = { ...body, requestToken: token };

    it('accepts the correctly signed body (JSON) with the success (or scenario) example', async () => {
      const answer = await post(url, path, signedBody);
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual(expected);
    });

    // Prism keeps one value per form key and the spec declares no form `encoding`, so array fields cannot be
    // form-encoded (the JSON test above covers those operations).
    it.skipIf(Object.values(body).some(Array.isArray))('accepts the correctly signed body form-encoded', async () => {
      const answer = await post(url, path, signedBody, { form: true });
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual(expected);
    });

    it.each([
      ['a forged token', () => ({ ...signedBody, requestToken: forge(token) })],
      ['a token for another body', () => tokenForAnotherBody(operationId, body, token)],
      ['a wrong merchantId (correctly signed)', () => sign(operationId, { ...body, merchantId: '100002' })],
      ['a missing token', () => body],
      ['a malformed token', () => ({ ...signedBody, requestToken: 'not-a-token' })],
    ])('rejects %s with the InvalidRequestToken envelope (HTTP 200)', async (_name, make) => {
      const answer = await post(url, path, make());
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual(invalidTokenEnvelope);
    });

    it('rejects a forged token form-encoded too', async () => {
      const answer = await post(url, path, { ...signedBody, requestToken: forge(token) }, { form: true });
      expect(answer.json()).toEqual(invalidTokenEnvelope);
    });
  });

  it('a client Prefer header cannot get past a rejected token', async () => {
    const { operationId, body, token } = firstVectors[0]!;
    const answer = await post(
      url,
      pathOf(operationId).path,
      { ...body, requestToken: forge(token) },
      {
        headers: { prefer: 'example=failure' },
      },
    );
    expect(answer.json()).toEqual(invalidTokenEnvelope);
  });
});
