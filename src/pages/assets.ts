import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StaticAsset, staticAsset } from '../http/static-asset.js';

/**
 * Where `npm run build` copies swagger-ui's browser files (scripts/copy-swagger-ui.mjs). Two
 * folders up is the package root from src/pages/ (the tests) and dist/pages/ (the package) alike.
 */
export const SWAGGER_UI_DIR = fileURLToPath(new URL('../../dist/swagger-ui/', import.meta.url));

/** The swagger-ui files the API reference loads, by the name in its URL. A Map: no name reaches a prototype key. */
const SWAGGER_UI_FILES = new Map([
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  // The bundle's first line points here for its licences.
  ['swagger-ui-bundle.js.LICENSE.txt', 'text/plain; charset=utf-8'],
]);

/**
 * The swagger-ui file of a name, or undefined for any other name. Read on first request, so a
 * sandbox nobody opens `/docs` on never holds its 2 MB. A missing file is a broken install, not a
 * bad request: it throws, naming the file and the build step that makes it.
 */
export function swaggerUiAssets(dir: string = SWAGGER_UI_DIR): (name: string) => StaticAsset | undefined {
  const loaded = new Map<string, StaticAsset>();
  return function swaggerUiAsset(name) {
    const contentType = SWAGGER_UI_FILES.get(name);
    if (contentType === undefined) return undefined;
    let asset = loaded.get(name);
    if (asset === undefined) {
      const file = join(dir, name);
      try {
        asset = staticAsset(readFileSync(file), contentType);
      } catch (error) {
        throw new Error(`${file} cannot be read (${(error as Error).message}); npm run build copies it from swagger-ui-dist`);
      }
      loaded.set(name, asset);
    }
    return asset;
  };
}
