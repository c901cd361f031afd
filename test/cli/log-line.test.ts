import { describe, expect, it } from 'vitest';
import { cliLogLine } from '../../src/cli/log-line.js';

describe('the lines the CLI writes about itself', () => {
  it('carry no terminal escape from a setting, and keep their own line breaks', () => {
    const line = cliLogLine('text', 'warn', 'listening on \u001b[2Jevil\n  second line');
    expect(line).toBe('listening on \\x1b[2Jevil\n  second line');
  });
});
