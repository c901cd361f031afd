/** Keeps the README's Docker section and the Dockerfile in step with the code; needs no Docker. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe("the README's Docker and testcontainers section", () => {
  it('shows exactly the code of test/docker/readme-example.test.ts', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('\n## Docker and testcontainers\n'));
    expect(section.length).toBeLessThan(readme.length);
    const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const file = read('test/docker/readme-example.test.ts');
    expect(file.slice(0, file.indexOf('\n// ---- Above: ') + 1)).toBe(`${example}\n`);
  });

  it("labels the image with package.json's version", () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version;
    expect(/^ARG VERSION=(\S+)$/m.exec(read('Dockerfile'))?.[1]).toBe(version);
  });
});
