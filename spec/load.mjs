// Reads the bundled spec this package ships (dist/openapi.json) on Node; reader.mjs walks it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the bundled spec (`@haso-toolkit/spec/openapi.json`). */
export const specPath = fileURLToPath(new URL('./dist/openapi.json', import.meta.url));

/** Parses the bundled spec, or the bundle at `path`: a fresh object every call, so callers may change it. */
export function loadSpec(path = specPath) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
