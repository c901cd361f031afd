import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StaticAsset, staticAsset } from '../http/static-asset.js';

/**
 * The console's page, style sheet and browser modules. They ship beside `dist/` like `openapi/`
 * and `fixtures/` and are served as they are: no build step stands between an edit and the page.
 * `src/pages` and `dist/pages` both sit two levels below the package root, beside `console/`.
 */
export const CONSOLE_DIR = fileURLToPath(new URL('../../console/', import.meta.url));

/** The console's entry page, served at the console's own path. */
export const CONSOLE_PAGE = 'index.html';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Names a URL can ask for: plain file names, so no request can reach outside the folder. */
const SERVABLE_NAME = /^[a-z0-9][a-z0-9-]*\.(?:html|css|js)$/;

/** Reads every servable file of `dir` by name. */
export function loadConsoleAssets(dir: string = CONSOLE_DIR): ReadonlyMap<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const name of readdirSync(dir)) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (!SERVABLE_NAME.test(name) || contentType === undefined) continue;
    assets.set(name, staticAsset(readFileSync(join(dir, name)), contentType));
  }
  if (!assets.has(CONSOLE_PAGE)) throw new Error(`${dir}: the demo console has no ${CONSOLE_PAGE}`);
  return assets;
}
