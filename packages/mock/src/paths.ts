import { fileURLToPath } from 'node:url';
import { specPath } from '@haso-toolkit/spec/load';

/** The spec bundle the mock serves by default: @haso-toolkit/spec's (`@haso-toolkit/spec/load`'s `specPath`). */
export const defaultSpecPath: string = specPath;

/** The compiled script of the Prism child process (through ../dist, from the compiled files and from src/). */
export const prismChildScript: string = fileURLToPath(new URL('../dist/prism-child.js', import.meta.url));
