// The table of the mock's SANDBOX.md (every choice of haso-mock's sandbox that Haso's docs do not dictate), read
// when the site is built so that the Sandbox guide shows it exactly as the mock's package states it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Absolute path of `SANDBOX.md` in `@haso-toolkit/mock`. */
export const SANDBOX_FILE = join(
  dirname(createRequire(import.meta.url).resolve('@haso-toolkit/mock/package.json')),
  'SANDBOX.md',
);

/**
 * The first Markdown table of SANDBOX.md as written (header, separator, rows); throws when the file has none.
 * @param {string} [file]
 * @returns {string}
 */
export function sandboxChoices(file = SANDBOX_FILE) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('|'));
  const after = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  const table = start < 0 ? [] : lines.slice(start, after < 0 ? undefined : after);
  if (table.length < 3 || !/^\|[\s:|-]+\|$/.test(table[1] ?? '')) throw new Error(`${file}: no table of choices`);
  return table.join('\n');
}
