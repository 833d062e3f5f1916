// Shared test helpers: the built site, the spec as Redoc rendered it, and an independent token computation.
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECORATED_SPEC } from '../src/build.mjs';
import { DIST_DIR } from '../src/paths.mjs';

/** The built index.html; fails with a hint when the package has not been built. */
export function builtIndexFile() {
  const file = join(DIST_DIR, 'index.html');
  if (!existsSync(file)) throw new Error('packages/docs is not built: run `npx -y pnpm@10.34.9 --filter @haso-toolkit/docs build`');
  return file;
}

/** The decorated spec written by the build (what Redoc rendered). */
export function renderedSpec() {
  builtIndexFile();
  return JSON.parse(readFileSync(join(DIST_DIR, DECORATED_SPEC), 'utf8'));
}

/**
 * Base64(HMAC-SHA256(key, string)) with node:crypto directly, independent of @haso-toolkit/signing.
 * @param {string} key
 * @param {string} string
 */
export function hmacBase64(key, string) {
  return createHmac('sha256', key).update(string, 'utf8').digest('base64');
}
