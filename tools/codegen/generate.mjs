#!/usr/bin/env node
// Usage: node tools/codegen/generate.mjs [types|signing|client ...] [--spec <bundled openapi.json>] [--root <repo dir>]
// Writes the generated files of the named targets (all when none is named) from the bundled spec.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpec, repoRoot } from './lib/spec.mjs';
import { render } from './lib/targets.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { spec: { type: 'string' }, root: { type: 'string' } },
});
const root = values.root ?? repoRoot;
const spec = loadSpec(values.spec ?? join(root, 'spec/dist/openapi.json'));
for (const { file, content } of await render(spec, positionals.length ? positionals : undefined)) {
  const target = join(root, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`generated ${file}`);
}
