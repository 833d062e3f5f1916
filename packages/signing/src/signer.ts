import { tokensEqual } from './constant-time.js';
import { HasoSigningError } from './errors.js';
import type { CryptoProvider } from './providers/provider.js';
import { type RecipeRef, recipeFor } from './recipes-lookup.js';
import { maskedTokenString, tokenString } from './token-string.js';

export interface SignerOptions {
  /** The merchant salt Haso gave you; appended to every token string and never sent. */
  merchantSalt: string;
  /**
   * HMAC key. Haso's pages do not name the key: the default is the salt itself. Set this if Haso tells you to use
   * another key (for example a separate merchant key).
   */
  hmacKey?: string;
  /** Crypto implementation; the package entry point picks node:crypto on Node and Web Crypto elsewhere. */
  provider?: CryptoProvider;
}

type Body = Readonly<Record<string, unknown>>;

/** Computes and verifies requestTokens for one set of credentials. Secrets live in private fields. */
export class RequestSigner {
  readonly #salt: string;
  readonly #key: string;
  readonly provider: CryptoProvider;

  constructor(options: SignerOptions & { provider: CryptoProvider }) {
    if (typeof options.merchantSalt !== 'string' || options.merchantSalt === '') {
      throw new HasoSigningError('merchantSalt must be a non-empty string');
    }
    if (options.hmacKey !== undefined && (typeof options.hmacKey !== 'string' || options.hmacKey === '')) {
      throw new HasoSigningError('hmacKey must be a non-empty string when given');
    }
    this.#salt = options.merchantSalt;
    this.#key = options.hmacKey ?? options.merchantSalt;
    this.provider = options.provider;
  }

  /** requestToken for a body, synchronously (node:crypto provider). */
  sign(recipe: RecipeRef, body: Body): string {
    return this.provider.hmacSha256Base64(this.#key, tokenString(recipeFor(recipe), body, this.#salt));
  }

  /** requestToken for a body (any provider). */
  signAsync(recipe: RecipeRef, body: Body): Promise<string> {
    try {
      return this.provider.hmacSha256Base64Async(this.#key, tokenString(recipeFor(recipe), body, this.#salt));
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
    return maskedTokenString(recipeFor(recipe), body);
  }

  toJSON(): Record<string, string> {
    return { provider: this.provider.name, merchantSalt: '[redacted]', hmacKey: '[redacted]' };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RequestSigner { provider: '${this.provider.name}', merchantSalt: [redacted], hmacKey: [redacted] }`;
  }
}
