import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run fuzz` only: the long run is no part of `npm test` (whose config includes test/ alone).
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  test: {
    include: ['bench/fuzz.ts'],
    testTimeout: 3_600_000,
  },
});
