#!/usr/bin/env node
// Builds dist/ only when what it is built from has changed, so that `npm start` and `npm test`
// start at once instead of recompiling every time (the build takes about ten seconds).
//
//   node scripts/fresh-build.mjs           build when dist/ is stale (prepare, prestart, pretest)
//   node scripts/fresh-build.mjs --clean   empty dist/ (the first step of npm run build: tsc never
//                                          removes the output of a deleted source, which would ship)
//   node scripts/fresh-build.mjs --stamp   record that dist/ is fresh (the last step of npm run build)
//
// Fresh means: dist/.build-stamp holds the hash of every input below, contents and names. A hash,
// not modification times, so a checkout or a copy that touches every file does not force a build,
// and an edit that keeps the time (a tool restoring it) still does.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ROOT, 'dist', '.build-stamp');

/** What the build reads: the sources, its configuration and its own steps. */
const INPUTS = [
  'src',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'scripts/copy-swagger-ui.mjs',
  'scripts/bundle-cli.mjs',
];

/** Every file under `entry`, relative to ROOT, sorted. */
function filesOf(entry) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(ROOT, path.join(dirent.parentPath, dirent.name)))
    .sort();
}

function inputHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesOf)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

if (process.argv.includes('--clean')) {
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  process.exit(0);
}

const current = inputHash();

if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${current}\n`);
} else {
  const recorded = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
  if (recorded !== current) {
    console.error(recorded === null ? 'max-sandbox: building dist/' : 'max-sandbox: sources changed, rebuilding dist/');
    const npm = process.env.npm_execpath;
    // Through the npm that runs this script when there is one (a git install runs it from npm).
    const result = npm
      ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exit(result.status ?? 1);
  }
}
