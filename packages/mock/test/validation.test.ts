import { describe, expect, inject, it } from 'vitest';
import { invalidTokenEnvelope, operations, post, requiredFields, sign, validRequest } from './helpers.js';

const url = inject('mockUrl');

const byId = (id: string) => operations.find(({ operationId }) => operationId === id)!;

interface Problem {
  status: number;
  validation: { location: string[]; message: string }[];
}

describe('bad bodies get Prism’s validation answer (422 problem JSON), not a crash', () => {
  it.each(operations.filter(({ post: op }) => requiredFields(op).length > 0))(
    '$operationId: a (correctly signed) body without a required field',
    async ({ path, operationId, post: operation }) => {
      const { body, form } = validRequest(operation);
      const signed = 'x-haso-signature' in operation;
      // The first required field that is not merchantId or requestToken (kkbRefNo, customerId…), else merchantId.
      const required = requiredFields(operation).filter((f) => f !== 'requestToken');
      const field = required.find((f) => f !== 'merchantId') ?? 'merchantId';
      const { [field]: _dropped, ...rest } = body;
      const answer = await post(url, path, sign(operationId, rest), { form });
      // Without merchantId the token check answers first (another merchant); otherwise Prism validates.
      if (signed && field === 'merchantId') return expect(answer.json()).toEqual(invalidTokenEnvelope);
      expect(answer.status).toBe(422);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      const problem = answer.json() as Problem;
      expect(problem.validation.map((v) => v.message).join('\n')).toContain(field);
    },
  );

  it('a field with the wrong pattern (tckn of 10 digits), correctly signed', async () => {
    const { path, operationId, post: operation } = byId('hasoAuthSendInfo');
    const { body } = validRequest(operation);
    const answer = await post(url, path, sign(operationId, { ...body, tckn: '1234567890' }));
    expect(answer.status).toBe(422);
    expect((answer.json() as Problem).validation[0]!.location).toEqual(['body', 'tckn']);
  });

  it('a token field of the wrong type is validated by Prism (422), not signed', async () => {
    const { path, post: operation } = byId('reSendKkbPin');
    const { body } = validRequest(operation);
    const answer = await post(url, path, { ...body, kkbRefNo: { not: 'a string' } });
    expect(answer.status).toBe(422);
  });

  it.each(['reSendKkbPin', 'getCustomer'])(
    '%s: malformed JSON gets a 400 problem and the mock keeps answering',
    async (id) => {
      const { path, post: operation } = byId(id);
      const answer = await post(url, path, '{"merchantId": "100001",');
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.json()).toMatchObject({ status: 400, title: 'Malformed JSON body' });
      expect((await post(url, path, validRequest(operation).body)).status).toBe(200);
    },
  );

  it('an empty body is Prism’s 422 (body required)', async () => {
    const answer = await post(url, byId('getCustomer').path, '');
    expect(answer.status).toBe(422);
  });

  it('an unsupported media type is refused by Prism (415)', async () => {
    const { path } = byId('getErrorCodes');
    const answer = await post(url, path, 'merchantId=100001', { headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(415);
  });
});
