// The `haso` command line: dispatches to one command, turns every failure into one line on stderr and an exit code.
import { readFileSync } from 'node:fs';
import { parseCommandArgs, secretsIn } from './args.js';
import type { ReadStdin } from './body-input.js';
import type { Command, Context } from './command.js';
import { callCommand } from './commands/call.js';
import { completionCommand } from './commands/completion.js';
import { doctorCommand } from './commands/doctor.js';
import { helpCommand } from './commands/help.js';
import { operationsCommand } from './commands/operations.js';
import { signCommand } from './commands/sign.js';
import { CliError, EXIT, type ExitCode, oneLine } from './errors.js';
import { commandHelp, globalHelp } from './help.js';
import { createOutput, type TextSink } from './output.js';

/** Every command, in the order of `haso --help`. */
export const COMMANDS: readonly Command[] = [
  signCommand,
  callCommand,
  doctorCommand,
  operationsCommand,
  helpCommand,
  completionCommand,
];

/** The package's version (`haso --version`). */
function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

/** What a run reads and writes (process streams in the bin, collectors in tests). */
export interface MainIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly readStdin: ReadStdin;
}

/** Runs `haso <argv…>` and resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: MainIo): Promise<ExitCode> {
  const out = createOutput(io.stdout, io.stderr, secretsIn(argv, io.env));
  const ctx: Context = { env: io.env, out, readStdin: io.readStdin, commands: COMMANDS };
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      out.err(globalHelp(COMMANDS));
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h') {
      out.out(globalHelp(COMMANDS));
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      out.out(version());
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(`unknown command '${name}' (haso --help lists them)`);
    const args = parseCommandArgs(command.name, rest, command.options);
    if (args.values.help) {
      out.out(commandHelp(command, ctx));
      return EXIT.ok;
    }
    return await command.run(args, ctx);
  } catch (error) {
    out.err(`haso: ${error instanceof CliError ? error.message : `unexpected error: ${oneLine(error)}`}`);
    return EXIT.usage;
  }
}
