import { fileURLToPath } from 'node:url';

// Both resolve through ../dist so that they work from the compiled files (dist/) and from the sources (src/, tests).

/** The spec bundle shipped inside the package (copied to dist/openapi.json at build time). */
export const defaultSpecPath: string = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));

/** The compiled script that runs Prism's CLI inside the child process. */
export const prismChildScript: string = fileURLToPath(new URL('../dist/prism-child.js', import.meta.url));
