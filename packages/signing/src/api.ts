import type { CryptoProvider } from './providers/provider.js';
import { RequestSigner, type SignerOptions } from './signer.js';

/** `createSigner` bound to the crypto provider of the runtime entry point. */
export function bindCreateSigner(defaultProvider: CryptoProvider) {
  /** A signer for one set of credentials: sign, verify and explain requestTokens. Throws HasoSigningError on bad options. */
  return (options: SignerOptions): RequestSigner =>
    new RequestSigner({ ...options, provider: options.provider ?? defaultProvider });
}
