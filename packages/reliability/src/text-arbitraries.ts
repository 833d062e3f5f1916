// Strings for property tests: Turkish letters, ASCII, digits with leading zeros and any well-formed Unicode.
import fc from 'fast-check';

/** The Turkish letters the SDK must carry byte for byte (dotted/dotless i, ş, ğ, ç, ö, ü in both cases). */
export const TURKISH_LETTERS = 'İıIiŞşĞğÇçÖöÜü';

const TURKISH = /[İıŞşĞğÇçÖöÜü]/u;

/** Whether a string holds one of the Turkish-specific letters. */
export function hasTurkishLetter(text: string): boolean {
  return TURKISH.test(text);
}

/** One code point that is not a surrogate, so strings stay well-formed Unicode. */
const anyCodePoint: fc.Arbitrary<string> = fc
  .integer({ min: 0x20, max: 0x10ffff })
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => String.fromCodePoint(cp));

/** One code point: mostly Turkish letters and ASCII, sometimes anything else (emoji, CJK, combining marks…). */
export const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TURKISH_LETTERS) },
  { weight: 4, arbitrary: fc.constantFrom(...'AaBbZz019 -._@/+=') },
  { weight: 2, arbitrary: anyCodePoint },
);

/** Well-formed text of `minLength`…`maxLength` code points. */
export function text(minLength = 0, maxLength = 12): fc.Arbitrary<string> {
  return fc.string({ unit: textUnit, minLength, maxLength });
}

/** Digit strings that start with at least one zero (`"007"`), within `minLength`…`maxLength`. */
export function zeroLedDigits(minLength = 1, maxLength = 12): fc.Arbitrary<string> {
  const lo = Math.max(1, minLength);
  return fc
    .string({ unit: fc.constantFrom(...'0123456789'), minLength: Math.max(0, lo - 1), maxLength: maxLength - 1 })
    .map((rest) => `0${rest}`);
}

/** A single UTF-16 code unit, lone surrogates included (for the crypto providers, which see raw JS strings). */
export const codeUnit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));

/** Any JS string: arbitrary UTF-16, lone surrogates included. */
export function rawString(maxLength = 24): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ unit: codeUnit, maxLength }), text(0, maxLength));
}
