/**
 * Takes the screenshot README.md and docs/dashboard.md show (`docs/dashboard.png`): the demo
 * ledger served by `govledger serve`, the Chinese page at 1280 px in Debian's Chromium, after
 * one entry was checked in the browser. Run: `npx tsx apps/dashboard/test/support/screenshot.ts`.
 */
import { fileURLToPath } from 'node:url';
import { launchBrowser, waitUntilDrawn } from './browser.ts';
import { startDemoServer } from './demo-server.ts';

const OUT = fileURLToPath(new URL('../../../../docs/dashboard.png', import.meta.url));

const server = await startDemoServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1900 } });
  await page.goto(`${server.url}/`);
  await waitUntilDrawn(page);
  await page.locator('#panel-red-black .verify-button').first().click();
  await page.locator('#verify-last [data-verify="ok"]').waitFor();
  // The click scrolled the list into view: the picture starts at the page's head.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: OUT, clip: { x: 0, y: 0, width: 1280, height: 1900 } });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.stop();
}
