import { tokensEqual } from './constant-time.js';
import { HasoSigningError } from './errors.js';
import type { CryptoProvider } from './providers/provider.js';
import { type RecipeRef, recipeFor } from './recipes-lookup.js';
import { maskedTokenString, tokenParts, tokenString } from './token-string.js';

export interface SignerOptions {
  /** The merchant salt Haso gave you; appended to every token string and never sent. */
  merchantSalt: string;
  /**
   * HMAC key. Haso's pages do not name the key: the default is the salt itself. Set this if Haso tells you to use
   * another key (for example a separate merchant key).
   */
  hmacKey?: string;
  /**
   * Whether the salt is appended to the token string (default true, as Haso's pages print it). `false` is the reading
   * where the salt is "really meant as the key": the HMAC runs over the fields alone, keyed with `hmacKey` (default:
   * the salt). `haso doctor` tells which reading Haso accepts.
   */
  appendSalt?: boolean;
  /** Crypto implementation; the package entry point picks node:crypto on Node and Web Crypto elsewhere. */
  provider?: CryptoProvider;
}

type Body = Readonly<Record<string, unknown>>;

/** Computes and verifies requestTokens for one set of credentials. Secrets live in private fields. */
export class RequestSigner {
  /** What is appended to the token string: the salt, or "" when `appendSalt` is false. */
  readonly #appended: string;
  readonly #key: string;
  readonly provider: CryptoProvider;

  constructor(options: SignerOptions & { provider: CryptoProvider }) {
    if (typeof options.merchantSalt !== 'string' || options.merchantSalt === '') {
      throw new HasoSigningError('merchantSalt must be a non-empty string');
    }
    if (options.hmacKey !== undefined && (typeof options.hmacKey !== 'string' || options.hmacKey === '')) {
      throw new HasoSigningError('hmacKey must be a non-empty string when given');
    }
    if (options.appendSalt !== undefined && typeof options.appendSalt !== 'boolean') {
      throw new HasoSigningError('appendSalt must be a boolean when given');
    }
    this.#appended = options.appendSalt === false ? '' : options.merchantSalt;
    this.#key = options.hmacKey ?? options.merchantSalt;
    this.provider = options.provider;
  }

  /** requestToken for a body, synchronously (node:crypto provider). */
  sign(recipe: RecipeRef, body: Body): string {
    return this.provider.hmacSha256Base64(this.#key, tokenString(recipeFor(recipe), body, this.#appended));
  }

  /** requestToken for a body (any provider). */
  signAsync(recipe: RecipeRef, body: Body): Promise<string> {
    try {
      return this.provider.hmacSha256Base64Async(this.#key, tokenString(recipeFor(recipe), body, this.#appended));
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
    return this.#appended === '' ? tokenParts(found, body).join('') : maskedTokenString(found, body);
  }

  toJSON(): Record<string, string> {
    return { provider: this.provider.name, merchantSalt: '[redacted]', hmacKey: '[redacted]' };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RequestSigner { provider: '${this.provider.name}', merchantSalt: [redacted], hmacKey: [redacted] }`;
  }
}
