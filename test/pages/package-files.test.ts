import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the published package', () => {
  it('ships every file /docs serves, built into dist/', () => {
    // --ignore-scripts: prepack would build again; `npm test` has just built.
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const [{ files }] = JSON.parse(output) as [{ files: { path: string }[] }];
    const paths = files.map((file) => file.path);
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
