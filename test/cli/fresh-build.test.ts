/** scripts/fresh-build.mjs: `npm start` and `npm test` build only when what dist/ is built from changed. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/fresh-build.mjs', import.meta.url));

describe('fresh-build', () => {
  // A package of its own whose "build" only leaves a mark, so a build is seen and costs nothing.
  const root = mkdtempSync(join(tmpdir(), 'max-sandbox-fresh-build-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'dist'));
  copyFileSync(SCRIPT, join(root, 'scripts/fresh-build.mjs'));
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'fresh-build-test',
      scripts: { build: "node -e \"require('fs').writeFileSync('built', '')\" && node scripts/fresh-build.mjs --stamp" },
    }),
  );
  writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');

  /** Runs the check as prestart does; whether it built. */
  const freshBuild = () => {
    rmSync(join(root, 'built'), { force: true });
    const result = spawnSync(process.execPath, [join(root, 'scripts/fresh-build.mjs')], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return existsSync(join(root, 'built'));
  };

  it('builds when there is no stamp, then not again until a source changes', () => {
    expect(freshBuild()).toBe(true);
    expect(freshBuild()).toBe(false);
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    expect(freshBuild()).toBe(true);
    expect(freshBuild()).toBe(false);
    writeFileSync(join(root, 'src/b.ts'), 'export const b = 1;\n');
    expect(freshBuild()).toBe(true);
  }, 60_000);

  it('answers at once for this checkout once dist/ is fresh', () => {
    // The first run builds if the sources changed since the last build (vitest was run without pretest).
    expect(spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' }).status).toBe(0);
    const started = performance.now();
    const result = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    // About 0.1 s; the margin is for a loaded machine.
    expect(performance.now() - started).toBeLessThan(2000);
  }, 120_000);
});
