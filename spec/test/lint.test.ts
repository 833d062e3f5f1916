import { describe, expect, it } from 'vitest';
import { redocly } from './helpers.js';

describe('redocly lint', () => {
  it('is clean on the spec (no errors, no warnings)', async () => {
    const { code, output } = await redocly(['lint', 'openapi.yaml', '--config', 'redocly.yaml']);
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/You have \d+ warning|⚠️/);
    expect(code).toBe(0);
  });

  it('our rules catch a broken operation (the rules can fail)', async () => {
    const { code, output } = await redocly(['lint', 'test/fixtures/bad/openapi.yaml', '--config', 'redocly.yaml']);
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
});
