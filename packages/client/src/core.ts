// createHasoCore: the call pipeline alone. Operations come in as constants (`@haso-toolkit/client/operations`), so a
// browser or edge bundle carries only the operations it imports, and no openapi-fetch.
import type { CryptoProvider } from '@haso-toolkit/signing';
import { codesOnly } from './find-codes.js';
import type { NetworkFailure } from './not-sent.js';
import type { Observer } from './observe.js';
import type { OptionDefaults } from './option-defaults.js';
import { createPipeline } from './pipeline.js';
import type { HasoCore, HasoCoreOptions } from './types.js';

/**
 * `createHasoCore` bound to the crypto provider of the runtime entry point (node:crypto or Web Crypto), how it
 * observes (the universal entry: hooks only), how it completes options (Node: the environment) and how a failed
 * connection is read (Node: system error codes; elsewhere fetch hides them, so a write is never resent).
 */
export function bindCreateCore(
  defaultProvider: CryptoProvider,
  observe: (options: HasoCoreOptions) => Observer | undefined,
  defaults: OptionDefaults = (o) => (o ?? {}) as never,
  network?: (error: unknown, origin: URL) => NetworkFailure,
) {
  /**
   * A Haso core client for one merchant (createHasoClient's options; retries only with `retry: retryPolicy()`).
   * Throws TypeError on unusable options.
   */
  return function createHasoCore(given?: HasoCoreOptions): HasoCore {
    const options = defaults(given);
    const pipeline = createPipeline(options, defaultProvider, {
      codes: codesOnly,
      retry: options.retry,
      observe,
      network,
    });
    return {
      call: pipeline.call as HasoCore['call'],
      config: pipeline.config,
    };
  };
}
