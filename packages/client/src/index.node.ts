// Node entry (export condition "node"): tokens are computed synchronously with node:crypto before serialization,
// and options left out come from the environment (HASO_BASE_URL, HASO_MERCHANT_ID, HASO_MERCHANT_SALT, HASO_LOG …).
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { bindCreateClient } from './client.js';
import { fromEnvironment } from './environment.js';

export * from './exports.js';

/** Creates a Haso client (see HasoClientOptions). */
export const createHasoClient = /* @__PURE__ */ bindCreateClient(nodeCryptoProvider, fromEnvironment);
