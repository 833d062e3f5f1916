// The <operation> positional shared by sign, call and help.
import type { ParsedArgs } from '../args.js';
import { CliError } from '../errors.js';
import { findOperation, type OperationInfo } from '../operation-catalog.js';

/** The one operation named on the command line; CliError when it is missing, extra or unknown. */
export function operationArg(args: ParsedArgs, command: string): OperationInfo {
  const [name, ...extra] = args.positionals;
  if (name === undefined) throw new CliError(`missing <operation> (haso ${command} --help lists them)`);
  if (extra.length) throw new CliError(`unexpected argument '${extra[0]}' (see haso ${command} --help)`);
  return findOperation(name);
}
