#!/usr/bin/env node
// Usage: node tools/codegen/check-generated.mjs [--spec <bundled openapi.json>] [--root <repo dir>]
// Fails (exit 1) when a generated file differs from what the bundled spec produces, or when the bundle itself is
// stale relative to the split spec sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpec, repoRoot } from './lib/spec.mjs';
import { render } from './lib/targets.mjs';

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
  const stale = await staleFiles({ root: values.root, specPath: values.spec });
  if (stale.length) {
    console.error(`Stale generated files (run \`pnpm build\`):\n${stale.map((f) => `  ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
}
