// Node entry (export condition "node"): tokens are computed synchronously with node:crypto before serialization.
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { bindCreateClient } from './client.js';

export * from './exports.js';

/** Creates a Haso client (see HasoClientOptions). */
export const createHasoClient = /* @__PURE__ */ bindCreateClient(nodeCryptoProvider);
