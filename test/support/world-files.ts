import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { DEFAULT_FIXTURES_DIR } from '../../src/world/load-fixtures.js';

/** The built-in `world.json`, parsed: what a test changes a copy of. */
export const BUILT_IN_WORLD = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'world.json'), 'utf8'));

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fixtures directory holding `world.json` as given; removed when the test file is done. */
export function writeWorldText(text: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'max-sandbox-fixtures-'));
  made.push(dir);
  writeFileSync(join(dir, 'world.json'), text);
  return dir;
}

/** A fixtures directory holding a changed copy of the built-in world. */
export function writeWorld(mutate: (world: any) => void): string {
  const copy = structuredClone(BUILT_IN_WORLD);
  mutate(copy);
  return writeWorldText(JSON.stringify(copy));
}
