import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // The container suites build an image; in-process suites are fast and run in parallel.
    fileParallelism: true,
  },
});
