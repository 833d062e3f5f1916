// Node entries: options left out are read from the environment (the CLI's variable names); explicit options win.
import { isLogLevel } from './log.js';
import type { DefaultedOptions } from './option-defaults.js';

const REQUIRED = [
  ['baseUrl', 'HASO_BASE_URL'],
  ['merchantId', 'HASO_MERCHANT_ID'],
  ['merchantSalt', 'HASO_MERCHANT_SALT'],
] as const;

type Environment = Readonly<Record<string, string | undefined>>;

/** A variable's value; undefined when unset or not readable (Deno without --allow-env throws on access). */
function variable(env: Environment, name: string): string | undefined {
  try {
    return env[name] || undefined;
  } catch {
    return undefined;
  }
}

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
  for (const [option, name] of REQUIRED) {
    if (filled[option] !== undefined) continue;
    const value = variable(env, name);
    if (!value) throw new TypeError(`${option} is required: pass it in the options or set ${name}`);
    filled[option] = value;
  }
  const hmacKey =
    options?.merchantSalt === undefined && options?.hmacKey === undefined && variable(env, 'HASO_HMAC_KEY');
  if (hmacKey) filled.hmacKey = hmacKey;
  const level = filled.logLevel === undefined ? variable(env, 'HASO_LOG') : undefined;
  if (level) {
    if (!isLogLevel(level)) throw new TypeError('HASO_LOG must be one of debug, info, warn, error, off');
    filled.logLevel = level;
  }
  return filled as T;
}
