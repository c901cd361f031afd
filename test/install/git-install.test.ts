/**
 * The package as a stranger gets it: `npm install <git URL>` of a clone of this working tree into
 * an empty project (npm runs `prepare`, which builds dist/), then the README's test-suite example
 * run there against the installed package, and `await using` type-checked with a plain tsconfig.
 *
 * npm resolves the package's dependencies from its cache (`--offline`): the test talks to no
 * registry. On a machine whose npm cache lacks them (`npm ci` caches the tarballs of the lock, not
 * the registry's metadata an install without a lock reads) it is skipped with a message;
 * `MAX_SANDBOX_INSTALL_ONLINE=1` lets npm fetch what the cache lacks, once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const INSTALL_TIMEOUT_MS = 600_000;
const online = process.env.MAX_SANDBOX_INSTALL_ONLINE === '1';

const run = (command: string, args: string[], cwd: string, timeout = INSTALL_TIMEOUT_MS) =>
  spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
  });

describe('npm install from a git URL', () => {
  let work: string;
  let consumer: string;
  /** Why the install could not run here, or null. */
  let skipped: string | null = null;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'max-sandbox-install-'));
    // A clone of the working tree as it is: every file git tracks or would track, committed.
    const repo = join(work, 'repo');
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((file) => file !== '' && !file.startsWith('node_modules'));
    for (const file of files) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      try {
        copyFileSync(join(ROOT, file), join(repo, file));
      } catch (error) {
        // A file deleted in the working tree but still in the index.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'snapshot'],
    ]) {
      execFileSync('git', args, { cwd: repo });
    }

    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const install = run(
      'npm',
      ['install', '--save-dev', online ? '--prefer-offline' : '--offline', '--no-audit', '--no-fund', `git+file://${repo}`],
      consumer,
    );
    if (install.status !== 0) {
      const output = `${install.stdout}\n${install.stderr}`;
      // In CI (.ci/run warms npm's cache with this very install first) a cache miss is a failure, not a skip.
      if (!online && /ENOTCACHED/.test(output) && process.env.CI !== 'true') {
        skipped = 'npm install skipped: the npm cache lacks a dependency. MAX_SANDBOX_INSTALL_ONLINE=1 lets npm fetch it once.';
        console.warn(skipped);
        return;
      }
      throw new Error(`npm install failed (${install.status}):\n${output}`);
    }
    // The example's test runner and the type checker, from this checkout: the project under test
    // is max-sandbox, not them.
    for (const name of ['vitest', 'typescript', '@types/node']) {
      mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', name), join(consumer, 'node_modules', name));
    }
  }, INSTALL_TIMEOUT_MS);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs a built package: dist/, the CLI and its version', (context) => {
    context.skip(skipped !== null, skipped ?? '');
    const cli = join(consumer, 'node_modules', '.bin', 'max-sandbox');
    expect(run(cli, ['--version'], consumer, 20_000).stdout.trim()).toBe(VERSION);
  });

  it("runs the README's test-suite example against the installed package", (context) => {
    context.skip(skipped !== null, skipped ?? '');
    const example = readFileSync(join(ROOT, 'test/readme-example.test.ts'), 'utf8');
    writeFileSync(join(consumer, 'readme-example.test.ts'), example);
    const result = run(process.execPath, [join(consumer, 'node_modules/vitest/vitest.mjs'), 'run'], consumer, 120_000);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/Tests +5 passed/);
  }, 120_000);

  it('type-checks `await using` of both fixtures with a plain tsconfig', (context) => {
    context.skip(skipped !== null, skipped ?? '');
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true },
        files: ['fixtures.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'fixtures.ts'),
      [
        "import { type SandboxFixture, startSandbox } from 'max-sandbox/testing';",
        '',
        'export async function baseUrlOf(): Promise<string> {',
        '  await using sandbox = await startSandbox();',
        '  const fixture: SandboxFixture = sandbox;',
        '  return [fixture.baseUrl, sandbox.keys.fullAccess.key, sandbox.clinics.sunrise.id].join(" ");',
        '}',
        '',
      ].join('\n'),
    );
    const tsc = run(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumer, 120_000);
    expect(tsc.status, `${tsc.stdout}\n${tsc.stderr}`).toBe(0);
  }, 120_000);
});
