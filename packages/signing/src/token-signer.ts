import { HasoSigningError } from './errors.js';
import type { CryptoProvider } from './providers/provider.js';
import type { LooseRecipe } from './recipe.js';
import { tokenString } from './token-string.js';

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

/** requestTokens from recipe objects (no recipe table) for one set of credentials, held in its closure only. */
export interface TokenSigner {
  /** Whether the salt ends the token string (`appendSalt`, default true). */
  readonly appendsSalt: boolean;
  /** Whether `sign` works: the provider declares it signs synchronously (node:crypto). */
  readonly synchronous: boolean;
  /** requestToken for a body, synchronously: only when `synchronous` (node:crypto). */
  sign(recipe: LooseRecipe, body: Body): string;
  /** requestToken for a body (any provider). */
  signAsync(recipe: LooseRecipe, body: Body): Promise<string>;
}

/** Checks the credentials (HasoSigningError naming the option, never its value) and returns their token signer. */
export function createTokenSigner(options: SignerOptions & { provider: CryptoProvider }): TokenSigner {
  const { merchantSalt, hmacKey, appendSalt, provider } = options;
  const problem =
    typeof merchantSalt !== 'string' || merchantSalt === ''
      ? 'merchantSalt must be a non-empty string'
      : hmacKey !== undefined && (typeof hmacKey !== 'string' || hmacKey === '')
        ? 'hmacKey must be a non-empty string when given'
        : appendSalt !== undefined && typeof appendSalt !== 'boolean'
          ? 'appendSalt must be a boolean when given'
          : undefined;
  if (problem) throw new HasoSigningError(problem);
  const appended = appendSalt === false ? '' : merchantSalt;
  const key = hmacKey ?? merchantSalt;
  return {
    appendsSalt: appendSalt !== false,
    synchronous: provider.synchronous === true && typeof provider.hmacSha256Base64 === 'function',
    sign: (recipe, body) =>
      (provider as Required<CryptoProvider>).hmacSha256Base64(key, tokenString(recipe, body, appended)),
    signAsync(recipe, body) {
      try {
        return provider.hmacSha256Base64Async(key, tokenString(recipe, body, appended));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}
