import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_LIST } from '../../src/settings/schema.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("the README's Settings table", () => {
  const table = README.slice(README.indexOf('\n## Settings\n'), README.indexOf('\n### ', README.indexOf('\n## Settings\n')));

  it.each(SETTING_LIST.map(([, setting]) => [setting.flag, setting.env]))('has a row for --%s and %s', (flag, env) => {
    expect(table).toContain(`| \`--${flag}\` | \`${env}\` |`);
  });
});
