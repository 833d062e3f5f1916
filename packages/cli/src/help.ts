// Help texts: the global help, each command's help (usage, options with their environment variables, details) and
// operation lists. Operation lines come from the generated tables and the bundled spec.
import type { Command, Context } from './command.js';
import { columns } from './format.js';
import type { OperationInfo } from './operation-catalog.js';
import type { OptionSpec } from './options.js';

/** `haso --help`. */
export function globalHelp(commands: readonly Command[]): string {
  return [
    'Usage: haso <command> [options]',
    '',
    'Sign, call and diagnose Haso merchant API requests. Operations, token recipes and help texts come from the',
    "toolkit's OpenAPI spec.",
    '',
    'Commands:',
    columns(
      commands.map((c) => [c.name, c.summary]),
      '  ',
    ),
    '',
    'haso <command> --help (or haso help <command>) shows a command; haso help <operation> an operation;',
    'haso --version the version.',
    'Exit codes: 0 ok, 1 Haso answered Success: false (or rejected every key reading), 2 usage or transport error.',
  ].join('\n');
}

function optionLabel(spec: OptionSpec): string {
  const long = `--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

/** The options of a command as aligned lines, each with its environment variable. */
export function optionLines(options: readonly OptionSpec[]): string {
  return columns(
    options.map((spec) => [optionLabel(spec), spec.description + (spec.env ? ` [${spec.env}]` : '')]),
    '  ',
  );
}

/** `haso <command> --help`. */
export function commandHelp(command: Command, ctx: Context): string {
  const details = command.details(ctx);
  return [
    `Usage: ${command.usage}`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    '',
    'Options:',
    optionLines(command.options),
    ...(details ? ['', details] : []),
  ].join('\n');
}

/** Operation ids with their section and the spec's summary, one per line. */
export function operationLines(ops: readonly OperationInfo[]): string {
  return columns(
    ops.map((op) => [op.operationId, op.docSection, op.summary]),
    '  ',
  );
}
