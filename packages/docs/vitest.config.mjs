import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The browser and mock tests each start a server and a child process; run files one after another.
    fileParallelism: false,
  },
});
