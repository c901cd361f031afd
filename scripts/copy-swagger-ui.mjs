#!/usr/bin/env node
// Copies the browser files of swagger-ui-dist that /docs serves into dist/swagger-ui/, with their
// licence notices. Run by `npm run build` after tsc.
//
// Why a copy: swagger-ui-dist is 12 MB (source maps, three other bundles) and depends on
// @scarf/scarf, whose install script reports installs. As a dev dependency copied at build, users
// of the package and of the Docker image get only these ~2 MB, and install nothing that reports.

import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files /docs serves (src/pages/swagger-ui-assets.ts), and the licence notices that go with them. */
const FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'swagger-ui-bundle.js.LICENSE.txt', 'LICENSE', 'NOTICE'];

const target = fileURLToPath(new URL('../dist/swagger-ui/', import.meta.url));
const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
mkdirSync(target, { recursive: true });
for (const file of FILES) copyFileSync(join(source, file), join(target, file));
