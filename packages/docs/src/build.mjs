#!/usr/bin/env node
// Builds the docs site: decorates a copy of spec/dist/openapi.json (the spec sources are never touched), renders it
// with Redoc CE 3 (script inlined), points CDN images at local files and copies the downloadable spec.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleConsole, injectConsole } from './console-bundle.mjs';
import { decorateSpec } from './decorate.mjs';
import { writeReferencePages } from './llms-txt.mjs';
import { copyAssets, localizeAssetUrls } from './localize-assets.mjs';
import { ASSETS_DIR, DIST_DIR, TEMPLATE_FILE } from './paths.mjs';
import { redocOptions } from './redoc-options.mjs';
import { renderDocs } from './render-docs.mjs';
import { listOperations, loadSpec, specPath } from './spec-model.mjs';
import { tryItData } from './try-it-data.mjs';

/** File name of the decorated spec inside dist/ (what Redoc rendered). */
export const DECORATED_SPEC = 'openapi.decorated.json';

/**
 * Builds the site into `distDir`.
 * @param {{ distDir?: string }} [options]
 * @returns {{ indexFile: string, operations: number, samples: number, pages: number, bytes: number }}
 */
export function buildSite({ distDir = DIST_DIR } = {}) {
  const specFile = specPath;
  const decorated = decorateSpec(loadSpec(specFile));

  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const decoratedFile = join(distDir, DECORATED_SPEC);
  writeFileSync(decoratedFile, `${JSON.stringify(decorated, null, 2)}\n`);
  copyFileSync(specFile, join(distDir, 'openapi.json'));
  copyFileSync(
    createRequire(import.meta.url).resolve('@haso-toolkit/spec/openapi.yaml'),
    join(distDir, 'openapi.yaml'),
  );

  const indexFile = join(distDir, 'index.html');
  renderDocs({
    specFile: decoratedFile,
    outputFile: indexFile,
    templateFile: TEMPLATE_FILE,
    title: `${decorated.info?.title ?? 'Haso API'} — toolkit docs`,
    options: redocOptions(),
  });
  const rendered = localizeAssetUrls(readFileSync(indexFile, 'utf8'), ASSETS_DIR).html;
  const html = injectConsole(rendered, { script: bundleConsole(), data: tryItData(decorated) });
  writeFileSync(indexFile, html);
  copyAssets(ASSETS_DIR, distDir);
  const pages = writeReferencePages(loadSpec(specFile), distDir);

  const operations = listOperations(decorated);
  const samples = operations.reduce((n, e) => {
    const list = e.operation['x-codeSamples'];
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
  return { indexFile, operations: operations.length, samples, pages, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = buildSite();
  console.log(
    `docs: ${result.indexFile} (${Math.round(result.bytes / 1024)} KiB), ` +
      `${result.operations} operations, ${result.samples} code samples, ${result.pages} Markdown pages + llms.txt`,
  );
}
