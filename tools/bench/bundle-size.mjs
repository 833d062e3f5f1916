#!/usr/bin/env node
// Figure 3: what a browser or edge bundle ships, bundled with esbuild (browser conditions, so the Web Crypto entry),
// minified and gzipped (level 9), beside plain openapi-fetch.
//
// The typical import is the one the client's README gives for browsers and edge runtimes: `createHasoCore` from
// @haso-toolkit/client/core and the operation constants the code calls from @haso-toolkit/client/operations. Its size
// depends on which operations are imported, so the figure is taken over every callable operation: the core with one
// operation constant, each in turn, and the median of those bundles is the value held against the goal. Beside it:
// the lightest and heaviest single operation, the core alone, two and three operations of the limit flow, the retry
// policy added, and createHasoClient (every operation, openapi-fetch, forms, flows and the code table), whose size is
// reported, not held against the goal. The breakdown says how many gzip bytes each part adds to the median bundle.
// Standalone: node tools/bench/bundle-size.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { operations } from '@haso-toolkit/client';
import { build } from 'esbuild';
import { isMain, printFigure } from './lib/report.mjs';

/** 5 kB = 5120 bytes, minified and gzipped. */
export const GOAL = 5 * 1024;

const CORE = "export { createHasoCore } from '@haso-toolkit/client/core';";
const core = (...ids) =>
  ids.length === 0 ? CORE : `${CORE} export { ${ids.join(', ')} } from '@haso-toolkit/client/operations';`;

/** Parts whose weight is reported: a file pattern and what replaces the module when the part is left out. */
const PARTS = {
  // isObject stays: the envelope and a call's input are checked with it too.
  'validator parts (checks.ts; the operation keeps its own checks)': [
    /client\/dist\/checks\.js$/,
    'const none = () => () => undefined; export { none as object, none as oneOf };' +
      ' export const fail = () => undefined; export const length = (s) => s.length;' +
      " export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);",
  ],
  'token string (signing)': [/signing\/dist\/token-string\.js$/, "export const tokenString = () => '';"],
  'error classes (client and signing)': [
    /(client|signing)\/dist\/errors\.js$/,
    'class E extends Error {} export { E as HasoError, E as HasoApiError, E as HasoHttpError, E as HasoNetworkError,' +
      ' E as HasoResponseShapeError, E as HasoResponseTooLargeError, E as HasoTimeoutError, E as HasoValidationError,' +
      ' E as HasoLimitFlowTimeoutError, E as HasoSigningError, E as SigningInputError, E as UnknownRecipeError,' +
      ' E as CryptoProviderOnlySupportsAsyncError };',
  ],
  'envelope interpretation': [/client\/dist\/response\.js$/, 'export const interpretResponse = () => ({});'],
  'option checks': [
    /client\/dist\/options\.js$/,
    'export const numberOption = (n, v, f) => v ?? f; export const timerOption = numberOption;' +
      ' export const retriesOption = numberOption; export const parseBaseUrl = (u) => new URL(u);',
  ],
  'observation hooks and logger': [
    /client\/dist\/(observe|log)\.js$/,
    'export const createObserver = () => undefined; export const logHooks = () => undefined;',
  ],
  'bounded body reading': [
    /client\/dist\/read-body\.js$/,
    'export const TOO_LARGE = 0; export const readText = (r) => r.text();',
  ],
};

/** `stub` plus a placeholder for every other name the module at `path` exports (so its importers still link). */
function leftOut(path, stub) {
  const names = [...readFileSync(path, 'utf8').matchAll(/export (?:async )?(?:function|const|class|let) (\w+)/g)];
  const rest = names.map((m) => m[1]).filter((name) => !new RegExp(`\\b${name}\\b`).test(stub));
  return `${stub}\n${rest.map((name) => `export const ${name} = undefined;`).join('\n')}`;
}

async function bundle(contents, { platform = 'browser', without } = {}) {
  const plugins = without
    ? [
        {
          name: 'leave-out',
          setup: (b) =>
            b.onLoad({ filter: without[0] }, (a) => ({ contents: leftOut(a.path, without[1]), loader: 'js' })),
        },
      ]
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

const sizes = ({ min, gzip }) => ({ minBytes: min, gzipBytes: gzip });

/** Measures figure 3. */
export async function measure() {
  const callable = Object.values(operations).filter((op) => op.kind !== 'form');
  const singles = [];
  for (const op of callable) singles.push({ operationId: op.operationId, ...(await bundle(core(op.operationId))) });
  singles.sort((a, b) => a.gzip - b.gzip || a.operationId.localeCompare(b.operationId));
  const median = singles[Math.floor((singles.length - 1) / 2)];
  const typical = core(median.operationId);

  const gzipAdded = {};
  for (const [part, without] of Object.entries(PARTS)) {
    gzipAdded[part] = median.gzip - (await bundle(typical, { without })).gzip;
  }
  const coreAlone = await bundle(core());
  gzipAdded[`operation constant ${median.operationId} (route, recipe, validator)`] = median.gzip - coreAlone.gzip;
  gzipAdded['everything else (fill, sign, send, retries off)'] =
    median.gzip - Object.values(gzipAdded).reduce((sum, n) => sum + n, 0);

  const full = await bundle("export { createHasoClient } from '@haso-toolkit/client';");
  const plain = await bundle("export { default } from 'openapi-fetch';");
  return {
    id: 'bundle-size',
    title: 'Browser bundle: createHasoCore + one operation (median, min+gzip)',
    value: Math.round(median.gzip / 102.4) / 10,
    unit: 'kB',
    goal: `≤ ${GOAL / 1024} kB`,
    met: median.gzip <= GOAL,
    hard: median.gzip > GOAL, // deterministic: a bundle above the goal fails the bench
    details: {
      typicalImport: typical,
      minBytes: median.min,
      gzipBytes: median.gzip,
      goalBytes: GOAL,
      singleOperation: {
        operations: singles.length,
        lightest: { operationId: singles[0].operationId, gzipBytes: singles[0].gzip },
        median: { operationId: median.operationId, gzipBytes: median.gzip },
        heaviest: { operationId: singles.at(-1).operationId, gzipBytes: singles.at(-1).gzip },
        withinGoal: singles.filter((s) => s.gzip <= GOAL).length,
      },
      coreAlone: sizes(coreAlone),
      kkbPinPair: sizes(await bundle(core('reSendKkbPin', 'askKkbReportResult'))),
      limitFlowThree: sizes(await bundle(core('hasoAuthSendInfo', 'sendKkbPinCode', 'askKkbReportResult'))),
      medianWithRetryPolicy: sizes(await bundle(`${typical} export { retryPolicy } from '@haso-toolkit/client/core';`)),
      createHasoClient: {
        ...sizes(full),
        node: sizes(await bundle("export { createHasoClient } from '@haso-toolkit/client';", { platform: 'node' })),
      },
      plainOpenapiFetch: sizes(plain),
      gzipBytesAddedBy: gzipAdded,
      minBytesByPackage: byPackage(await bundle(typical).then((b) => b.inputs)),
    },
  };
}

if (isMain(import.meta.url)) {
  const figure = await measure();
  printFigure(figure);
  if (!figure.met) process.exitCode = 1;
}
