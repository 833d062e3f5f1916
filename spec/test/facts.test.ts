// Spot checks of the spec against the fact sheets in ../shared/haso-reference (outside this repo: present in CI and
// on the developers' machines; skipped with a notice elsewhere).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listOperations } from '../reader.mjs';
import { factsDir, haveFacts, loadBundle } from './helpers.js';

interface Fact {
  section: string;
  path?: string | null;
  token_fields?: string[];
}

const facts: Fact[] = haveFacts
  ? readdirSync(factsDir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => parse(readFileSync(join(factsDir, f), 'utf8')) as Fact[])
      .filter((f) => typeof f.path === 'string' && f.path.startsWith('/'))
  : [];
const byPath = new Map(
  listOperations(loadBundle())
    .filter((o) => !o.webhook)
    .map((o) => [o.path, o.op]),
);
const SALTS = ['merhant_salt', 'merchantSalt'];

describe.skipIf(!haveFacts)('token recipes match the fact sheets', () => {
  it('reads fact entries with paths', () => expect(facts.length).toBeGreaterThan(20));
  it.each(facts.map((f) => [`${f.section} ${f.path}`, f] as const))('%s', (_name, fact) => {
    const op = byPath.get(fact.path as string);
    expect(op, `no operation at ${fact.path}`).toBeDefined();
    const printed = fact.token_fields ?? [];
    if (printed.length === 0) {
      // Nothing printed: the spec must not invent a recipe.
      expect(op?.['x-haso-signature']).toBeUndefined();
      return;
    }
    const salt = printed.at(-1) as string;
    expect(SALTS).toContain(salt);
    const fields = printed.slice(0, -1).map((f) => f.split(/\s/)[0]);
    const sig = op?.['x-haso-signature'];
    expect(sig?.fields).toEqual(fields);
    expect(sig?.salt).toBe(salt);
    for (const [i, f] of printed.slice(0, -1).entries()) {
      if (f.includes('yyyy-MM-dd')) expect(sig?.formats?.[fields[i] as string]).toBe('yyyy-MM-dd');
    }
  });
});
