/**
 * The API reference as a person uses it: headless Chromium opens /docs on the real CLI, reads the
 * introduction, finds the operations, runs "Try it out" on listPatients and on getPatient (its id
 * pre-filled) and gets 200s, sees the warning once the full-access key is revoked, reads the page
 * on a phone, and never reaches past the sandbox.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, startCli } from '../support/cli.js';
import { ARTIFACTS_DIR, launchChromium, runBrowserSuites, saveScreenshot } from './support/chromium.js';

/**
 * How tall an expanded operation may be at 1280 px: getPatient was 7,695 px when each of its eight
 * responses repeated the 29 reasons of X-Sandbox-Reason; with the reasons listed once it is about
 * 4,400 px (eight responses, each with its example body and headers).
 */
const EXPANDED_OPERATION_MAX_PX = 5000;

/** A page's box in page coordinates, not the viewport's. */
const pageBox = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const { scrollX, scrollY } = element.ownerDocument.defaultView!;
    return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, bottom: box.bottom + scrollY };
  });

/** A screenshot of one element, or of what the window shows: the whole page is many screens high. */
async function saveScreenshotOf(target: Locator | Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await target.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

describe.skipIf(!runBrowserSuites)('the API reference in Chromium', () => {
  let cli: RunningCli;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Every URL the page requested, and every error it logged. */
  const requested: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    [cli, browser] = await Promise.all([startCli(), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${cli.url}/docs`);
    await page.locator('#operations-Patients-listPatients').waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await cli?.stop();
  });

  it('opens on a short introduction, the key and clinic try-it uses, and the rules collapsed', async () => {
    const intro = page.locator('.information-container .info');
    const tryACall = intro.getByText('Try a call.', { exact: true });
    await expect(tryACall.isVisible()).resolves.toBe(true);
    // In the first screen, not below a wall of rules.
    expect((await tryACall.boundingBox())!.y).toBeLessThan(900);
    await expect(intro.textContent()).resolves.toContain(KEYS.fullAccess.key);
    const rules = intro.locator('details', { has: page.locator('summary', { hasText: 'Rules' }) });
    await expect(rules.locator('summary').isVisible()).resolves.toBe(true);
    const checkOrder = rules.getByText('Check order:', { exact: false });
    await expect(checkOrder.isVisible()).resolves.toBe(false);
    await rules.locator('summary').click();
    await expect(checkOrder.isVisible()).resolves.toBe(true);
    await rules.locator('summary').click();
    await saveScreenshot(page, 'docs-intro', { fullPage: false });
  });

  it('lists the Max AI operations and, apart, the Sandbox ones', async () => {
    await expect(page.locator('#operations-tag-Patients').textContent()).resolves.toContain('Patients');
    const listPatients = page.locator('#operations-Patients-listPatients .opblock-summary');
    await expect(listPatients.textContent()).resolves.toMatch(/GET\s*\/v3\/patients\s*List patients\s*listPatients/);
    await expect(page.locator('#operations-tag-Sandbox').textContent()).resolves.toContain('Sandbox');
    expect(await page.locator('#operations-Sandbox-sandboxReset').count()).toBe(1);
    // The rule that sets the Sandbox section apart is applied, not just written.
    const rule = await page
      .locator('.opblock-tag-section', { has: page.locator('#operations-tag-Sandbox') })
      .evaluate((section) => section.ownerDocument.defaultView!.getComputedStyle(section).borderTopWidth);
    expect(rule).toBe('4px');
    await saveScreenshot(page, 'docs-overview');
  });

  it('pre-authorizes try-it with the well-known key and clinic', async () => {
    await page.getByRole('button', { name: 'Authorize', exact: true }).first().click();
    const dialog = page.locator('.dialog-ux .modal-ux');
    await dialog.waitFor();
    const scheme = async (name: string) =>
      dialog.locator('.auth-container', { has: page.locator('h4', { hasText: name }) }).textContent();
    expect(await scheme('bearerAuth')).toContain('Authorized');
    expect(await scheme('organizationId')).toContain('Authorized');
    expect(await scheme('sandboxAdminToken')).not.toContain('Authorized');
    // Focus went to the last scheme's empty field: show the dialog from its first scheme.
    await dialog.locator('.modal-ux-content').evaluate((content) => content.scrollTo(0, 0));
    await saveScreenshotOf(page, 'docs-authorize');
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('runs listPatients from the page against this sandbox: 200', async () => {
    const operation = page.locator('#operations-Patients-listPatients');
    await operation.locator('.opblock-summary').click();
    await operation.locator('input[placeholder="pageSize"]').fill('3');
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/v3/patients'),
      operation.getByRole('button', { name: 'Execute' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).origin).toBe(cli.url);
    expect(((await response.json()) as { data: { patients: unknown[] } }).data.patients).toHaveLength(3);
    // What the person sees: the live response's status code, and the curl with both headers.
    const status = operation.locator('.live-responses-table .response .response-col_status');
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('200');
    const curl = await operation.locator('.curl-command').textContent();
    expect(curl).toContain('Authorization: Bearer max_prd_ak_FullAccess');
    expect(curl).toContain('X-Organization-Id: 7e2c8cfe-b7a9-4deb-986d-e7012589e72b');
    // From the operation's header down to the live response: below it come the documented responses.
    const [top, live] = await Promise.all([pageBox(operation), pageBox(operation.locator('.live-responses-table'))]);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({
      path: join(ARTIFACTS_DIR, 'docs-try-it-list-patients.png'),
      fullPage: true,
      clip: { x: top.x, y: top.y, width: top.width, height: live.bottom - top.y + 8 },
    });
    await operation.locator('.opblock-summary').click();
  });

  it('runs getPatient with its example id already filled in: 200, and the expanded operation stays short', async () => {
    const operation = page.locator('#operations-Patients-getPatient');
    await operation.locator('.opblock-summary').click();
    const id = operation.locator('input[placeholder="id"]');
    await id.waitFor();
    const example = await id.inputValue();
    expect(example).toMatch(/^pat_[0-9a-f]{32}$/);
    const height = (await operation.boundingBox())!.height;
    console.info(`expanded getPatient at 1280 px: ${Math.round(height)} px (was 7,695 px)`);
    expect(height).toBeLessThan(EXPANDED_OPERATION_MAX_PX);
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => new URL(candidate.url()).pathname === `/v3/patients/${example}`),
      operation.getByRole('button', { name: 'Execute' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { data: { id: string } }).data.id).toBe(example);
    const [top, live] = await Promise.all([pageBox(operation), pageBox(operation.locator('.live-responses-table'))]);
    await page.screenshot({
      path: join(ARTIFACTS_DIR, 'docs-try-it-get-patient.png'),
      fullPage: true,
      clip: { x: top.x, y: top.y, width: top.width, height: live.bottom - top.y + 8 },
    });
    await operation.locator('.opblock-summary').click();
  });

  it('reads on a phone: the header within the screen, nothing wider than it', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const small = await phone.newPage();
      small.on('request', (request) => requested.push(request.url()));
      small.on('pageerror', (error) => errors.push(error.message));
      await small.goto(`${cli.url}/docs`);
      await small.locator('#operations-Patients-getPatient').waitFor();
      for (const link of await small.locator('.sandbox-bar a').all()) {
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, (await link.textContent()) ?? '').toBeLessThanOrEqual(390);
      }
      await expect(small.locator('.information-container .info').getByText('Try a call.').isVisible()).resolves.toBe(true);
      await saveScreenshot(small, 'docs-phone', { fullPage: false });
      const operation = small.locator('#operations-Patients-getPatient');
      await operation.locator('.opblock-summary').click();
      await operation.locator('tr.response[data-code="400"]').scrollIntoViewIfNeeded();
      expect(await small.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(small, 'docs-phone-responses', { fullPage: false });
    } finally {
      await phone.close();
    }
  });

  it('warns, once the full-access key is revoked, that try-it falls back to a narrower key', async () => {
    const notice = page.locator('.try-it-fallback');
    expect(await notice.count()).toBe(0);
    const revoked = await fetch(`${cli.url}/_sandbox/keys/${KEYS.fullAccess.id}/revoke`, { method: 'POST' });
    expect(revoked.status).toBe(200);
    try {
      await page.reload();
      await page.locator('#operations-Patients-listPatients').waitFor();
      await expect(notice.isVisible()).resolves.toBe(true);
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(`${KEYS.fullAccess.id} is revoked`);
      expect(text).toContain(`uses ${KEYS.ungrantedScope.id} instead`);
      expect(text).toContain(CLINICS.sunrise.name);
      await saveScreenshot(page, 'docs-fallback-notice', { fullPage: false });
    } finally {
      await fetch(`${cli.url}/_sandbox/reset`, { method: 'POST' });
    }
  });

  it('reached nothing but the sandbox, and logged no error', () => {
    expect(requested.length).toBeGreaterThan(4);
    const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== cli.url);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});
