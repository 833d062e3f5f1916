#!/usr/bin/env node
// Figure 3: what a browser app ships for `import { createHasoClient } from '@haso-toolkit/client'` (client + signing
// + openapi-fetch, generated tables included; the package's default export condition), bundled with esbuild,
// minified and gzipped (level 9), beside plain openapi-fetch. The breakdown says how many gzip bytes each part adds
// (the bundle built again without that part). Standalone: node tools/bench/bundle-size.mjs
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { isMain, printFigure } from './lib/report.mjs';

/** 5 kB = 5120 bytes, minified and gzipped. */
export const GOAL = 5 * 1024;
const TYPICAL = "export { createHasoClient } from '@haso-toolkit/client';";

/** Parts whose weight is reported: a file pattern and what replaces the module when the part is left out. */
const PARTS = {
  'openapi-fetch': [/openapi-fetch\/dist\/index\.mjs$/, 'export default () => ({ POST() {}, use() {}, eject() {} });'],
  'operation routes + request schemas (generated)': [
    /client\/dist\/generated\/operation-routes\.js$/,
    'export const operationRoutes = {}, schemas = {};',
  ],
  'documented codes (generated)': [/client\/dist\/generated\/codes\.js$/, 'export const documentedCodes = {};'],
  'token recipes (generated)': [/signing\/dist\/generated\/recipes\.js$/, 'export const recipes = {}, recipeIdByPath = {};'],
  'request validator': [/client\/dist\/validate\.js$/, 'export const validate = () => undefined, isCalendarDate = () => true;'],
};

async function bundle(contents, { platform = 'browser', without } = {}) {
  const plugins = without
    ? [{ name: 'leave-out', setup: (b) => b.onLoad({ filter: without[0] }, () => ({ contents: without[1], loader: 'js' })) }]
    : [];
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    plugins,
    external: platform === 'node' ? ['node:*'] : [],
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

/** Minified bytes by package (client, signing, openapi-fetch). */
function byPackage(inputs) {
  const sizes = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const name = /(openapi-fetch|packages\/[^/]+)/.exec(file)?.[1] ?? file;
    sizes[name] = (sizes[name] ?? 0) + bytesInOutput;
  }
  return sizes;
}

/** Measures figure 3. */
export async function measure() {
  const typical = await bundle(TYPICAL);
  const onNode = await bundle(TYPICAL, { platform: 'node' });
  const plain = await bundle("export { default } from 'openapi-fetch';");
  const gzipAdded = {};
  for (const [part, without] of Object.entries(PARTS)) {
    gzipAdded[part] = typical.gzip - (await bundle(TYPICAL, { without })).gzip;
  }
  gzipAdded['everything else (client and signing logic)'] =
    typical.gzip - Object.values(gzipAdded).reduce((sum, n) => sum + n, 0);
  return {
    id: 'bundle-size',
    title: 'Browser bundle of createHasoClient (min+gzip)',
    value: Math.round(typical.gzip / 102.4) / 10,
    unit: 'kB',
    goal: `≤ ${GOAL / 1024} kB`,
    met: typical.gzip <= GOAL,
    hard: typical.gzip > GOAL, // deterministic: a bundle above the goal fails the bench
    details: {
      minBytes: typical.min,
      gzipBytes: typical.gzip,
      goalBytes: GOAL,
      plainOpenapiFetch: { minBytes: plain.min, gzipBytes: plain.gzip },
      nodeCondition: { minBytes: onNode.min, gzipBytes: onNode.gzip },
      gzipBytesAddedBy: gzipAdded,
      minBytesByPackage: byPackage(typical.inputs),
    },
  };
}

if (isMain(import.meta.url)) {
  const figure = await measure();
  printFigure(figure);
  if (!figure.met) process.exitCode = 1;
}
