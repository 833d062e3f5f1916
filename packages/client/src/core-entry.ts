// `@haso-toolkit/client/core`, universal entry (browsers, Deno, Bun, edge): tokens are computed with Web Crypto.
// On Node the "node" export condition loads core-entry.node.ts instead (node:crypto, synchronous signing).
import { createWebCryptoProvider } from '@haso-toolkit/signing';
import { bindCreateCore } from './core.js';

export * from './core-exports.js';

/** Creates a Haso core client: `haso.call(operation, input)` with constants from @haso-toolkit/client/operations. */
export const createHasoCore = /* @__PURE__ */ bindCreateCore(/* @__PURE__ */ createWebCryptoProvider());
