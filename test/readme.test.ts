/** Keeps the README's "Use it from a test suite" example the code `npm test` runs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe("the README's test-suite example", () => {
  it('shows exactly the code of test/readme-example.test.ts (below its first comment line)', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('\n### Use it from a test suite\n'));
    const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const file = read('test/readme-example.test.ts');
    expect(file.slice(file.indexOf('\n') + 1)).toBe(example);
  });
});
