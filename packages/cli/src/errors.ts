// Typed errors and exit codes of the `haso` command line.

/** Exit codes: 0 success, 1 Haso answered `Success: false` (or rejected every key reading), 2 anything else. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** An exit code of the command line. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure that is not Haso's answer: a mistake in the command line or its input (unknown flag, bad JSON, missing
 * setting, unknown operation, a body the schema rejects) or a transport error (unreachable URL, timeout, an answer
 * that is not Haso's envelope). Printed as one line on stderr; exit code 2. Messages never carry a secret.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The message of any thrown value, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
