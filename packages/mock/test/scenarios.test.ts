import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { loadSpecCatalog } from '../src/index.js';
import { defaultSpecPath } from '../src/paths.js';
import { operations, post, responseExamples, sign, validRequest } from './helpers.js';

const url = inject('mockUrl');

function parsed(answer: { text: string }, mediaType: string): unknown {
  return mediaType.includes('json') ? JSON.parse(answer.text) : answer.text;
}

describe.each(operations)('$operationId: every named example', ({ path, post: operation }) => {
  const examples = [...responseExamples(operation)];
  const { body, form } = validRequest(operation);

  it.each(examples)('Prefer: example=%s returns exactly that example', async (name, { mediaType, value }) => {
    const answer = await post(url, path, body, { form, headers: { prefer: `example=${name}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain(mediaType);
    expect(parsed(answer, mediaType)).toEqual(value);
  });

  it.each(examples)('?__example=%s returns exactly that example', async (name, { mediaType, value }) => {
    const answer = await post(url, `${path}?__example=${encodeURIComponent(name)}`, body, { form });
    expect(answer.status).toBe(200);
    expect(parsed(answer, mediaType)).toEqual(value);
  });

  it('a plain valid request gets the first success… example (also with Prefer: code=200)', async () => {
    const [name, { mediaType, value }] = examples.find(([name]) => name.startsWith('success'))!;
    expect(name).toMatch(/^success/);
    expect(parsed(await post(url, path, body, { form }), mediaType)).toEqual(value);
    expect(parsed(await post(url, path, body, { form, headers: { prefer: 'code=200' } }), mediaType)).toEqual(value);
  });
});

const withScenarios = operations.filter(({ post: operation }) => Array.isArray(operation['x-haso-scenarios']));

describe('sandbox inputs (x-haso-scenarios) pick their example from the body', () => {
  it('covers 5.2.2 and 5.2.3 testResult A–F and RETRY', () => {
    const values = withScenarios.map(({ post: op }) => [
      op['x-haso-doc-section'],
      (op['x-haso-scenarios'] as { value: string }[]).map((s) => s.value),
    ]);
    expect(values).toEqual(
      expect.arrayContaining([
        ['5.2.2', ['A', 'B', 'C', 'D', 'E', 'F', 'RETRY']],
        ['5.2.3', ['A', 'B', 'C', 'D', 'E', 'F', 'RETRY']],
      ]),
    );
  });

  const cases = withScenarios.flatMap(({ path, operationId, post: operation }) =>
    (operation['x-haso-scenarios'] as { field: string; value: string; example: string }[]).map((scenario) => ({
      operationId,
      path,
      operation,
      ...scenario,
    })),
  );

  it.each(cases)(
    '$operationId $field=$value → $example',
    async ({ path, operationId, operation, field, value, example }) => {
      const { body } = validRequest(operation);
      const expected = responseExamples(operation).get(example)!.value;
      const signed = sign(operationId, { ...body, [field]: value });
      expect((await post(url, path, signed)).json()).toEqual(expected);
      expect((await post(url, path, signed, { form: true })).json()).toEqual(expected);
    },
  );

  it('an explicit Prefer example wins over the body scenario', async () => {
    const { path, operationId, operation, field, value } = cases[0]!;
    const signed = sign(operationId, { ...validRequest(operation).body, [field]: value });
    const answer = await post(url, path, signed, { headers: { prefer: 'example=failure' } });
    expect(answer.json()).toEqual(responseExamples(operation).get('failure')!.value);
  });
});

describe('Prism features through the front', () => {
  const { path, post: operation } = operations.find(({ operationId }) => operationId === 'reSendKkbPin')!;
  const { body } = validRequest(operation);

  it('Prefer: dynamic=true generates an envelope from the schema', async () => {
    const answer = await post(url, path, body, { headers: { prefer: 'dynamic=true' } });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ Success: expect.any(Boolean) });
  });

  it('Prefer: code=… for an undocumented status answers Prism’s 404 problem', async () => {
    const answer = await post(url, path, body, { headers: { prefer: 'code=500' } });
    expect(answer.status).toBe(404);
  });

  it('an unknown example name answers Prism’s 404 problem', async () => {
    const answer = await post(url, path, body, { headers: { prefer: 'example=no-such-example' } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('scenario listing', () => {
  const catalog = loadSpecCatalog(defaultSpecPath).scenarios;

  it('GET /__scenarios lists every operation with its examples and body scenarios', async () => {
    const listed = (await (await fetch(new URL('/__scenarios', url))).json()) as typeof catalog;
    expect(listed).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect(listed.map((op) => op.path)).toEqual(operations.map((op) => op.path));
    for (const op of listed) {
      const expected = [...responseExamples(operations.find((o) => o.path === op.path)!.post).keys()];
      expect(op.examples.map((e) => e.name)).toEqual(expected);
    }
  });

  it('haso-mock --list-scenarios prints every operation, example and body scenario', () => {
    const text = execFileSync(process.execPath, ['dist/cli.js', '--list-scenarios'], { encoding: 'utf8' });
    for (const op of catalog) {
      expect(text).toContain(`${op.operationId}  POST ${op.path}`);
      for (const example of op.examples) expect(text).toMatch(new RegExp(`^  [* ] ${example.name}\\b`, 'm'));
      for (const s of op.fieldScenarios) expect(text).toContain(`body ${s.field}=${s.value} → ${s.example}`);
    }
    const json = execFileSync(process.execPath, ['dist/cli.js', '--list-scenarios', '--json'], { encoding: 'utf8' });
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(catalog)));
  });
});
