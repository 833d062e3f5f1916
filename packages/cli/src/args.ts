// Command-line parsing with node:util parseArgs; its errors become one-line CliErrors.
import { parseArgs } from 'node:util';
import { CliError, oneLine } from './errors.js';
import { OPTIONS, type OptionSpec, SECRET_OPTIONS } from './options.js';

/** Parsed options (by long name) and positionals of one command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses `argv` strictly against `specs`; throws CliError naming the problem and the command's help. */
export function parseCommandArgs(command: string, argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const spec of specs)
    options[spec.name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    // parseArgs' messages name the option, never its value; keep the first sentence.
    const first = oneLine(error).split(/\.\s/)[0]?.replace(/\.$/, '') ?? 'bad arguments';
    throw new CliError(`${first} (see haso ${command} --help)`);
  }
}

/** The values an option has in argv and the environment, before any parsing. */
function rawValues(spec: OptionSpec, argv: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const values: string[] = [];
  const fromEnv = spec.env ? env[spec.env] : undefined;
  if (fromEnv) values.push(fromEnv);
  argv.forEach((arg, i) => {
    if (arg === `--${spec.name}`) {
      const next = argv[i + 1];
      if (next !== undefined) values.push(next);
    } else if (arg.startsWith(`--${spec.name}=`)) {
      values.push(arg.slice(spec.name.length + 3));
    }
  });
  return values;
}

/** The user name and password of a URL, as written and decoded. */
function userInfoOf(raw: string): string[] {
  const info = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(raw)?.[1];
  if (info === undefined) return [];
  const colon = info.indexOf(':');
  const parts = colon < 0 ? [info] : [info.slice(0, colon), info.slice(colon + 1)];
  return parts.flatMap((part) => {
    try {
      return [part, decodeURIComponent(part)];
    } catch {
      return [part];
    }
  });
}

/**
 * The secret values found in argv and the environment (the salt, the HMAC key and any user info in the base URL),
 * collected before anything is parsed so that even an error about the command line cannot print them.
 */
export function secretsIn(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const secrets = SECRET_OPTIONS.flatMap((spec) => rawValues(spec, argv, env));
  for (const url of rawValues(OPTIONS.baseUrl, argv, env)) secrets.push(...userInfoOf(url));
  return secrets.filter(Boolean);
}
