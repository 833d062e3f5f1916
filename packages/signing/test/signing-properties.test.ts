// Property tests of the signing package against an independent model built from the spec's x-haso-signature
// (token-model.ts). Fixed seed (FC_SEED=<n> runs another); the cases count in the run's figures.

import { inspect } from 'node:util';
import { loadSpec } from '@haso-toolkit/spec/load';
import { listOperations, type Signature, signatureOf } from '@haso-toolkit/spec/reader';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count } from '../../../tests/support/figures.mjs';
import { createSigner, createWebCryptoProvider, recipes, SigningInputError } from '../src/index.node.js';
import { nodeCryptoProvider } from '../src/node.js';
import { expectedTokenString, hmacBase64 } from './token-model.js';

const SEED = Number(process.env.FC_SEED ?? 20261123);
/** Far above a property's run on an idle machine: only a stuck property hits it. */
const slow = { timeout: 60_000 };

/** Runs a property `numRuns` times with the run's seed (fast-check names it on failure) and counts the cases. */
async function checkProperty<T>(property: fc.IRawProperty<T>, numRuns: number): Promise<void> {
  await fc.assert(property, { seed: SEED, numRuns });
  count('property cases', numRuns);
}

const TEST_SALT = 'signing-prop-salt-Qx7vT2mK9pZ4';
const TEST_KEY = 'signing-prop-key-Wd3nL8sR5fJ1';

type SpecSignature = Pick<Signature, 'fields' | 'formats'>;
const signedOperations = listOperations(loadSpec()).flatMap(({ operationId, op }) => {
  const signature = signatureOf(op);
  return signature ? [{ operationId, signature: signature as SpecSignature }] : [];
});

/** The Turkish letters the package must carry byte for byte (dotted/dotless i, ş, ğ, ç, ö, ü in both cases). */
const TURKISH_LETTERS = 'İıIiŞşĞğÇçÖöÜü';

