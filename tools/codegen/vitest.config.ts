import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The tests import the generated sources of the packages (not their builds), which codegen runs before: the
    // client's operation routes import the signing package's generated recipe constants, read from source here too.
    alias: {
      '@haso-toolkit/signing/recipes': fileURLToPath(
        new URL('../../packages/signing/src/recipes-entry.ts', import.meta.url),
      ),
    },
  },
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
