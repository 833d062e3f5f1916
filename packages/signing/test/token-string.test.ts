import { afterEach, describe, expect, it, vi } from 'vitest';
import { SigningInputError } from '../src/errors.js';
import type { LooseRecipe } from '../src/recipe.js';
import * as tokenStrings from '../src/token-string.js';

const recipe: LooseRecipe = { operationId: 'testOp', fields: ['a', 'b', 'day'], formats: { day: 'yyyy-MM-dd' } };
const day = '2026-11-23';

function rejection(run: () => unknown, errorClass = SigningInputError): SigningInputError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof errorClass) return error;
    throw error;
  }
  return undefined;
}

/** The string checks, run against the module as loaded (native isWellFormed) and with the regex fallback. */
function checksWellFormedness(module: typeof tokenStrings, errorClass: typeof SigningInputError) {
  const { tokenString } = module;
  expect(tokenString(recipe, { a: 'Ayşe 😀', b: '\uD83D\uDE00', day }, 'S')).toBe(`Ayşe 😀\uD83D\uDE00${day}S`);
  for (const bad of ['\uD800', '\uDFFF', 'x\uD83D', '\uDE00x', '\uDE00\uD83D', 'a\uD800b']) {
    const error = rejection(() => tokenString(recipe, { a: 'ok', b: bad, day }, 'S'), errorClass);
    expect(error?.field).toBe('b');
    expect(error?.message).toMatch(/lone surrogate/);
  }
  // A high surrogate ending one field and a low one starting the next make a pair only in the concatenation.
  expect(rejection(() => tokenString(recipe, { a: 'x\uD83D', b: '\uDE00y', day }, 'S'), errorClass)?.field).toBe('a');
  expect(rejection(() => tokenString(recipe, { a: 'x', b: '\uDE00y', day }, 'S'), errorClass)?.field).toBe('b');
}

describe('tokenString: lone surrogates', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('rejects a lone surrogate per field, naming it (native String.prototype.isWellFormed)', () => {
    expect(typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed).toBe('function');
    checksWellFormedness(tokenStrings, SigningInputError);
  });

  it('does the same with the regex where the runtime has no isWellFormed', async () => {
    const prototype = String.prototype as { isWellFormed?: unknown };
    const native = Object.getOwnPropertyDescriptor(prototype, 'isWellFormed');
    delete prototype.isWellFormed;
    try {
      vi.resetModules();
      const fresh: typeof tokenStrings = await import('../src/token-string.js');
      const errors: typeof import('../src/errors.js') = await import('../src/errors.js');
      expect(fresh).not.toBe(tokenStrings);
      checksWellFormedness(fresh, errors.SigningInputError);
    } finally {
      if (native) Object.defineProperty(prototype, 'isWellFormed', native);
    }
  });
});

/** The date rule as first written (a regex and Date-free calendar check), to compare the char-code version with. */
function referenceDatePart(value: string): string | undefined {
  if (!/^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.test(value)) return undefined;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= days ? value.slice(0, 10) : undefined;
}

function datePartOf(value: unknown): string | undefined {
  let result: string | undefined;
  const error = rejection(() => {
    result = tokenStrings.tokenValue('testOp', 'day', value, 'yyyy-MM-dd');
  });
  if (error) {
    expect(error.field).toBe('day');
    expect(error.message).toMatch(/yyyy-MM-dd/);
  }
  return result;
}

describe('tokenValue: yyyy-MM-dd', () => {
  it('takes the date part of valid calendar dates and rejects everything else', () => {
    const cases: [string, string | undefined][] = [
      ['1985-04-12', '1985-04-12'],
      ['2026-11-23T10:00:00', '2026-11-23'],
      ['2026-11-23T', '2026-11-23'],
      ['2024-02-29', '2024-02-29'],
      ['2000-02-29', '2000-02-29'],
      ['0100-01-01', '0100-01-01'],
      ['9999-12-31', '9999-12-31'],
      ['2023-02-29', undefined],
      ['1900-02-29', undefined],
      ['2026-04-31', undefined],
      ['2026-13-01', undefined],
      ['2026-00-10', undefined],
      ['2026-01-00', undefined],
      ['0099-12-31', undefined],
      ['2026-11-23 10:00', undefined],
      ['2026-11-23t10:00', undefined],
      ['2026-11-23Z', undefined],
      ['2026-11-2', undefined],
      ['2026-1-23', undefined],
      ['2026/11/23', undefined],
      ['+2026-11-23', undefined],
      ['２０２６-11-23', undefined],
      ['2026-11-٢٣', undefined],
      ['23.11.2026', undefined],
      ['', undefined],
    ];
    for (const [value, expected] of cases) {
      expect(datePartOf(value), value).toBe(expected);
      expect(referenceDatePart(value), value).toBe(expected);
    }
  });

  it('agrees with the regex rule on many generated strings', () => {
    const alphabet = ['0', '1', '2', '3', '9', '-', 'T', ' ', '/', ':', '٣', '\uD800'];
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const disagreements: string[] = [];
    let accepted = 0;
    for (let n = 0; n < 20000; n++) {
      // Mostly near-dates: a valid-looking skeleton with a few characters replaced.
      const month = String(next() % 14).padStart(2, '0');
      const chars = [...`${1900 + (next() % 200)}-${month}-${String(next() % 33).padStart(2, '0')}`];
      for (let k = next() % 3; k > 0; k--) chars[next() % 10] = alphabet[next() % alphabet.length] ?? '';
      if (next() % 3 === 0) chars.push(alphabet[next() % alphabet.length] ?? '', '1');
      const value = chars.join('');
      const expected = referenceDatePart(value);
      let actual: string | undefined;
      try {
        actual = tokenStrings.tokenValue('testOp', 'day', value, 'yyyy-MM-dd');
      } catch (error) {
        if (!(error instanceof SigningInputError && error.field === 'day')) throw error;
      }
      if (actual !== expected) disagreements.push(value);
      if (expected !== undefined) accepted++;
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(2000);
  });

  it('rejects non-strings (even with a date inside) and leaves absent values empty', () => {
    for (const value of [new Date(0), 20261123, 20261123n, true, ['2026-11-23'], { toString: () => day }]) {
      expect(datePartOf(value)).toBeUndefined();
    }
    expect(tokenStrings.tokenValue('testOp', 'day', undefined, 'yyyy-MM-dd')).toBe('');
    expect(tokenStrings.tokenValue('testOp', 'day', null, 'yyyy-MM-dd')).toBe('');
  });
});
