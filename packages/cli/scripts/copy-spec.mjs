// Build step: ships the bundled spec inside the package (dist/openapi.json), the source of the help texts (summaries,
// field descriptions, scenarios), so the published CLI works without the monorepo.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('@haso-toolkit/spec/openapi.json');
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
copyFileSync(source, new URL('openapi.json', dist));
