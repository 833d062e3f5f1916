// Build step: ships the bundled spec inside the package (dist/openapi.json), the source of the help texts (summaries,
// field descriptions, scenarios), so the published CLI works without the monorepo; and makes the bin executable.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('@haso-toolkit/spec/openapi.json');
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
copyFileSync(source, new URL('openapi.json', dist));
chmodSync(new URL('bin.js', dist), 0o755);
