// ServletV2 browser form posts: what buildFormPost describes, posted like a browser would, is accepted by the mock.
import { type FormInput, type FormOperationId, operations } from '@haso-toolkit/client';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { describe, expect, inject, it } from 'vitest';
import { requestExampleInput } from '../support/spec-examples.js';
import { createTestClient } from '../support/test-client.js';

const url = inject('mockUrl');
const haso = createTestClient(url);

const forms = Object.values(operations)
  .filter((op) => op.kind === 'form')
  .map((op) => ({ operationId: op.operationId as FormOperationId, path: op.path }));

describe('form operations (buildFormPost)', () => {
  it('the table has some', () => {
    expect(forms.length).toBeGreaterThan(0);
  });

  it.each(forms)('$operationId: the form posted as form-urlencoded gets a 200', async ({ operationId, path }) => {
    const input = requestExampleInput(operationId) as FormInput<typeof operationId>;
    const form = haso.buildFormPost(operationId, input);
    expect(form.action).toBe(new URL(path, url).href);
    expect(Object.values(form.fields)).toContain(TEST_CREDENTIALS.merchantId);
    const response = await fetch(form.action, {
      method: form.method,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form.fields),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
  });
});
