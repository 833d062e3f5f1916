// `@haso-toolkit/client/core`, universal entry (browsers, Deno, Bun, edge): tokens are computed with Web Crypto, calls
// are observed with the hooks only (the logger stays out of the bundle), and no failure counts as provably not sent
// (these runtimes hide the connect error's cause), so writes are never resent. On Node the "node" export condition
// loads core-entry.node.ts instead (node:crypto, the logger, options from the environment, connect errors read).
import { createWebCryptoProvider } from '@haso-toolkit/signing';
import { bindCreateCore } from './core.js';
import { createObserver } from './observe.js';
import type { HasoCoreOptions } from './types.js';

export * from './core-exports.js';

/** Hooks only: a logger here would be silently ignored, so it is refused. */
function observeHooks(options: HasoCoreOptions) {
  if (options.logger || options.logLevel) throw new TypeError('logger/logLevel: use the hooks with this entry');
  return createObserver([options]);
}

/** Creates a Haso core client: `haso.call(operation, input)` with constants from @haso-toolkit/client/operations. */
export const createHasoCore = /* @__PURE__ */ bindCreateCore(/* @__PURE__ */ createWebCryptoProvider(), observeHooks);
