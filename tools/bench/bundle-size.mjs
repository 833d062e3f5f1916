#!/usr/bin/env node
// Usage: pnpm --filter @haso-toolkit/bench size   (or: node tools/bench/bundle-size.mjs)
// Bundles what a browser app pulls in with `import { createHasoClient } from '@haso-toolkit/client'` (client +
// signing + openapi-fetch, generated tables included), minified, and prints its raw and gzip sizes.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const GOAL = 5 * 1024;

async function measure(label, contents, platform) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    external: platform === 'node' ? ['node:*'] : [],
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
  const byPackage = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const name = /(@haso-toolkit\/[^/]+|openapi-fetch|packages\/[^/]+)/.exec(file)?.[1] ?? file;
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  console.log(`${label}: ${code.length} B min, ${gzip} B min+gz (goal ${GOAL} B: ${gzip <= GOAL ? 'met' : 'not met'})`);
  console.log('  min bytes by source:', byPackage);
  return gzip;
}

await measure('browser, createHasoClient', "export { createHasoClient } from '@haso-toolkit/client';", 'browser');
await measure('node, createHasoClient', "export { createHasoClient } from '@haso-toolkit/client';", 'node');
