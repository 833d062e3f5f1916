import { tokensEqual } from './constant-time.js';
import { CryptoProviderOnlySupportsAsyncError } from './errors.js';
import type { CryptoProvider } from './providers/provider.js';
import { type RecipeRef, recipeFor } from './recipes-lookup.js';
import { createTokenSigner, type SignerOptions, type TokenSigner } from './token-signer.js';
import { maskedTokenString, tokenParts } from './token-string.js';

export type { SignerOptions } from './token-signer.js';

type Body = Readonly<Record<string, unknown>>;

/** One piece of a token string: a recipe field's value as it enters the string, or the masked salt. */
export interface TokenPart {
  readonly kind: 'field' | 'salt';
  /** The field name, or the salt's name as the page spells it (`merhant_salt`). */
  readonly name: string;
  /** What enters the string (`""` for an absent field); for the salt a placeholder (`<merhant_salt>`), never the salt. */
  readonly value: string;
}

/**
 * Computes, verifies and explains requestTokens for one set of credentials, by operation id (the generated recipe
 * table) or recipe object; made by `createSigner`. The secrets live in the closure of a private token signer.
 */
export class RequestSigner {
  readonly #tokens: TokenSigner;
  readonly provider: CryptoProvider;

  constructor(options: SignerOptions & { provider: CryptoProvider }) {
    this.#tokens = createTokenSigner(options);
    this.provider = options.provider;
  }

  /** requestToken for a body, synchronously (node:crypto provider; others throw CryptoProviderOnlySupportsAsyncError). */
  sign(recipe: RecipeRef, body: Body): string {
    if (!this.#tokens.synchronous) throw new CryptoProviderOnlySupportsAsyncError(this.provider.name);
    return this.#tokens.sign(recipeFor(recipe), body);
  }

  /** requestToken for a body (any provider). */
  signAsync(recipe: RecipeRef, body: Body): Promise<string> {
    try {
      return this.#tokens.signAsync(recipeFor(recipe), body);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Whether `token` is the requestToken of `body`, compared in constant time; malformed tokens are false. */
  verify(recipe: RecipeRef, body: Body, token: unknown): boolean {
    return tokensEqual(this.sign(recipe, body), token);
  }

  async verifyAsync(recipe: RecipeRef, body: Body, token: unknown): Promise<boolean> {
    return tokensEqual(await this.signAsync(recipe, body), token);
  }

  /** The token string with the salt masked, for debugging a token mismatch. */
  describe(recipe: RecipeRef, body: Body): string {
    const found = recipeFor(recipe);
    return this.#tokens.appendsSalt ? maskedTokenString(found, body) : tokenParts(found, body).join('');
  }

  /** The token string piece by piece in recipe order (salt masked, last, when appended): `describe()` is their join. */
  describeParts(recipe: RecipeRef, body: Body): TokenPart[] {
    const found = recipeFor(recipe);
    const values = tokenParts(found, body);
    const parts: TokenPart[] = found.fields.map((name, i) => ({ kind: 'field', name, value: values[i] ?? '' }));
    const salt = found.salt ?? 'merchantSalt';
    if (this.#tokens.appendsSalt) parts.push({ kind: 'salt', name: salt, value: `<${salt}>` });
    return parts;
  }

  toJSON(): Record<string, string> {
    return { provider: this.provider.name, merchantSalt: '[redacted]', hmacKey: '[redacted]' };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RequestSigner { provider: '${this.provider.name}', merchantSalt: [redacted], hmacKey: [redacted] }`;
  }
}
