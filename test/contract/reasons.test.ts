import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, errorMessage, REASON_MEANINGS, SANDBOX_REASONS } from '../../src/contract/reasons.js';
import { loadSpec } from '../../src/openapi/load-spec.js';

const spec = loadSpec();
const reasonHeader = spec.components!.headers!['X-Sandbox-Reason'] as { description: string; schema: { enum: string[] } };
/**
 * The reasons as the document lists them: once, in the introduction's collapsed *Reasons* section
 * (the header's own description points there, so Swagger UI does not repeat 29 reasons under every
 * error response).
 */
const reasonList =
  /<summary><strong>Reasons<\/strong>.*?<\/summary>\n\n([\s\S]*?)\n\n<\/details>/.exec(spec.info.description ?? '')?.[1] ?? '';

/** The statuses the table gives each X-Sandbox-Reason value. */
const statusesOf = (reason: string) =>
  [
    ...new Set(
      Object.values(ERRORS)
        .filter((entry) => entry.reason === reason)
        .map((entry) => entry.status),
    ),
  ].sort();

describe('the table of errors', () => {
  it('gives every documented X-Sandbox-Reason at least one error, and no other', () => {
    const used = new Set(Object.values(ERRORS).map((entry) => entry.reason));
    expect([...used].sort()).toEqual([...reasonHeader.schema.enum].sort());
    expect([...SANDBOX_REASONS]).toEqual(reasonHeader.schema.enum);
  });

  it("says each reason's meaning and status exactly as the document's list of reasons does", () => {
    // One list item per reason, in the enum's order: "- `reason` (status): meaning."
    const items = reasonList.split('\n').map((line) => /^- `([a-z_]+)`(?: \((\d{3})\))?: (.*)$/.exec(line));
    expect(items.map((item) => item?.[1])).toEqual([...SANDBOX_REASONS]);
    for (const [, reason, status, meaning] of items as RegExpExecArray[]) {
      expect(meaning, reason).toBe(REASON_MEANINGS[reason as keyof typeof REASON_MEANINGS]);
      if (status !== undefined) expect(statusesOf(reason!), reason).toContain(Number(status));
    }
    // The header itself says where they are, and does not list them again.
    expect(reasonHeader.description).toContain('*Reasons*');
    expect(reasonHeader.description).not.toContain('`missing_authorization`');
  });

  it("says each reason's meaning and statuses exactly as the README's table does", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const reason of SANDBOX_REASONS) {
      const [, statuses = '', meaning] = new RegExp(`^\\| \`${reason}\` \\| ([^|]+) \\| (.+) \\|$`, 'm').exec(readme) ?? [];
      expect(meaning, reason).toBe(REASON_MEANINGS[reason]);
      const listed = statuses
        .trim()
        .split('/')
        .filter((status) => status !== 'none')
        .map(Number);
      for (const status of listed) expect(statusesOf(reason), `${reason} ${status}`).toContain(status);
    }
  });

  it('builds every message from its details, and every 401 of a key says the one documented thing', () => {
    expect(errorMessage('insufficient_scope', 'read:patients')).toBe('Insufficient scope. Required: read:patients');
    expect(errorMessage('parameter_breaks_schema', 'pageSize', 'must be at most 100')).toBe("'pageSize' must be at most 100");
    for (const entry of Object.values(ERRORS)) {
      if (entry.status === 401 && entry.reason !== 'admin_token_required')
        expect(entry.message).toBe('Invalid or missing API key');
      expect(entry.code === 'unauthorized').toBe(entry.status === 401);
    }
  });
});
