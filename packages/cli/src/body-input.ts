// The request body of sign and call: --body '<json>', --body-file <file> (- for stdin), or {} when neither is given.
// A file must be a regular file, stdin and files are read up to MAX_BODY_BYTES, and both must be valid UTF-8.
import { open } from 'node:fs/promises';
import type { ParsedArgs } from './args.js';
import { CliError } from './errors.js';
import { isObject } from './json-object.js';
import { OPTIONS } from './options.js';

/** The largest body read from --body-file or stdin (Haso's bodies are a few hundred bytes). */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_BODY_TEXT = '1 MiB';

/** Reads stdin to the end, or rejects with a RangeError once it exceeds `maxBytes` (for --body-file -). */
export type ReadStdin = (maxBytes: number) => Promise<Uint8Array>;

/** V8's JSON.parse messages quote the text around the error; only the position is kept. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return ' (it ends too early)';
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? '' : ` (at position ${position})`;
}

/** Parses a body text; it must be a JSON object. `source` names where it came from in errors. */
export function parseBody(text: string, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source} is not valid JSON${jsonProblem(error)}`);
  }
  if (!isObject(value)) throw new CliError(`${source} must be a JSON object ({ … })`);
  return { ...value };
}

function decode(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${source} is not valid UTF-8`);
  }
}

function codeOf(error: unknown): string {
  return isObject(error) && typeof error.code === 'string' ? error.code : 'unreadable';
}

/** The bytes of a regular file of at most MAX_BODY_BYTES (checked on the open handle, then read with that cap). */
async function readBodyFile(path: string): Promise<Uint8Array> {
  const flag = `--body-file ${path}`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${flag} (${codeOf(error)})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new CliError(`${flag} is not a regular file (use - for stdin)`);
    if (stats.size > MAX_BODY_BYTES) throw new CliError(`${flag} is larger than ${MAX_BODY_TEXT}`);
    const buffer = new Uint8Array(MAX_BODY_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_BODY_BYTES) throw new CliError(`${flag} is larger than ${MAX_BODY_TEXT}`);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${flag} (${codeOf(error)})`);
  } finally {
    await handle.close();
  }
}

async function readStdinBody(readStdin: ReadStdin): Promise<Uint8Array> {
  try {
    return await readStdin(MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`stdin is larger than ${MAX_BODY_TEXT}`);
    throw new CliError(`cannot read stdin (${codeOf(error)})`);
  }
}

/** The body given on the command line; CliError for both flags, an unreadable or oversized file, or bad JSON. */
export async function readBody(args: ParsedArgs, readStdin: ReadStdin): Promise<Record<string, unknown>> {
  const inline = args.values[OPTIONS.body.name];
  const file = args.values[OPTIONS.bodyFile.name];
  if (typeof inline === 'string' && typeof file === 'string') {
    throw new CliError('give either --body or --body-file, not both');
  }
  if (typeof inline === 'string') return parseBody(inline, '--body');
  if (typeof file !== 'string') return {};
  const source = file === '-' ? 'stdin' : file;
  const bytes = file === '-' ? await readStdinBody(readStdin) : await readBodyFile(file);
  return parseBody(decode(bytes, source), source);
}

/** Reads a stream to the end as bytes, rejecting with a RangeError once it exceeds `maxBytes`. */
export async function readBounded(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    length += bytes.length;
    if (length > maxBytes) throw new RangeError(`more than ${maxBytes} bytes`);
    chunks.push(bytes);
  }
  const result = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
