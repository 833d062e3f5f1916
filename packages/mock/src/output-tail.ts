import type { Readable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';

/** Keeps the last few kilobytes a child process printed (colours removed), for startup error messages. */
export class OutputTail {
  #text = '';

  constructor(private readonly limit = 8192) {}

  /** Consumes a stream (so the child never blocks on a full pipe) and keeps its tail. */
  follow(stream: Readable | null): void {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      this.#text = (this.#text + stripVTControlCharacters(chunk)).slice(-this.limit);
    });
  }

  /** Whether the kept output contains `text`. */
  includes(text: string): boolean {
    return this.#text.includes(text);
  }

  /**
   * The most telling line of the output: the last `message: '…'` of a printed error object, else the last line
   * naming an error, else the last non-empty line.
   */
  reason(): string {
    const messages = [...this.#text.matchAll(/^\s*message: '(.*)',?$/gm)];
    if (messages.length > 0) return messages.at(-1)![1]!;
    const lines = this.#text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('at '));
    return lines.filter((line) => /Error\b|EADDRINUSE|fatal/i.test(line)).at(-1) ?? lines.at(-1) ?? '';
  }
}
