// `@haso-toolkit/client/core`, Node entry (export condition "node"): tokens are computed synchronously with
// node:crypto, and options left out come from the environment (as for createHasoClient).
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { bindCreateCore } from './core.js';
import { fromEnvironment } from './environment.js';
import { observeWithLogger } from './log.js';
import { readNetworkFailure } from './not-sent.js';

export * from './core-exports.js';

/** Creates a Haso core client: `haso.call(operation, input)` with constants from @haso-toolkit/client/operations. */
export const createHasoCore = /* @__PURE__ */ bindCreateCore(
  nodeCryptoProvider,
  observeWithLogger,
  fromEnvironment,
  readNetworkFailure,
);
