// Redoc CE 3 loads its sidebar attribution logo from cdn.redoc.ly at runtime. The build points those URLs at local
// stand-ins (src/assets) so the page makes no network request; an unknown CDN file fails the build.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const CDN_ASSET = /https:\/\/cdn\.redoc\.ly\/redoc\/([\w.-]+\.svg)/g;

/** Thrown when the page references a CDN file that has no local stand-in. */
export class MissingLocalAssetError extends Error {
  /** @param {string[]} names */
  constructor(names) {
    super(`Redoc references CDN files without a local stand-in in src/assets: ${names.join(', ')}`);
    this.name = 'MissingLocalAssetError';
    this.names = names;
  }
}

/**
 * Rewrites the CDN image URLs of the page to `assets/<name>`.
 * @param {string} html
 * @param {string} assetsDir folder holding the stand-ins
 * @returns {{ html: string, replaced: string[] }}
 */
export function localizeAssetUrls(html, assetsDir) {
  const names = [...new Set([...html.matchAll(CDN_ASSET)].map((m) => m[1] ?? ''))];
  const missing = names.filter((name) => !existsSync(join(assetsDir, name)));
  if (missing.length > 0) throw new MissingLocalAssetError(missing);
  return { html: html.replace(CDN_ASSET, (_, name) => `assets/${name}`), replaced: names };
}

/**
 * Copies the stand-ins into `<distDir>/assets`.
 * @param {string} assetsDir
 * @param {string} distDir
 */
export function copyAssets(assetsDir, distDir) {
  cpSync(assetsDir, join(distDir, 'assets'), { recursive: true, filter: (src) => !src.endsWith('.md') });
}
