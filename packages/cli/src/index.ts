// @haso-toolkit/cli: the `haso` command line, also callable in-process.
export type { Command, Context } from './command.js';
export { type CliConfig, resolveConfig } from './config.js';
export { CliError, EXIT, type ExitCode } from './errors.js';
export { adviceFor, type KeyReading, keyReadings, READING_LABELS, type ReadingId } from './key-readings.js';
export { COMMANDS, type MainIo, main } from './main.js';
export { listOperations, type OperationInfo } from './operation-catalog.js';
export { OPTIONS, type OptionSpec } from './options.js';
export { redact } from './output.js';