/** One code point: mostly Turkish letters and ASCII, sometimes any other (emoji, CJK, combining marks…). */
const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TURKISH_LETTERS) },
  { weight: 4, arbitrary: fc.constantFrom(...'AaBbZz019 -._@/+=') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Well-formed text of `minLength`…`maxLength` code points. */
const text = (minLength = 0, maxLength = 12) => fc.string({ unit: textUnit, minLength, maxLength });

/** Any JS string: arbitrary UTF-16 code units (lone surrogates included) or well-formed text. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const rawString = (maxLength: number) => fc.oneof(fc.string({ unit: codeUnit, maxLength }), text(0, maxLength));

/** Calendar dates from 1900 to 2099 as yyyy-MM-dd. */
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** No salt or key in what an error shows (message, stack, inspect with causes). */
function expectNoSecret(error: unknown): void {
  const shown = inspect(error, { depth: Infinity, showHidden: true });
  for (const secret of [TEST_SALT, TEST_KEY]) expect(shown).not.toContain(secret);
}

const webCrypto = createWebCryptoProvider();
const byId = new Map(signedOperations.map((op) => [op.operationId, op]));
/** A signed operation, drawn by id (so counterexamples print the id, not the whole spec node). */
const signedOperation = fc.constantFrom(...byId.keys()).map(
  (id) => byId.get(id)!,
  (op) => (op as { operationId: string }).operationId,
);
const recipeTable: Readonly<Record<string, { fields: readonly string[] }>> = recipes;

/** Any value the token string accepts for a plain field: text (Turkish-heavy), digits, safe integers, null. */
const plainValue = fc.oneof(
  { weight: 5, arbitrary: text(0, 16) },
  { weight: 1, arbitrary: fc.stringMatching(/^0[0-9]{0,10}$/) },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A body with every field of a signature, `plain` values for plain fields and `date` values for yyyy-MM-dd ones. */
function bodyOf<T>(signature: SpecSignature, plain: fc.Arbitrary<T>, date: fc.Arbitrary<string>, optional: boolean) {
  const model: Record<string, fc.Arbitrary<T | string>> = {};
  for (const field of signature.fields) model[field] = signature.formats[field] === 'yyyy-MM-dd' ? date : plain;
  const dates = signature.fields.filter((field) => signature.formats[field] !== undefined);
  return fc.record(model, { requiredKeys: optional ? [] : dates });
}

/** Any body for a signature: every field optional (absent → ""), dates with an optional time, an unrelated field. */
function bodyFor(signature: SpecSignature) {
  const unrelated = fc.record({ unrelatedField: text(0, 8) }, { requiredKeys: [] });
  const date = fc.oneof(
    isoDate,
    isoDate.map((d) => `${d}T10:20:30`),
  );
  return fc.tuple(bodyOf(signature, plainValue, date, true), unrelated).map(([body, more]) => ({ ...more, ...body }));
}

/** Well-formed string values only (for the one-character-change property), dates exactly yyyy-MM-dd. */
function stringBodyFor(signature: SpecSignature) {
  return bodyOf(signature, text(0, 16), isoDate, false) as fc.Arbitrary<Record<string, string>>;
}

const secret = text(1, 24);

describe('token strings follow the recipe order of the spec', () => {
  it('the generated recipes list the same fields, in the same order, as x-haso-signature', () => {
    expect(signedOperations.length).toBeGreaterThan(0);
    for (const op of signedOperations) expect(recipeTable[op.operationId]?.fields).toEqual(op.signature.fields);
  });

  it.each(signedOperations.map((op) => [op.operationId, op] as const))(
    '%s: describeParts(), sign() and describe() match the independent model',
    slow,
    async (operationId, op) => {
      await checkProperty(
        fc.property(bodyFor(op.signature), secret, secret, (body, salt, key) => {
          const expected = expectedTokenString(op.signature, body, salt);
          const signer = createSigner({ merchantSalt: salt, hmacKey: key, provider: nodeCryptoProvider });
          const parts = signer.describeParts(operationId, body);
          expect(parts.map((p) => (p.kind === 'salt' ? salt : p.value)).join('')).toBe(expected);
          expect(signer.sign(operationId, body)).toBe(hmacBase64(key, expected));
          expect(signer.describe(operationId, body).startsWith(expected.slice(0, expected.length - salt.length))).toBe(
            true,
          );
        }),
        400,
      );
    },
  );
});

describe('the Node and Web Crypto providers always agree', () => {
  it('on any key and message (any UTF-16, lone surrogates included)', slow, async () => {
    await checkProperty(
      fc.asyncProperty(
        rawString(32).filter((k) => k.length > 0),
        rawString(64),
        async (key, message) => {
          const node = nodeCryptoProvider.hmacSha256Base64!(key, message);
          expect(await webCrypto.hmacSha256Base64Async(key, message)).toBe(node);
          expect(await nodeCryptoProvider.hmacSha256Base64Async(key, message)).toBe(node);
          expect(node).toBe(hmacBase64(key, message));
        },
      ),
      2000,
    );
  });

  it('signers on either provider give the same token for any body of any signed operation', slow, async () => {
    await checkProperty(
      fc.asyncProperty(
        signedOperation.chain((op) => fc.tuple(fc.constant(op), bodyFor(op.signature))),
        secret,
        fc.boolean(),
        async ([op, body], salt, appendSalt) => {
          const options = { merchantSalt: salt, appendSalt };
          const node = createSigner({ ...options, provider: nodeCryptoProvider }).sign(op.operationId, body);
          const web = await createSigner({ ...options, provider: webCrypto }).signAsync(op.operationId, body);
          expect(web).toBe(node);
        },
      ),
      1000,
    );
  });
});

/** Replaces, inserts or deletes one code point of `value` (dates: one digit replaced by another). */
function mutate(value: string, isDate: boolean, position: number, unit: string, how: number): string {
  const chars = [...value];
  if (isDate) {
    const digits = chars.flatMap((c, i) => (/\d/.test(c) ? [i] : []));
    const at = digits[position % digits.length]!;
    chars[at] = String((Number(chars[at]) + 1 + (how % 9)) % 10);
    return chars.join('');
  }
  if (chars.length === 0 || how % 3 === 0) {
    chars.splice(position % (chars.length + 1), 0, unit);
  } else if (how % 3 === 1) {
    chars.splice(position % chars.length, 1);
  } else {
    const at = position % chars.length;
    chars[at] = chars[at] === unit ? (unit === 'x' ? 'y' : 'x') : unit;
  }
  return chars.join('');
}

describe('verify(sign(x)) holds and any one-character change breaks it', () => {
  it('for any body of any signed operation, salt placement and provider', slow, async () => {
    await checkProperty(
      fc.asyncProperty(
        signedOperation.chain((op) => fc.tuple(fc.constant(op), stringBodyFor(op.signature))),
        secret,
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        textUnit,
        fc.nat(),
        async ([op, body], salt, appendSalt, fieldPick, position, unit, how) => {
          const node = createSigner({ merchantSalt: salt, appendSalt, provider: nodeCryptoProvider });
          const web = createSigner({ merchantSalt: salt, appendSalt, provider: webCrypto });
          const token = node.sign(op.operationId, body);
          expect(node.verify(op.operationId, body, token)).toBe(true);
          expect(await web.verifyAsync(op.operationId, body, token)).toBe(true);

          const field = op.signature.fields[fieldPick % op.signature.fields.length]!;
          const isDate = op.signature.formats[field] === 'yyyy-MM-dd';
          const changed = { ...body, [field]: mutate(body[field] ?? '', isDate, position, unit, how) };
          expect(changed[field]).not.toBe(body[field] ?? '');
          let verdict: boolean | 'unsignable';
          try {
            verdict = node.verify(op.operationId, changed, token);
          } catch (error) {
            expect(error).toBeInstanceOf(SigningInputError);
            verdict = 'unsignable';
          }
          expect(verdict === false || (isDate && verdict === 'unsignable')).toBe(true);

          const at = position % 43;
          const swap = token[at] === 'A' ? 'B' : 'A';
          expect(node.verify(op.operationId, body, token.slice(0, at) + swap + token.slice(at + 1))).toBe(false);
        },
      ),
      1500,
    );
  });
});

describe('strings that are not well-formed Unicode never reach a token', () => {
  it('a lone surrogate in any signed field is a SigningInputError naming the field', slow, async () => {
    await checkProperty(
      fc.property(
        signedOperation.chain((op) =>
          fc.tuple(
            fc.constant(op),
            fc.constantFrom(...op.signature.fields.filter((f) => op.signature.formats[f] === undefined)),
          ),
        ),
        text(0, 6),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        text(0, 6),
        ([op, field], before, surrogate, after) => {
          const signer = createSigner({
            merchantSalt: TEST_SALT,
            hmacKey: TEST_KEY,
            provider: nodeCryptoProvider,
          });
          const body = { [field]: before + String.fromCharCode(surrogate) + after };
          let thrown: unknown;
          try {
            signer.sign(op.operationId, body);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(SigningInputError);
          expect((thrown as SigningInputError).field).toBe(field);
          expectNoSecret(thrown);
        },
      ),
      500,
    );
  });
});
