// Node entry (export condition "node"): node:crypto by default, so `signer.sign()` is synchronous.
import { bindDefaults } from './api.js';
import { nodeCryptoProvider } from './providers/node.js';

export * from './exports.js';

/** The default crypto provider of this entry point. */
export const defaultProvider = nodeCryptoProvider;

export const { createSigner, computeRequestToken, verifyRequestToken } = bindDefaults(defaultProvider);
