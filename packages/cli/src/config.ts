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
  if (!/^\d+$/.test(raw) || ms < 1) throw new CliError('--timeout must be a positive number of milliseconds');
  return ms;
}

/** Reads the settings of one run from the parsed flags and the environment. */
export function resolveConfig(args: ParsedArgs, env: Env): CliConfig {
  const baseUrl = setting(args, env, OPTIONS.baseUrl);
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) {
    throw new CliError('the base URL must be an http(s) URL (--base-url / HASO_BASE_URL)');
  }
  return {
    baseUrl,
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
