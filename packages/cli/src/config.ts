// Settings of one run: command-line flags first, then HASO_* environment variables. Secrets stay in this object and
// are only handed to the signer or the client.
import type { ParsedArgs } from './args.js';
import { CliError } from './errors.js';
import { OPTIONS, type OptionSpec } from './options.js';

/** Resolved settings (any of them may be missing; commands ask for what they need with `required`). */
export interface CliConfig {
  readonly baseUrl: string | undefined;
  readonly merchantId: string | undefined;
  readonly merchantSalt: string | undefined;
  readonly hmacKey: string | undefined;
  /** False with --no-append-salt or HASO_APPEND_SALT=false. */
  readonly appendSalt: boolean;
  readonly ipAddress: string | undefined;
  readonly timeoutMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_TIMEOUT_MS = 30_000;
/** The largest delay a timer takes (2^31-1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function setting(args: ParsedArgs, env: Env, spec: OptionSpec): string | undefined {
  const flag = args.values[spec.name];
  const value = typeof flag === 'string' ? flag : spec.env ? env[spec.env] : undefined;
  if (value === '' && typeof flag === 'string') throw new CliError(`--${spec.name} must not be empty`);
  return value === '' ? undefined : value;
}

function appendSaltOf(args: ParsedArgs, env: Env): boolean {
  if (args.values[OPTIONS.noAppendSalt.name] === true) return false;
  const raw = env.HASO_APPEND_SALT?.trim().toLowerCase();
  if (raw === undefined || raw === '' || ['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new CliError('HASO_APPEND_SALT must be true or false');
}

function timeoutOf(args: ParsedArgs): number {
  const raw = args.values[OPTIONS.timeout.name];
  if (typeof raw !== 'string') return DEFAULT_TIMEOUT_MS;
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || ms < 1 || ms > MAX_TIMEOUT_MS) {
    throw new CliError(`--timeout must be an integer from 1 to ${MAX_TIMEOUT_MS} (milliseconds)`);
  }
  return ms;
}

const URL_SOURCE = '(--base-url / HASO_BASE_URL)';

/** Checks the base URL without ever echoing it (it may carry a password or a key). */
function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`the base URL must be an http(s) URL ${URL_SOURCE}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`the base URL must be an http(s) URL ${URL_SOURCE}`);
  }
  if (url.username || url.password) {
    throw new CliError(`the base URL must not contain a user name or password ${URL_SOURCE}`);
  }
  if (url.search || url.hash || /[?#]/.test(raw)) {
    throw new CliError(`the base URL must be http(s)://host[:port][/path], without a query or fragment ${URL_SOURCE}`);
  }
  return raw;
}

/** Reads the settings of one run from the parsed flags and the environment. */
export function resolveConfig(args: ParsedArgs, env: Env): CliConfig {
  const baseUrl = setting(args, env, OPTIONS.baseUrl);
  return {
    baseUrl: baseUrl === undefined ? undefined : checkBaseUrl(baseUrl),
    merchantId: setting(args, env, OPTIONS.merchantId),
    merchantSalt: setting(args, env, OPTIONS.merchantSalt),
    hmacKey: setting(args, env, OPTIONS.hmacKey),
    appendSalt: appendSaltOf(args, env),
    ipAddress: setting(args, env, OPTIONS.ipAddress),
    timeoutMs: timeoutOf(args),
  };
}

const SOURCES = {
  baseUrl: OPTIONS.baseUrl,
  merchantId: OPTIONS.merchantId,
  merchantSalt: OPTIONS.merchantSalt,
} as const;

const NAMES = { baseUrl: 'base URL', merchantId: 'merchant id', merchantSalt: 'merchant salt' } as const;

/** A required setting, or a CliError telling which flag or environment variable sets it. */
export function required(config: CliConfig, key: keyof typeof SOURCES): string {
  const value = config[key];
  if (value !== undefined) return value;
  const spec = SOURCES[key];
  const hint = key === 'baseUrl' ? ' (the mock: http://127.0.0.1:4010)' : '';
  throw new CliError(`no ${NAMES[key]}: pass --${spec.name} or set ${spec.env}${hint}`);
}
