import { launchBrowser, waitUntilDrawn } from './browser.ts';
import { startDemoServer } from './demo-server.ts';
const server = await startDemoServer();
const browser = await launchBrowser();
try {
  console.log(server.url);
  for (const [w, lang] of (process.argv[2] ?? '1280:zh').split(',').map((s) => s.split(':'))) {
    const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
    await page.goto(`${server.url}/${lang === 'en' ? '?lang=en' : ''}`);
    await waitUntilDrawn(page);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/us/${w}-${lang}.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
