/**
 * What the browser suites share: whether Debian's Chromium is there, the skip/fail rule, and a
 * launcher with the flags a closed network needs.
 *
 * Rule (as for the Docker suites): with `/usr/bin/chromium`, the suites run. Without it they are
 * skipped with a message on a developer machine, and fail under `CI=true` (CI must run them;
 * `.ci/run` installs Debian's `chromium` package when it is missing).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's package: `npx playwright install` cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots land here, one PNG per check, kept as CI artifacts (ignored by git). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/browser/', import.meta.url));

export const BROWSER_SKIP_MESSAGE = `Browser suites skipped: no Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`;

const inCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());
const hasChromium = existsSync(CHROMIUM_PATH);

/** Run the browser suites: Chromium is there, or CI is, where they must fail without it. */
export const runBrowserSuites = hasChromium || inCi;

if (!runBrowserSuites) console.warn(BROWSER_SKIP_MESSAGE);

/**
 * Headless Chromium (Playwright gives it a new empty profile). The background-networking flags
 * matter: without them Chromium keeps dialling Google's hosts, which a closed network refuses.
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!hasChromium) {
    throw new Error(`CI=true and no Chromium at ${CHROMIUM_PATH}: .ci/run installs it with apt-get install -y chromium.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * Saves a screenshot as `test-artifacts/browser/<name>.png` and returns its path: the whole page,
 * or with `fullPage: false` only what the viewport shows (what a person at that screen sees).
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
