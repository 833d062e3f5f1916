// Everything the suites print or produce as text (console, stdout/stderr writes, error messages, stacks, inspect
// output, JSON), collected per test file and left in the run directory, so that one scanner can prove no secret is in
// any of it (secret-scan.test.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, inspect } from 'node:util';

const texts: string[] = [];

/** Adds texts to the capture (log lines, inspect output, snapshots…). */
export function capture(...items: readonly string[]): void {
  for (const item of items) texts.push(item);
}

/**
 * Captures an error (or any thrown value) every way it could be shown: message, stack, util.inspect (hidden
 * properties and the whole cause chain), JSON.stringify and String(). Returns the value, for chaining.
 */
export function captureError<T>(error: T): T {
  const shown = error as { message?: unknown; stack?: unknown };
  capture(
    String(shown?.message ?? ''),
    String(shown?.stack ?? ''),
    inspect(error, { depth: Infinity, showHidden: true, getters: true }),
    safeJson(error),
    safeString(error),
  );
  return error;
}

/** Captures an object's util.inspect (shallow and deep, hidden properties included) and JSON forms. */
export function captureInspected(value: unknown): string {
  const shown = inspect(value);
  capture(shown, inspect(value, { depth: Infinity, showHidden: true, getters: true }), safeJson(value));
  return shown;
}

/** Everything captured in this test file so far. */
export function capturedTexts(): readonly string[] {
  return texts;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `<JSON.stringify threw ${(error as Error).name}>`;
  }
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

type Write = typeof process.stdout.write;
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Tees console calls and process.stdout / process.stderr writes into the capture (the output still appears).
 * Idempotent.
 */
export function installOutputCapture(): void {
  const marker = Symbol.for('haso-tests.capture');
  const holder = globalThis as { [key: symbol]: unknown };
  if (holder[marker]) return;
  holder[marker] = true;
  for (const method of CONSOLE_METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      capture(format(...args));
      original(...args);
    };
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream) as Write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      capture(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as Write;
  }
}

/** What one test file captured. */
export interface CaptureRecord {
  /** The test file, relative to tests/. */
  readonly file: string;
  readonly captured: readonly string[];
}

/** Writes this file's capture into the run directory. */
export function writeCapture(runDir: string, file: string): void {
  mkdirSync(runDir, { recursive: true });
  const record: CaptureRecord = { file, captured: texts };
  writeFileSync(join(runDir, `${file.replace(/[^A-Za-z0-9.-]+/g, '_')}.json`), JSON.stringify(record));
}

/** Every capture written so far in the run directory. */
export function readCaptures(runDir: string): CaptureRecord[] {
  return readdirSync(runDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(runDir, name), 'utf8')) as CaptureRecord);
}
