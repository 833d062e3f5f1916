// printed-facts.yaml names the constraints and media types Haso's pages print; each entry quotes its fact word for
// word from the fact sheets (outside this repo: present in CI and on the developers' machines, skipped elsewhere).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReason, loadPrinted, printedMatcher } from '../plugins/rules/inferred.js';
import { factsDir, haveFacts } from './helpers.js';

interface Entry {
  at: string;
  value?: unknown;
  fact: string;
  source: string;
}

const entries = loadPrinted() as Entry[];
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!haveFacts)('printed-facts.yaml quotes the fact sheets', () => {
  it.each(entries.map((e) => [e.at, e] as const))('%s', (_at, entry) => {
    const sheet = squeeze(readFileSync(join(factsDir, entry.source), 'utf8'));
    expect(sheet).toContain(squeeze(entry.fact));
  });
});

describe('the printed-facts matcher', () => {
  const printed = printedMatcher([
    { at: 'components/schemas/MerchantOid.yaml#/maxLength', value: 20 },
    { at: 'paths/*.yaml#/post/responses/200/content/application~1json' },
  ]);
  it('backs a listed constraint with the printed value only', () => {
    expect(printed.backed('components/schemas/MerchantOid.yaml#/maxLength', 20)).toBe(true);
    expect(printed.backed('components/schemas/MerchantOid.yaml#/maxLength', 21)).toBe(false);
    expect(printed.backed('components/schemas/MerchantOid.yaml#/minLength', 1)).toBe(false);
  });
  it('matches * within one path segment', () => {
    expect(printed.backed('paths/Index_GetToken.yaml#/post/responses/200/content/application~1json', undefined)).toBe(
      true,
    );
    expect(printed.backed('webhooks/okUrl.yaml#/post/responses/200/content/application~1json', undefined)).toBe(false);
    expect(printed.backed('paths/a/b.yaml#/post/responses/200/content/application~1json', undefined)).toBe(false);
  });
  it('reports entries nothing matched', () => {
    const fresh = printedMatcher([{ at: 'a.yaml#/x' }, { at: 'b.yaml#/y' }]);
    fresh.backed('a.yaml#/x', undefined);
    expect(fresh.unused()).toEqual([{ at: 'b.yaml#/y' }]);
  });
  it.each([
    ['derived: x', true],
    ['safety: minLength 1', true],
    ['analogy with 5.9', true],
    ['because', false],
    ['', false],
    [42, false],
  ])('isReason(%j) is %s', (value, ok) => {
    expect(isReason(value)).toBe(ok);
  });
});
