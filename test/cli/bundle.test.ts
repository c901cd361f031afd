import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';

const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Every module specifier a built module imports, statically or not. */
function importsOf(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

/** `@scope/name/sub/path` -> `@scope/name`; `name/sub` -> `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

// The build bundles the CLI's own modules into dist/cli/main.js (scripts/bundle-cli.mjs): Node's
// loader resolving them one by one was a fifth of the start-up.
describe('the built CLI', () => {
  const imports = importsOf(readFileSync(CLI, 'utf8'));

  it("holds all of the sandbox's own code: it imports no module by a relative path", () => {
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((specifier) => specifier.startsWith('.'))).toEqual([]);
  });

  it('imports only Node built-ins and production dependencies, which the Docker image and a global install keep', () => {
    const builtins = new Set(builtinModules);
    const outside = imports.filter((specifier) => {
      if (specifier.startsWith('node:') || builtins.has(specifier)) return false;
      return PACKAGE.dependencies[packageOf(specifier)] === undefined;
    });
    expect(outside).toEqual([]);
  });
});
