// The shape of one `haso` command, and what a run hands to it.
import type { ParsedArgs } from './args.js';
import type { ReadStdin } from './body-input.js';
import type { ExitCode } from './errors.js';
import type { OptionSpec } from './options.js';
import type { Output } from './output.js';

/** What a command run gets besides its arguments. */
export interface Context {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly out: Output;
  readonly readStdin: ReadStdin;
  /** Every command (for help and completion). */
  readonly commands: readonly Command[];
}

/** One command of the command line. */
export interface Command {
  readonly name: string;
  /** One line for `haso --help`. */
  readonly summary: string;
  /** `haso sign <operation> [options]`. */
  readonly usage: string;
  readonly options: readonly OptionSpec[];
  /** Help text after the options: description, operation list, examples (generated where it lists operations). */
  details(ctx: Context): string;
  /** Completion candidates for the first positional argument (operation ids, shells). */
  positionals(): readonly string[];
  run(args: ParsedArgs, ctx: Context): Promise<ExitCode>;
}
