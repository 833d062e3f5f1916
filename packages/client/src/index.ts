// Universal entry (browsers, Deno, Bun, edge): tokens are computed with Web Crypto (asynchronously).
// On Node the "node" export condition loads index.node.ts instead, which signs synchronously with node:crypto.
import { createWebCryptoProvider } from '@haso-toolkit/signing';
import { bindCreateClient } from './client.js';

export * from './exports.js';

/** Creates a Haso client (see HasoClientOptions). */
export const createHasoClient = /* @__PURE__ */ bindCreateClient(/* @__PURE__ */ createWebCryptoProvider());
