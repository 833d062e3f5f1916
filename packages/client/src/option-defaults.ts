// How an entry point completes the options a client is created with (the Node entries: environment variables).
import type { LogLevel } from './log.js';

/** The options an entry point may fill in. */
export interface DefaultedOptions {
  baseUrl?: string;
  merchantId?: string;
  merchantSalt?: string;
  hmacKey?: string;
  logLevel?: LogLevel;
}

/** Completes `options` (the universal entries: unchanged). */
export type OptionDefaults = <T extends DefaultedOptions>(options: T | undefined) => T;
