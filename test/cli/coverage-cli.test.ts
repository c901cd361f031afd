import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, runCli, startCli } from '../support/cli.js';

const call = (url: string, path: string, key: string | null = KEYS.fullAccess.key) =>
  fetch(`${url}${path}`, {
    headers: { ...(key === null ? {} : { Authorization: `Bearer ${key}` }), 'X-Organization-Id': CLINICS.sunrise.id },
  }).then((response) => response.arrayBuffer());

describe('max-sandbox coverage', () => {
  let sandbox: RunningCli;
  beforeAll(async () => {
    sandbox = await startCli(['--quiet']);
    await call(sandbox.url, '/v3/patients');
    await call(sandbox.url, '/v3/patients', KEYS.revoked.key);
    await call(sandbox.url, '/v3/patients', null);
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it('prints the table and exits 0 when no threshold is set', async () => {
    const { code, output } = await runCli(['coverage', '--base-url', sandbox.url]);
    expect(code).toBe(0);
    expect(output).toMatch(/^max-sandbox coverage: 3 of \d+ documented outcomes hit/);
    expect(output).toMatch(/GET \/v3\/patients\s+3\/22/);
    expect(output).toContain('Least privilege:');
    expect(output).toContain(`key \`${KEYS.fullAccess.id}\` holds \`read:bills\``);
  });

  it('exits 1 under --min, and 0 at or above it', async () => {
    const low = await runCli(['coverage', '--base-url', sandbox.url, '--min', '80']);
    expect(low.code).toBe(1);
    expect(low.output).toMatch(/FAILED:\n {2}[\d.]+% of the documented outcomes were hit, under --min 80%/);
    expect((await runCli(['coverage', '--base-url', sandbox.url, '--min', '0.1'])).code).toBe(0);
  });

  it('exits 1 when a required outcome was never hit, naming it, and 0 when each was', async () => {
    const missing = await runCli(['coverage', '--base-url', sandbox.url, '--require', '401:revoked_key,429']);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('--require 429: never hit');
    expect(missing.output).not.toContain('--require 401:revoked_key');
    const typo = await runCli(['coverage', '--base-url', sandbox.url, '--require', '401:revokd_key']);
    expect(typo.code).toBe(1);
    expect(typo.output).toContain('--require 401:revokd_key: no operation of the document has that outcome');
    const met = await runCli(['coverage', '--base-url', sandbox.url, '--require', '401:revoked_key,missing_authorization,200']);
    expect(met.code).toBe(0);
  });

  it('writes JUnit XML, Markdown and JSON', async () => {
    const junit = await runCli(['coverage', '--base-url', sandbox.url, '--format', 'junit', '--require', '429']);
    expect(junit.code).toBe(1);
    expect(junit.output).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="max-sandbox coverage"/);
    expect(junit.output).toContain('<testcase classname="coverage.listPatients" name="401:revoked_key"/>');
    expect(junit.output).toMatch(/<testcase classname="coverage.getPatient" name="200">\n\s+<skipped message="not exercised"\/>/);
    expect(junit.output).toMatch(
      /<testcase classname="coverage" name="thresholds">\n\s+<failure message="--require 429: never hit"\/>/,
    );

    const markdown = await runCli(['coverage', '--base-url', sandbox.url, '--format', 'markdown']);
    expect(markdown.output).toContain('## max-sandbox coverage');
    expect(markdown.output).toMatch(/\| `GET \/v3\/patients` \| 3\/22 \| [\d.]+% \|/);

    const json = await runCli(['coverage', '--base-url', sandbox.url, '--format', 'json', '--require', '429']);
    const report = JSON.parse(json.output);
    expect(report.failures).toEqual(['--require 429: never hit']);
    expect(report.operations[0].operationId).toBe('listPatients');
  });

  it('is bad usage (exit 2) without --base-url or with a bad option, and 1 when the sandbox cannot be read', async () => {
    expect((await runCli(['coverage'])).code).toBe(2);
    expect((await runCli(['coverage', '--base-url', sandbox.url, '--format', 'html'])).code).toBe(2);
    expect((await runCli(['coverage', '--base-url', sandbox.url, '--min', '101'])).code).toBe(2);
    const unknownMark = await runCli(['coverage', '--base-url', sandbox.url, '--since', 'mrk_99']);
    expect(unknownMark.code).toBe(1);
    expect(unknownMark.output).toContain("Mark 'mrk_99' not found");
    const help = await runCli(['coverage', '--help']);
    expect(help.code).toBe(0);
    expect(help.output).toContain('--require <outcomes>');
  });
});
