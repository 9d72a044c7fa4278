/**
 * A real browser for the dashboard's tests: Debian's Chromium at /usr/bin/chromium driven by
 * playwright-core (no browser is ever downloaded). Tests that need it skip, saying why,
 * when it is absent. Every page records its console errors, uncaught exceptions and
 * Content-Security-Policy violations, and every response it fetched. Test code only.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page, type Response } from 'playwright-core';

/** Where the system Chromium is. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when the tests can drive a real browser. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Launches headless Chromium with no network of its own beyond the pages it is sent to. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What a page did: errors it reported and responses it received (with their bodies). */
export interface PageRecord {
  readonly errors: string[];
  readonly responses: { url: string; status: number; body: string }[];
}

/** Starts recording `page`: console errors, page errors, and every response body. */
export function recordPage(page: Page): PageRecord {
  const record: PageRecord = { errors: [], responses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      record.errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`page error: ${error.message}`));
  page.on('response', (response: Response) => {
    void response
      .text()
      .then((body) => record.responses.push({ url: response.url(), status: response.status(), body }))
      .catch(() => record.responses.push({ url: response.url(), status: response.status(), body: '' }));
  });
  return record;
}

/** Waits until every panel of the page is drawn for the view in its URL. */
export async function waitUntilDrawn(page: Page, asOf = ''): Promise<void> {
  await page.waitForSelector(`body[data-state="ready"][data-as-of="${asOf}"]`, { timeout: 60_000 });
}
