// The request body of sign and call: --body '<json>', --body-file <file> (- for stdin), or {} when neither is given.
import { readFile } from 'node:fs/promises';
import type { ParsedArgs } from './args.js';
import { CliError, oneLine } from './errors.js';
import { OPTIONS } from './options.js';
import { isObject } from './spec.js';

/** Reads stdin to the end (for --body-file -). */
export type ReadStdin = () => Promise<string>;

/** Parses a body text; it must be a JSON object. `source` names where it came from in errors. */
export function parseBody(text: string, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source} is not valid JSON: ${oneLine(error)}`);
  }
  if (!isObject(value)) throw new CliError(`${source} must be a JSON object ({ … })`);
  return { ...value };
}

/** The body given on the command line; CliError for both flags, an unreadable file or bad JSON. */
export async function readBody(args: ParsedArgs, readStdin: ReadStdin): Promise<Record<string, unknown>> {
  const inline = args.values[OPTIONS.body.name];
  const file = args.values[OPTIONS.bodyFile.name];
  if (typeof inline === 'string' && typeof file === 'string') {
    throw new CliError('give either --body or --body-file, not both');
  }
  if (typeof inline === 'string') return parseBody(inline, '--body');
  if (typeof file !== 'string') return {};
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const code = isObject(error) && typeof error.code === 'string' ? error.code : 'unreadable';
    throw new CliError(`cannot read --body-file ${file} (${code})`);
  }
  return parseBody(text, file === '-' ? 'stdin' : file);
}
