#!/usr/bin/env node
// Rewrites dist/cli/main.js, as tsc emitted it, into one module holding all of the sandbox's own
// code. Node's ESM loader resolves, reads and links every module separately; for the CLI's
// ~130 modules that was a fifth of its start-up. Dependencies stay in node_modules
// (`packages: 'external'`), so the bundle runs the versions package-lock.json installs. The
// bundle sits where main.js was, two levels below the package root like every other module, so
// the paths it builds from `import.meta.url` (openapi/, fixtures/, console/, package.json) still
// hold. dist/'s other modules stay as they were, for `max-sandbox/testing` and the rest.
// Its source map replaces tsc's map of the unbundled main.js, which no longer described it.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

await build({
  entryPoints: [CLI],
  outfile: CLI,
  allowOverwrite: true,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Chained through tsc's maps to src/, which the package ships: a stack trace names the .ts line.
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
