// Node entry (export condition "node"): node:crypto by default, so `signer.sign()` is synchronous.
import { bindCreateSigner } from './api.js';
import { nodeCryptoProvider } from './providers/node.js';

export * from './exports.js';

/** A signer for one set of credentials (node:crypto unless `provider` says otherwise). */
export const createSigner = /* @__PURE__ */ bindCreateSigner(nodeCryptoProvider);
