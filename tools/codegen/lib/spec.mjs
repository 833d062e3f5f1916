// The bundled spec, read through @haso-toolkit/spec's reader only (no $ref walking or extension reading here).
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export { loadSpec, specPath as defaultSpecPath } from '@haso-toolkit/spec/load';
export * from '@haso-toolkit/spec/reader';
