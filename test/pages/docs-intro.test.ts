/**
 * What a newcomer reads first on /docs: the document's introduction (Swagger UI shows
 * `info.description` at the top) with the rules one click away, and the page's warning when
 * "Try it out" is not using a key with every scope.
 */
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../../src/contract/scopes.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { CLINICS, KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

const FALLBACK = 'Not the full-access key.';

describe('the introduction of the document', () => {
  const description = loadSpec().info.description ?? '';
  const [intro = ''] = description.split('<details>');

  it('says what the sandbox is and how to try a call, with the well-known key and clinic, before any rule', () => {
    expect(intro).toContain('Max AI clinic API v3');
    expect(intro).toContain('**Try it out**');
    expect(intro).toContain(KEYS.fullAccess.key);
    expect(intro).toContain(STAGING_KEYS.fullAccess.key);
    expect(intro).toContain(CLINICS.sunrise.name);
    expect(intro).toContain(CLINICS.sunrise.id);
    // Short enough to read at a glance; the rules wait, collapsed.
    expect(intro.length).toBeLessThan(1800);
    expect(description).not.toMatch(/api-model|section B/);
  });

  it('keeps the rules and the reasons in collapsed sections, one click away', () => {
    const summaries = [...description.matchAll(/<details><summary><strong>(\w+)<\/strong>/g)].map((match) => match[1]);
    expect(summaries).toEqual(['Rules', 'Reasons']);
    expect(description.split('<details>').length).toBe(description.split('</details>').length);
    const rules = description.slice(description.indexOf('<summary><strong>Rules'));
    expect(rules).toContain('Check order:');
  });
});

describe('the warning when try-it falls back to another key', () => {
  it('is absent while the full-access key works, on either environment', async () => {
    for (const environment of ['production', 'staging'] as const) {
      const { app } = createTestSandbox({ environment });
      expect(await (await app.request('/docs')).text()).not.toContain(FALLBACK);
    }
  });

  it('names the revoked full-access key, the key used instead and the scopes it lacks', async () => {
    const { app, sandbox } = createTestSandbox();
    sandbox.world.keys.get(KEYS.fullAccess.id)!.revokedAt = 0;
    const html = await (await app.request('/docs')).text();
    const notice = /<p class="try-it-fallback" role="status">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    expect(notice).toContain(FALLBACK);
    expect(notice).toContain(`<code>${KEYS.fullAccess.id}</code> is revoked`);
    expect(notice).toContain(`uses <code>${KEYS.ungrantedScope.id}</code> instead`);
    const lacks = /which lacks (.*?) at /.exec(notice)?.[1] ?? '';
    // It holds read:patients and read:bills, both granted at Sunrise.
    expect(lacks.split(', ')).toEqual(
      ALL_SCOPES.filter((scope) => scope !== 'read:patients' && scope !== 'read:bills').map((scope) => `<code>${scope}</code>`),
    );
    expect(notice).toContain('POST /_sandbox/reset');
  });

  it('says an expired full-access key is expired, and that nothing is filled when no key is left', async () => {
    const { app, sandbox } = createTestSandbox();
    sandbox.world.keys.get(KEYS.fullAccess.id)!.expiresAt = 0;
    expect(await (await app.request('/docs')).text()).toContain(`<code>${KEYS.fullAccess.id}</code> is expired`);
    for (const key of sandbox.world.keys.values()) key.revokedAt = 0;
    const html = await (await app.request('/docs')).text();
    expect(html).toContain(`${FALLBACK}</strong> <code>${KEYS.fullAccess.id}</code> is revoked, so nothing is pre-filled.`);
  });
});
