// The README's console examples are real: each `$ haso …` block (without an elision) is run against the mock and
// must print exactly what the README shows (the mock's URL written as http://127.0.0.1:4010).
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { haso, MOCK_ENV } from './helpers.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const README_URL = 'http://127.0.0.1:4010';

/** Splits a command line on spaces, keeping '…' quoted words together. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const examples = [...README.matchAll(/```console\n\$ (haso [^\n]+)\n([\s\S]*?)```/g)]
  .map(([, command, output]) => ({ command: command as string, output: output as string }))
  .filter((example) => !example.output.includes('…'));

describe('README examples', () => {
  it('has the sign, call and doctor examples', () => {
    expect(examples.map((e) => words(e.command)[1])).toEqual(['sign', 'call', 'call', 'doctor']);
  });

  it.each(examples.map((e) => [e.command, e] as const))('$ %s', async (_, example) => {
    const url = inject('mockUrl');
    const run = await haso(words(example.command).slice(1), { ...MOCK_ENV, HASO_BASE_URL: url });
    expect((run.stdout + run.stderr).split(url).join(README_URL)).toBe(example.output);
  });
});
