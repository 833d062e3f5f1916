// Universal entry (browsers, Deno, Bun, edge): Web Crypto by default, so signing is asynchronous.
// On Node the "node" export condition loads index.node.ts instead, with node:crypto as the default.
import { bindCreateSigner } from './api.js';
import { createWebCryptoProvider } from './providers/webcrypto.js';

export * from './exports.js';

/** A signer for one set of credentials (Web Crypto unless `provider` says otherwise). */
export const createSigner = /* @__PURE__ */ bindCreateSigner(/* @__PURE__ */ createWebCryptoProvider());
