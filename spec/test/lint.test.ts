import { describe, expect, it } from 'vitest';
import { redocly } from './helpers.js';

const lint = (file: string) => redocly(['lint', file, '--config', 'redocly.yaml', '--format', 'stylish']);

/** The haso/* rules named in a lint output. */
const rulesIn = (output: string) => [...new Set(output.match(/haso\/[a-z-]+/g) ?? [])].sort();

describe('redocly lint', () => {
  it('is clean on the spec (no errors, no warnings)', async () => {
    const { code, output } = await lint('openapi.yaml');
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/You have \d+ warning|⚠️| warning /);
    expect(code).toBe(0);
  });

  it('prints no boxed banner (Redocly boxes a Node 20 deprecation notice on every run) and keeps the exit code', async () => {
    const clean = await lint('openapi.yaml');
    expect(clean.output).not.toMatch(/[╔║╚]|support is ending/);
    const missing = await lint('test/fixtures/no-such-file.yaml');
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('no-such-file.yaml');
  });

  it('our operation rules catch a broken operation (the rules can fail)', async () => {
    const { code, output } = await lint('test/fixtures/bad/openapi.yaml');
    expect(code).not.toBe(0);
    for (const rule of [
      'haso/operation-doc-extensions',
      'haso/signature-fields-exist',
      'haso/signed-requires-token',
      'haso/examples-success-and-failure',
      'haso/signature-or-unsigned',
    ]) {
      expect(output).toContain(rule);
    }
  });

  // One fixture per rule of an extension other packages read; each breaks that rule only, in every way it checks.
  it.each([
    [
      'operation-kind',
      ['x-haso-kind must be one of', 'x-haso-kind form is for browser form posts', 'x-haso-write is replaced'],
    ],
    [
      'scenarios',
      [
        'Scenario field "noSuchField" is not a request property',
        'Scenario value "Z" is not allowed',
        'Scenario example "noSuchExample" is not a named response example',
        'Scenario testResult=B is listed twice',
        'exactly the keys field, value and example',
      ],
    ],
    [
      'codes',
      [
        'Code "X100" does not follow',
        'A RS… code is of kind result',
        'meaning must be a non-empty string',
        'Code M101 is listed twice',
      ],
    ],
    ['test-credentials', ['x-haso-test-credentials needs']],
    [
      'constraint-has-source',
      [
        'maxLength is not printed by Haso',
        'minLength is not printed by Haso',
        'x-haso-inferred is the reason, starting with derived, safety, analogy',
        'must name the constraint it explains (pattern)',
        'The media type application/json is not printed by Haso',
      ],
    ],
    [
      'example-shape',
      [
        'A request example is an object',
        'is named success… but has Success: false',
        'must have exactly Success, Errors and Data',
        'a success has Errors: null',
        'with its merchant id and requestToken',
        'lists the invalidToken example',
      ],
    ],
  ])('haso/%s fails its fixture', async (rule, messages) => {
    const { code, output } = await lint(`test/fixtures/${rule}/openapi.yaml`);
    expect(code).not.toBe(0);
    expect(rulesIn(output)).toEqual([`haso/${rule}`]);
    for (const message of messages) expect(output).toContain(message);
  });

  it('haso/constraint-has-source checks a marker beside a $ref too', async () => {
    const { output } = await lint('test/fixtures/constraint-has-source/openapi.yaml');
    expect(output.match(/x-haso-inferred is the reason/g)).toHaveLength(2);
  });
});
