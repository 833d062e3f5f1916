import type { CryptoProvider } from './providers/provider.js';
import type { RecipeRef } from './recipes-lookup.js';
import { RequestSigner, type SignerOptions } from './signer.js';

type Body = Readonly<Record<string, unknown>>;

export interface TokenInput extends SignerOptions {
  /** Operation id from the spec (`reSendKkbPin`) or a recipe object. */
  operation: RecipeRef;
  body: Body;
}

export interface VerifyInput extends TokenInput {
  token: unknown;
}

/** The functions whose default crypto provider depends on the runtime entry point. */
export function bindDefaults(defaultProvider: CryptoProvider) {
  const signer = (options: SignerOptions) =>
    new RequestSigner({ ...options, provider: options.provider ?? defaultProvider });
  return {
    /** A signer bound to one set of credentials. */
    createSigner: signer,
    /** requestToken of one body (async works with every provider). */
    computeRequestToken: (input: TokenInput): Promise<string> => signer(input).signAsync(input.operation, input.body),
    /** Constant-time check of a received requestToken; false for missing or malformed tokens. */
    verifyRequestToken: (input: VerifyInput): Promise<boolean> =>
      signer(input).verifyAsync(input.operation, input.body, input.token),
  };
}
