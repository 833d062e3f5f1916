// Node entries: options left out are read from the environment (the CLI's variable names); explicit options win.
import { isLogLevel } from './log.js';
import type { DefaultedOptions } from './option-defaults.js';

const REQUIRED = [
  ['baseUrl', 'HASO_BASE_URL'],
  ['merchantId', 'HASO_MERCHANT_ID'],
  ['merchantSalt', 'HASO_MERCHANT_SALT'],
] as const;

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * `options` with baseUrl, merchantId and merchantSalt from HASO_BASE_URL, HASO_MERCHANT_ID and HASO_MERCHANT_SALT
 * where left out (TypeError naming option and variable when neither is set), hmacKey from HASO_HMAC_KEY only with a
 * salt from the environment too (a key belongs to its salt), and logLevel from HASO_LOG.
 */
export function fromEnvironment<T extends DefaultedOptions>(
  options: T | undefined,
  env: Environment = (globalThis as { process?: { env: Environment } }).process?.env ?? {},
): T {
  const filled: DefaultedOptions = { ...options };
  for (const [option, variable] of REQUIRED) {
    if (filled[option] !== undefined) continue;
    const value = env[variable];
    if (!value) throw new TypeError(`${option} is required: pass it in the options or set ${variable}`);
    filled[option] = value;
  }
  if (options?.merchantSalt === undefined && options?.hmacKey === undefined && env.HASO_HMAC_KEY) {
    filled.hmacKey = env.HASO_HMAC_KEY;
  }
  const level = env.HASO_LOG;
  if (filled.logLevel === undefined && level) {
    if (!isLogLevel(level)) throw new TypeError('HASO_LOG must be one of debug, info, warn, error, off');
    filled.logLevel = level;
  }
  return filled as T;
}
