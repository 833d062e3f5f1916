import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { SpecDocument } from '@haso-toolkit/spec/reader';
import { MockStartError } from './errors.js';

/** The largest spec file the mock reads (the bundled one is about 0.3 MiB). */
export const MAX_SPEC_BYTES = 16 * 1024 * 1024;

/**
 * Parses a spec bundle (a regular file of at most {@link MAX_SPEC_BYTES}, a JSON object); throws MockStartError
 * (SPEC_MISSING / SPEC_INVALID).
 */
export function readSpecDocument(specPath: string): SpecDocument {
  const text = readSpecFile(specPath);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new MockStartError('SPEC_INVALID', `spec bundle is not readable JSON: ${specPath} (${messageOf(error)})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new MockStartError('SPEC_INVALID', `spec bundle is not a JSON object: ${specPath}`);
  }
  // Taken as the bundle it should be: the catalog checks the paths and operationIds it relies on, Prism the rest.
  return doc as SpecDocument;
}

/** The spec file's text: refused unless it is a regular file of at most MAX_SPEC_BYTES (read through one fd). */
function readSpecFile(specPath: string): string {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO cannot hold the open; it is refused below as not a regular file.
    fd = openSync(specPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new MockStartError('SPEC_MISSING', `spec bundle not found: ${specPath} (reinstall, or pass --spec)`);
    }
    throw new MockStartError('SPEC_INVALID', `spec bundle cannot be opened: ${specPath} (${code ?? messageOf(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new MockStartError('SPEC_INVALID', `spec bundle is not a regular file: ${specPath}`);
    if (stats.size > MAX_SPEC_BYTES) {
      throw new MockStartError('SPEC_INVALID', `spec bundle is larger than ${MAX_SPEC_BYTES} bytes: ${specPath}`);
    }
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What the reader gives, or `fallback` when a `$ref` cannot be followed: Prism dereferences the whole document at
 * startup and refuses it naming that reference (PRISM_FAILED), so the catalog does not judge references.
 */
export function leftToPrism<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
