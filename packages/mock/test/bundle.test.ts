import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { defaultSpecPath } from '../src/index.js';

const shipped = readFileSync(defaultSpecPath, 'utf8');

describe('the spec bundle shipped in the package', () => {
  it('is the current spec/dist/openapi.json', () => {
    const source = createRequire(import.meta.url).resolve('@haso-toolkit/spec/openapi.json');
    expect(shipped).toBe(readFileSync(source, 'utf8'));
  });

  it('has only local $refs, so Prism never fetches anything over the network', () => {
    const refs = [...shipped.matchAll(/"\$ref":\s*"([^"]*)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref?.startsWith('#/'))).toEqual([]);
  });
});
