// Command-line parsing with node:util parseArgs; its errors become one-line CliErrors.
import { parseArgs } from 'node:util';
import { CliError, oneLine } from './errors.js';
import { type OptionSpec, SECRET_OPTIONS } from './options.js';

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

/**
 * The secret values found in argv and the environment (the salt and the HMAC key), collected before anything is
 * parsed so that even an error about the command line cannot print them.
 */
export function secretsIn(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const secrets: string[] = [];
  for (const spec of SECRET_OPTIONS) {
    const fromEnv = spec.env ? env[spec.env] : undefined;
    if (fromEnv) secrets.push(fromEnv);
    argv.forEach((arg, i) => {
      if (arg === `--${spec.name}`) {
        const next = argv[i + 1];
        if (next !== undefined) secrets.push(next);
      } else if (arg.startsWith(`--${spec.name}=`)) {
        secrets.push(arg.slice(spec.name.length + 3));
      }
    });
  }
  return secrets.filter(Boolean);
}
