// `@haso-toolkit/client/core`, Node entry (export condition "node"): tokens are computed synchronously with node:crypto.
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { bindCreateCore } from './core.js';

export * from './core-exports.js';

/** Creates a Haso core client: `haso.call(operation, input)` with constants from @haso-toolkit/client/operations. */
export const createHasoCore = /* @__PURE__ */ bindCreateCore(nodeCryptoProvider);
