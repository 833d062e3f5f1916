// Universal entry (browsers, Deno, Bun, edge): Web Crypto by default, so signing is asynchronous.
// On Node the "node" export condition loads index.node.ts instead, with node:crypto as the default.
import { bindDefaults } from './api.js';
import { createWebCryptoProvider } from './providers/webcrypto.js';

export * from './exports.js';

/** The default crypto provider of this entry point. */
export const defaultProvider = /* @__PURE__ */ createWebCryptoProvider();

// Pure: a bundle that imports none of the three leaves the recipe table behind (no lookup by operation id).
const defaults = /* @__PURE__ */ bindDefaults(defaultProvider);
export const { createSigner, computeRequestToken, verifyRequestToken } = defaults;
