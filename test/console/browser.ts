/**
 * The web console's browser tests' harness: one ibiam server (test/e2e/harness.ts, which serves the built
 * console from dist/console at `/console/`) and one headless Chromium driven by playwright-core, with a
 * fresh browser context (its own localStorage, so its own signed-in sessions) per page. Chromium is
 * Debian's (`/usr/bin/chromium`) or the one IBIAM_CHROMIUM names; `--no-sandbox` because CI runs as root.
 * https://playwright.dev/docs/api/class-browsertype#browser-type-launch
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT, startTestServer, type Credentials, type TestServer } from '../e2e/harness.js';

export interface ConsoleHarness {
  readonly server: TestServer;
  readonly browser: Browser;
  /** `http://127.0.0.1:PORT/console/` */
  readonly consoleUrl: string;
  /** A page in a new browser context (nothing signed in), closed by `close()`. */
  newPage(): Promise<Page>;
  /** Opens the console on `page` and signs in with the access key pair (the default root by default). */
  signIn(page: Page, credentials?: Credentials): Promise<void>;
  /** Opens a console route: `goTo(page, 'iam/roles')` -> `/console/#/iam/roles`. */
  goTo(page: Page, route: string): Promise<void>;
  /** Closes every context, the browser and the server. */
  close(): Promise<void>;
}

export interface ConsoleHarnessOptions {
  /** Milliseconds per step of a simulated Image Builder build (fast builds for the tests). */
  readonly buildStepMs?: number;
}

/** How long one expectation waits for the page (the machine is small and shared). */
export const UI_TIMEOUT_MS = 15_000;

export function chromiumPath(): string {
  return process.env['IBIAM_CHROMIUM'] ?? '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's chromium package or set IBIAM_CHROMIUM (.ci/run does).`,
    );
  }
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}

export async function startConsole(options: ConsoleHarnessOptions = {}): Promise<ConsoleHarness> {
  const server = await startTestServer(undefined, options);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const consoleUrl = `${server.url}/console/`;
  const goTo = async (page: Page, route: string) => {
    await page.goto(`${consoleUrl}#/${route.replace(/^#?\/?/, '')}`);
  };
  return {
    server,
    browser,
    consoleUrl,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      context.setDefaultTimeout(UI_TIMEOUT_MS);
      contexts.push(context);
      return context.newPage();
    },
    async signIn(page, credentials = ROOT) {
      await page.goto(consoleUrl);
      await page.getByLabel('Access key ID').fill(credentials.accessKeyId);
      await page.getByLabel('Secret access key').fill(credentials.secretAccessKey);
      if (credentials.sessionToken)
        await page.getByLabel('Session token (temporary credentials only)').fill(credentials.sessionToken);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    },
    goTo,
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.stop();
    },
  };
}

/** Waits until one of the elements `locator` finds has a text matching `pattern`, and returns that text. */
export async function textMatching(locator: Locator, pattern: RegExp | string): Promise<string> {
  const match = locator.filter({ hasText: pattern }).first();
  await match.waitFor();
  return (await match.textContent()) ?? '';
}

/** The value (`<dd>`) of a label (`<dt>`) in a description list under `scope`. */
export function detail(scope: Locator, label: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}
