// What the console shows before it signs: the token string field by field in recipe order, the salt masked, from
// the signer's describeParts() and describe().
import { recipes } from '@haso-toolkit/signing';

/**
 * @typedef {{ field: string, value: string, masked?: boolean }} TokenPart
 * @typedef {import('@haso-toolkit/signing').TokenPart} SignerPart
 * @typedef {{
 *   describe(recipe: string, body: Readonly<Record<string, unknown>>): string,
 *   describeParts(recipe: string, body: Readonly<Record<string, unknown>>): SignerPart[],
 * }} Describer
 */

/**
 * The parts of an operation's token string (the salt as `<merhant_salt>`) and the whole string with the salt
 * masked; undefined when the operation has no recipe. Throws SigningInputError for a value no recipe can sign.
 * @param {Describer} signer
 * @param {string} operationId
 * @param {Readonly<Record<string, unknown>>} body
 * @returns {{ parts: TokenPart[], masked: string } | undefined}
 */
export function describeParts(signer, operationId, body) {
  if (!Object.hasOwn(recipes, operationId)) return undefined;
  const parts = signer
    .describeParts(operationId, body)
    .map((part) =>
      part.kind === 'salt'
        ? { field: `salt (${part.name})`, value: part.value, masked: true }
        : { field: part.name, value: part.value },
    );
  return { parts, masked: signer.describe(operationId, body) };
}
