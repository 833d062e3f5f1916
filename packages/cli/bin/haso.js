#!/usr/bin/env node
// The `haso` executable. Committed rather than built so that an install can link it before dist/ exists.
import { existsSync } from 'node:fs';

const program = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(program)) {
  process.stderr.write('haso: the package is not built (dist/ is missing): run pnpm build in the repository\n');
  process.exit(2);
}
await import(program.href);
