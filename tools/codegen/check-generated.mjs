#!/usr/bin/env node
// Usage: node tools/codegen/check-generated.mjs [--spec <bundled openapi.json>] [--root <repo dir>]
// Fails (exit 1) when a generated file (tools/codegen/lib/targets.mjs) differs from what the bundled spec
// (spec/dist/openapi.json) produces, or when a request example of the split spec (spec/paths/*.yaml) is not written
// for the test credentials (spec/scripts/example-tokens.mjs). Whether the bundle matches the split sources is the
// spec's own test (spec/test/bundle.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { staleExampleFiles } from '../../spec/scripts/example-tokens.mjs';
import { loadSpec, repoRoot } from './lib/spec.mjs';
import { render } from './lib/targets.mjs';

/**
 * The generated files that differ from what the spec at `specPath` (default: `root`'s bundle) produces.
 * @param {{ root?: string, specPath?: string | undefined }} [options]
 * @returns {Promise<string[]>}
 */
export async function staleFiles({ root = repoRoot, specPath } = {}) {
  const spec = loadSpec(specPath ?? join(root, 'spec/dist/openapi.json'));
  const stale = [];
  for (const { file, content } of await render(spec)) {
    const target = join(root, file);
    if (!existsSync(target) || readFileSync(target, 'utf8') !== content) stale.push(file);
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, root: { type: 'string' } } });
  const root = values.root ?? repoRoot;
  const stale = [
    ...(await staleFiles({ root, specPath: values.spec })),
    ...staleExampleFiles(join(root, 'spec')).map((file) => relative(root, file)),
  ];
  if (stale.length) {
    console.error(`Stale generated files (run \`pnpm build\`):\n${stale.map((f) => `  ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
}
