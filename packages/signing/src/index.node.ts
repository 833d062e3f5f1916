// Node entry (export condition "node"): node:crypto by default, so `signer.sign()` is synchronous.
import { bindDefaults } from './api.js';
import { nodeCryptoProvider } from './providers/node.js';

export * from './exports.js';

/** The default crypto provider of this entry point. */
export const defaultProvider = nodeCryptoProvider;

// Pure: a bundle that imports none of the three leaves the recipe table behind (no lookup by operation id).
const defaults = /* @__PURE__ */ bindDefaults(defaultProvider);
export const { createSigner, computeRequestToken, verifyRequestToken } = defaults;
