import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What `npm pack` would put in the tarball (--ignore-scripts: `npm test` has just built). */
function packedPaths(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const [{ files }] = JSON.parse(output) as [{ files: { path: string }[] }];
  return files.map((file) => file.path);
}

describe('the published package', () => {
  const paths = packedPaths();

  it('ships its licence, and the Dockerfile with what it builds from, for the container module', () => {
    for (const path of [
      'LICENSE',
      'Dockerfile',
      '.dockerignore',
      'tsconfig.build.json',
      'scripts/fresh-build.mjs',
      'src/index.ts',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('ships the source every source map names', () => {
    const maps = paths.filter((path) => path.endsWith('.js.map'));
    expect(maps).toContain('dist/cli/main.js.map');
    const missing = maps.flatMap((map) => {
      const { sources } = JSON.parse(readFileSync(join(ROOT, map), 'utf8')) as { sources: string[] };
      return sources.map((source) => posix.join(posix.dirname(map), source)).filter((source) => !paths.includes(source));
    });
    expect(missing).toEqual([]);
  });

  it('ships every file /docs serves, built into dist/', () => {
    for (const path of [
      'dist/pages/docs.js',
      'dist/swagger-ui/swagger-ui-bundle.js',
      'dist/swagger-ui/swagger-ui.css',
      'dist/swagger-ui/swagger-ui-bundle.js.LICENSE.txt',
      'dist/swagger-ui/LICENSE',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.startsWith('node_modules/'))).toEqual([]);
  });
});
