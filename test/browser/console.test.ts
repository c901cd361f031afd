/**
 * The demo console in a real Chromium against a real sandbox on an ephemeral loopback port: the
 * keys and their states, a revocation seen by the app's next call and by the live journal, the
 * records browser, the admin-token prompt, keys of the other environment, and the page on a
 * phone. A screenshot of each stage lands in test-artifacts/browser/ (1280x800, the projector the
 * console is made for, and 390x844 for the phone).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PATH } from '../../src/pages/console.js';
import { type RunningSandbox, startServer } from '../../src/server.js';
import { APPS, CLINICS, KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import { launchChromium, runBrowserSuites, saveScreenshot } from './support/chromium.js';

const VIEWPORT = { width: 1280, height: 800 };
/** A phone held upright (an iPhone 14's CSS pixels). */
const PHONE = { width: 390, height: 844 };
/** How long the console may take to show what the sandbox already says (it polls every second). */
const SHOWS_WITHIN_MS = 5000;

const keyRow = (page: Page, id: string) => page.locator(`.key[data-key-id="${id}"]`);

/** A console page that records the script errors it raises. */
async function openConsole(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}${CONSOLE_PATH}`);
  return { page, errors };
}

/** `GET /v3/patients` as the app would call it. */
function listPatients(url: string, key: string, organizationId: string = CLINICS.sunrise.id) {
  return fetch(`${url}/v3/patients?pageSize=25`, {
    headers: { Authorization: `Bearer ${key}`, 'X-Organization-Id': organizationId },
  });
}

describe.skipIf(!runBrowserSuites)('the demo console in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('on a sandbox without an admin token', () => {
    let server: RunningSandbox;
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      server = await startServer({ config: { port: 0, host: '127.0.0.1' } });
      ({ page, errors } = await openConsole(browser, server.url));
    });
    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    it('shows the clinics with their installed apps and grants', async () => {
      const harbor = page.locator(`.clinic[data-clinic-id="${CLINICS.harbor.id}"]`);
      await expect.poll(() => harbor.locator('h3').textContent()).toBe(CLINICS.harbor.name);
      const demoApp = harbor.locator(`.installation[data-app-id="${APPS.sandboxDemo.id}"]`);
      expect(await demoApp.locator('.chip:not(.chip-off)').allTextContents()).toContain('read:patients');
      // Harbor did not grant these: struck out, not left out.
      expect(await demoApp.locator('.chip-off').allTextContents()).toEqual([
        'read:bills',
        'read:soap_notes',
        'write:emails',
        'write:soap_notes',
        'write:tasks',
      ]);
      const mesa = page.locator(`.clinic[data-clinic-id="${CLINICS.mesa.id}"]`);
      expect(await mesa.locator('.installation').getAttribute('data-app-id')).toBe(APPS.otherVendor.id);
      const sunrise = page.locator(`.clinic[data-clinic-id="${CLINICS.sunrise.id}"]`);
      expect(await sunrise.locator('.chip').allTextContents()).toEqual(['every scope (14)']);
      // Installing offers only the apps the clinic has not installed.
      await mesa.locator('button[data-action="install"]').click();
      const dialog = page.locator('dialog[data-dialog="install"]');
      expect(await dialog.locator('select[name="app"] option').allTextContents()).toEqual(['Sandbox Demo App']);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    });

    it('shows the fixture keys with their states, scopes and a curl line on its own origin', async () => {
      await keyRow(page, KEYS.fullAccess.id).waitFor();
      const states = Object.fromEntries(
        await Promise.all(
          [KEYS.fullAccess, KEYS.revoked, KEYS.expired, KEYS.patientsOnly, KEYS.account].map(
            async ({ id }) => [id, await keyRow(page, id).getAttribute('data-status')] as const,
          ),
        ),
      );
      expect(states).toEqual({
        [KEYS.fullAccess.id]: 'active',
        [KEYS.revoked.id]: 'revoked',
        [KEYS.expired.id]: 'expired',
        [KEYS.patientsOnly.id]: 'active',
        [KEYS.account.id]: 'active',
      });
      expect(await keyRow(page, KEYS.revoked.id).locator('.state').textContent()).toBe('revoked');
      expect(await keyRow(page, KEYS.patientsOnly.id).locator('.chip').allTextContents()).toEqual(['read:patients']);
      expect(await keyRow(page, KEYS.fullAccess.id).locator('.curl-line').textContent()).toBe(
        `curl -H 'Authorization: Bearer ${KEYS.fullAccess.key}' -H 'X-Organization-Id: ${CLINICS.sunrise.id}' ${server.url}/v3/patients`,
      );
      await saveScreenshot(page, 'console-1-keys', { fullPage: false });
      await saveScreenshot(page, 'console-1-keys-whole-page');
    });

    it('shows the staging keys as refused here, not as active', async () => {
      const row = keyRow(page, STAGING_KEYS.fullAccess.id);
      expect(await row.locator('.state').textContent()).toBe('other env');
      expect(await row.getAttribute('data-refused')).toBe('wrong_environment');
      expect(await row.locator('.key-about').textContent()).toContain('refused here: 401 wrong_environment');
      // Every staging key, whatever its own state; no production key.
      const staging = page.locator('.key[data-environment="staging"]');
      expect(await staging.count()).toBeGreaterThan(3);
      expect(new Set(await staging.locator('.state').allTextContents())).toEqual(new Set(['other env']));
      expect(await page.locator('.key[data-environment="production"][data-refused]').count()).toBe(0);
      // (Their calls getting wrong_environment is checked below, where it does not crowd this journal.)
      await row.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'console-1b-staging-keys', { fullPage: false });
      await page.evaluate('window.scrollTo(0, 0)');
    });

    it('copies a key with its copy button', async () => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      // By its action: its name changes to "Copied" for a moment.
      const button = keyRow(page, KEYS.patientsOnly.id).locator('button[data-action="copy-key"]');
      await button.click();
      await expect.poll(() => button.textContent()).toBe('Copied');
      expect(await page.evaluate('navigator.clipboard.readText()')).toBe(KEYS.patientsOnly.key);
    });

    it('revokes the data key; the next call is 401 and the journal shows it with its reason', async () => {
      expect((await listPatients(server.url, KEYS.fullAccess.key)).status).toBe(200);
      const row = keyRow(page, KEYS.fullAccess.id);
      await row.locator('button[data-action="revoke"]').click();
      await expect.poll(() => row.getAttribute('data-status'), { timeout: SHOWS_WITHIN_MS }).toBe('revoked');
      expect(await row.locator('button[data-action="revoke"]').isDisabled()).toBe(true);
      await expect
        .poll(() => page.locator('#notices .notice').allTextContents())
        .toContain(`${KEYS.fullAccess.id} is revoked: its next call here gets 401 revoked_key.`);

      const response = await listPatients(server.url, KEYS.fullAccess.key);
      expect(response.status).toBe(401);
      const reason = response.headers.get('X-Sandbox-Reason');
      expect(reason).toBe('revoked_key');

      const refused = page
        .locator('#journal-list .entry[data-status="401"]')
        .filter({ hasText: KEYS.fullAccess.id })
        .filter({ hasText: reason! });
      await refused.first().waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await refused.first().locator('.entry-request').textContent()).toBe('GET /v3/patients?pageSize=25');
      expect(await refused.first().locator('.entry-clinic').textContent()).toBe(CLINICS.sunrise.name);
      // The call before the revocation is there too, answered 200.
      expect(await page.locator('#journal-list .entry[data-status="200"]').count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'console-2-revoked-and-refused', { fullPage: false });
    });

    it('filters the journal by status and by clinic', async () => {
      await listPatients(server.url, KEYS.patientsOnly.key, CLINICS.harbor.id);
      await page.selectOption('#journal-status', '4xx');
      await expect
        .poll(() =>
          page.locator('#journal-list .entry').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status'))),
        )
        .toEqual(['401']);
      await page.selectOption('#journal-status', '');
      await page.selectOption('#journal-clinic', CLINICS.harbor.id);
      await expect
        .poll(() => page.locator('#journal-list .entry-clinic').allTextContents(), { timeout: SHOWS_WITHIN_MS })
        .toEqual([CLINICS.harbor.name]);
      await page.selectOption('#journal-clinic', '');
    });

    it('pauses the journal, and catches up on resume', async () => {
      const pause = page.locator('#journal-pause');
      await pause.click();
      expect(await pause.textContent()).toBe('Resume');
      expect((await listPatients(server.url, KEYS.noScopes.key)).status).toBe(403);
      // Longer than a poll: a journal that kept polling would show the call by now.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const call = page.locator('#journal-list .entry').filter({ hasText: KEYS.noScopes.id });
      expect(await call.count()).toBe(0);
      await pause.click();
      await call.first().waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await call.first().locator('.entry-reason').textContent()).toBe('insufficient_scope');
    });

    it("changes a clinic's grants: the chip is struck out and the app's next call there is 403", async () => {
      const harbor = page.locator(`.clinic[data-clinic-id="${CLINICS.harbor.id}"]`);
      await harbor.locator('button[data-action="grants"]').click();
      const dialog = page.locator('dialog[data-dialog="grants"]');
      await dialog.locator('input[value="read:patients"]').uncheck();
      await dialog.getByRole('button', { name: 'Save grants' }).click();
      await expect
        .poll(() => harbor.locator('.chip-off').allTextContents(), { timeout: SHOWS_WITHIN_MS })
        .toEqual(['read:patients', 'read:bills', 'read:soap_notes', 'write:emails', 'write:soap_notes', 'write:tasks']);
      const response = await listPatients(server.url, KEYS.patientsOnly.key, CLINICS.harbor.id);
      expect(response.status).toBe(403);
      expect(response.headers.get('X-Sandbox-Reason')).toBe('insufficient_scope');
    });

    it("browses a clinic's records through /_sandbox, a record created at run time among them, and shows a record's JSON", async () => {
      const created = await fetch(`${server.url}/_sandbox/organizations/${CLINICS.sunrise.id}/patients`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ firstName: 'Ada', lastName: 'Console', email: null, createdAt: '2000-01-01T00:00:00.000Z' }),
      });
      expect(created.status).toBe(201);
      const sunrise = page.locator(`.clinic[data-clinic-id="${CLINICS.sunrise.id}"]`);
      await sunrise.getByRole('button', { name: 'Records' }).click();
      const rows = page.locator('#record-table tbody tr');
      await expect.poll(() => rows.count()).toBe(25);
      expect(await page.locator('#record-table th').allTextContents()).toEqual([
        'Name',
        'MRN',
        'Born',
        'Gender',
        'Email',
        'Phone',
      ]);
      expect(await page.locator('#record-page').textContent()).toBe('page 1 of 11 · 251 patients');
      // Served in createdAt order: the patient created "in 2000" comes first.
      expect(await rows.first().textContent()).toContain('Ada Console');
      await page.locator('#record-next').click();
      await expect.poll(() => page.locator('#record-page').textContent()).toBe('page 2 of 11 · 251 patients');

      const first = rows.first();
      const id = await first.getAttribute('data-record-id');
      expect(id).toMatch(/^pat_[0-9a-f]{32}$/);
      await first.click();
      const dialog = page.locator('dialog[data-dialog="json"]');
      await dialog.waitFor();
      expect(JSON.parse((await dialog.locator('pre').textContent())!)).toMatchObject({ id });
      await saveScreenshot(page, 'console-3-record-json', { fullPage: false });
      await dialog.getByRole('button', { name: 'Close' }).click();
    });

    it('raised no script error', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('changing the world from the console', () => {
    let server: RunningSandbox;
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      server = await startServer({ config: { port: 0, host: '127.0.0.1' } });
      ({ page, errors } = await openConsole(browser, server.url));
      await keyRow(page, KEYS.fullAccess.id).waitFor();
    });
    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    /** The key secret a row's curl line sends. */
    const secretIn = async (row: ReturnType<typeof keyRow>) =>
      /Bearer (\S+)'/.exec((await row.locator('.curl-line').textContent()) ?? '')?.[1] ?? '';

    it('creates a key with the scopes chosen, and rotates its secret', async () => {
      await page.click('#new-key');
      const dialog = page.locator('dialog[data-dialog="new-key"]');
      await dialog.locator('input[name="description"]').fill('made in the console test');
      await dialog.locator('input[value="read:patients"]').uncheck();
      await saveScreenshot(page, 'console-7-new-key', { fullPage: false });
      await dialog.getByRole('button', { name: 'Create key' }).click();

      const row = page.locator('.key').filter({ hasText: 'made in the console test' });
      await row.waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await row.getAttribute('data-status')).toBe('active');
      expect(await row.locator('.chip').allTextContents()).not.toContain('read:patients');
      const secret = await secretIn(row);
      expect(secret).toMatch(/^max_prd_ak_/);
      const refused = await listPatients(server.url, secret);
      expect([refused.status, refused.headers.get('X-Sandbox-Reason')]).toEqual([403, 'insufficient_scope']);

      await row.locator('button[data-action="rotate"]').click();
      await page.locator('dialog[data-dialog="rotate"]').getByRole('button', { name: 'Rotate' }).click();
      await expect.poll(() => secretIn(row), { timeout: SHOWS_WITHIN_MS }).not.toBe(secret);
      const old = await listPatients(server.url, secret);
      expect([old.status, old.headers.get('X-Sandbox-Reason')]).toEqual([401, 'unknown_key']);
      expect(
        (
          await fetch(`${server.url}/v3/appointments`, {
            headers: { Authorization: `Bearer ${await secretIn(row)}`, 'X-Organization-Id': CLINICS.sunrise.id },
          })
        ).status,
      ).toBe(200);
    });

    it('says a revoked staging key gets wrong_environment here, not revoked_key', async () => {
      const row = keyRow(page, STAGING_KEYS.patientsOnly.id);
      await row.locator('button[data-action="revoke"]').click();
      await expect.poll(() => row.getAttribute('data-status'), { timeout: SHOWS_WITHIN_MS }).toBe('revoked');
      await expect
        .poll(() => page.locator('#notices .notice').allTextContents())
        .toContain(`${STAGING_KEYS.patientsOnly.id} is revoked: its next call here gets 401 wrong_environment.`);
      expect(await row.locator('.state').textContent()).toBe('other env');
      const response = await listPatients(server.url, STAGING_KEYS.patientsOnly.key);
      expect([response.status, response.headers.get('X-Sandbox-Reason')]).toEqual([401, 'wrong_environment']);
    });

    it('expires a key', async () => {
      const row = keyRow(page, KEYS.patientsOnly.id);
      await row.locator('button[data-action="expire"]').click();
      await expect.poll(() => row.getAttribute('data-status'), { timeout: SHOWS_WITHIN_MS }).toBe('expired');
      const response = await listPatients(server.url, KEYS.patientsOnly.key);
      expect([response.status, response.headers.get('X-Sandbox-Reason')]).toEqual([401, 'expired_key']);
    });

    it('makes a throwaway clinic with its key, and deletes it', async () => {
      await page.click('#new-clinic');
      const dialog = page.locator('dialog[data-dialog="new-clinic"]');
      await dialog.locator('input[name="name"]').fill('Console Test Clinic');
      await dialog.getByRole('button', { name: 'Create clinic' }).click();
      const card = page.locator('.clinic').filter({ hasText: 'Console Test Clinic' });
      await card.waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await card.locator('.badge').textContent()).toBe('throwaway');
      const clinicId = (await card.getAttribute('data-clinic-id'))!;
      const key = page.locator('.key').filter({ hasText: `throwaway clinic ${clinicId}` });
      expect(await key.getAttribute('data-status')).toBe('active');
      expect((await listPatients(server.url, await secretIn(key), clinicId)).status).toBe(200);

      await card.getByRole('button', { name: 'Delete' }).click();
      await page.locator('dialog[data-dialog="confirm"]').getByRole('button', { name: 'Delete clinic' }).click();
      await card.waitFor({ state: 'detached', timeout: SHOWS_WITHIN_MS });
      expect(await key.count()).toBe(0);
    });

    it('shows the outbox, with what the app wrote as text, never as markup', async () => {
      const fixtures = (await (await fetch(`${server.url}/_sandbox/fixtures`)).json()) as {
        organizations: { id: string; staffUsers: { id: string }[] }[];
      };
      const userId = fixtures.organizations.find((clinic) => clinic.id === CLINICS.sunrise.id)!.staffUsers[0]!.id;
      const subject = 'Your visit <img src=x id=injected>';
      const sent = await fetch(`${server.url}/v3/emails/send`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${KEYS.fullAccess.key}`,
          'X-Organization-Id': CLINICS.sunrise.id,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          from: 'front-desk',
          subject,
          html: '<p>See you <b>soon</b></p>',
          emailType: 'general',
          userIds: [userId],
        }),
      });
      expect(sent.status).toBe(200);
      const row = page.locator('#email-rows tr[data-email-id]');
      await row.first().waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await row.locator('td').nth(4).textContent()).toBe(subject);
      expect(await row.locator('td').nth(1).textContent()).toBe(CLINICS.sunrise.name);
      expect(await row.locator('td').nth(2).textContent()).toBe('front-desk@accounts.maxcare.ai');
      expect(await row.locator('td').nth(6).getAttribute('data-status')).toMatch(/^(sent|delivered|bounced|opened)$/);
      expect(await page.locator('#injected').count()).toBe(0);
      await row.first().click();
      const dialog = page.locator('dialog[data-dialog="json"]');
      expect(await dialog.locator('pre').textContent()).toContain('<p>See you <b>soon</b></p>');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.locator('#outbox').scrollIntoViewIfNeeded();
      // The notices of the tests above would cover the outbox in the picture.
      await page.locator('#notices').evaluate((notices) => notices.replaceChildren());
      await saveScreenshot(page, 'console-8-outbox', { fullPage: false });
    });

    it('shows coverage: outcomes hit filled, the others not, and scopes no request used', async () => {
      // The tests above listed patients with the full-access key and a revoked one.
      const hit = page.locator('#coverage-rows tr[data-operation-id="listPatients"] [data-outcome="200"]');
      await expect.poll(() => hit.getAttribute('data-hit'), { timeout: SHOWS_WITHIN_MS }).toBe('true');
      const notHit = page.locator('#coverage-rows tr[data-operation-id="getPatient"] [data-outcome="404:record_not_found"]');
      expect(await notHit.getAttribute('data-hit')).toBe('false');
      expect(await page.locator('#coverage-rows tr[data-operation-id]').count()).toBeGreaterThanOrEqual(18);
      expect(await page.locator(`#coverage-scopes li[data-app-id="${APPS.otherVendor.id}"]`).textContent()).toContain(
        'read:appointments',
      );
      await page.locator('#coverage').scrollIntoViewIfNeeded();
      await page.locator('#notices').evaluate((notices) => notices.replaceChildren());
      await saveScreenshot(page, 'console-9-coverage', { fullPage: false });
    });

    it('resets the world after asking', async () => {
      await page.click('#reset');
      await page.locator('dialog[data-dialog="confirm"]').getByRole('button', { name: 'Reset' }).click();
      await page
        .locator('.key')
        .filter({ hasText: 'made in the console test' })
        .waitFor({ state: 'detached', timeout: SHOWS_WITHIN_MS });
      expect(await keyRow(page, KEYS.patientsOnly.id).getAttribute('data-status')).toBe('active');
      await expect.poll(() => page.locator('#email-rows tr[data-email-id]').count(), { timeout: SHOWS_WITHIN_MS }).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  describe('on a phone', () => {
    let server: RunningSandbox;
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      server = await startServer({ config: { port: 0, host: '127.0.0.1' } });
      ({ page, errors } = await openConsole(browser, server.url, PHONE));
      await keyRow(page, KEYS.fullAccess.id).waitFor({ timeout: SHOWS_WITHIN_MS });
    });
    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    /** How wide the page is: wider than the phone means it scrolls sideways. */
    const pageWidth = () => page.locator('html').evaluate((root) => root.scrollWidth);

    it("keeps the header's buttons on the screen, and the page no wider than it", async () => {
      for (const id of ['new-clinic', 'reset']) {
        const box = (await page.locator(`#${id}`).boundingBox())!;
        expect(box.x, id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, id).toBeLessThanOrEqual(PHONE.width);
        expect(box.y + box.height, id).toBeLessThanOrEqual(PHONE.height);
      }
      expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(page, 'console-9-phone', { fullPage: false });
      await keyRow(page, STAGING_KEYS.fullAccess.id).scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'console-9-phone-keys', { fullPage: false });
    });

    it('scrolls the records table inside its panel, not the page', async () => {
      await page.locator(`.clinic[data-clinic-id="${CLINICS.sunrise.id}"]`).getByRole('button', { name: 'Records' }).click();
      await expect.poll(() => page.locator('#record-table tbody tr').count(), { timeout: SHOWS_WITHIN_MS }).toBe(25);
      const table = page.locator('#record-table');
      const { scrollWidth, clientWidth } = await table.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
      await page.locator('#records').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'console-9-phone-records', { fullPage: false });
      expect(errors).toEqual([]);
    });
  });

  describe('on a sandbox with an admin token', () => {
    const TOKEN = 'console-test-admin-token';
    let server: RunningSandbox;
    beforeAll(async () => {
      server = await startServer({ config: { port: 0, host: '127.0.0.1', adminToken: TOKEN } });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('serves the page without the token, and the page does not hold it', async () => {
      const response = await fetch(`${server.url}${CONSOLE_PATH}`);
      expect(response.status).toBe(200);
      expect(await response.text()).not.toContain(TOKEN);
    });

    it('asks for the token, refuses a wrong one, then shows the keys and keeps it for the tab', async () => {
      const { page, errors } = await openConsole(browser, server.url);
      const dialog = page.locator('#token-dialog');
      await dialog.waitFor({ state: 'visible', timeout: SHOWS_WITHIN_MS });
      expect(await page.locator('#token-refused').isVisible()).toBe(false);
      await saveScreenshot(page, 'console-4-token-asked', { fullPage: false });

      await page.fill('#token-input', 'not-the-token');
      await page.click('#token-form button[type="submit"]');
      await page.locator('#token-refused').waitFor({ state: 'visible', timeout: SHOWS_WITHIN_MS });
      await saveScreenshot(page, 'console-5-token-refused', { fullPage: false });

      await page.fill('#token-input', TOKEN);
      await page.click('#token-form button[type="submit"]');
      await keyRow(page, KEYS.fullAccess.id).waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await dialog.isVisible()).toBe(false);
      expect(await page.evaluate("sessionStorage.getItem('max-sandbox.admin-token')")).toBe(TOKEN);
      expect(await page.locator('#token-button').textContent()).toBe('Forget admin token');
      await saveScreenshot(page, 'console-6-token-accepted', { fullPage: false });

      // A reload in the same tab does not ask again.
      await page.reload();
      await keyRow(page, KEYS.fullAccess.id).waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(await dialog.isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('waits, when the person declines, until they ask to enter the token', async () => {
      const { page, errors } = await openConsole(browser, server.url);
      await page.locator('#token-dialog').waitFor({ state: 'visible', timeout: SHOWS_WITHIN_MS });
      await page.click('#token-cancel');
      await expect.poll(() => page.locator('#link').textContent()).toBe('admin token needed');
      // No key shows without the token: the admin API refused the page's calls.
      expect(await page.locator('.key').count()).toBe(0);
      await page.click('#token-button');
      await page.fill('#token-input', TOKEN);
      await page.click('#token-form button[type="submit"]');
      await keyRow(page, KEYS.fullAccess.id).waitFor({ timeout: SHOWS_WITHIN_MS });
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
