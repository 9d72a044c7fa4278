import { spawn } from 'node:child_process';
import { launchBrowser } from './test/support/browser.ts';
const child = spawn(process.execPath, ['--import', 'tsx', '../cli/src/main.ts', 'serve', '--db', '/tmp/rcpt/demo.db', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
const url: string = await new Promise((res) => { let o = ''; child.stdout.on('data', (c) => { o += c; const m = /dashboard: (http:\/\/\S+)\//.exec(o); if (m) res(m[1]!); }); });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 390), height: 900 } });
  await page.goto(url + (process.env.Q ?? "/"));
  await page.waitForSelector('body[data-state="ready"]', { timeout: 90000 });
  await page.waitForTimeout(1500);
  const pie = await page.evaluate(() => {
    const svg = document.querySelector('#panel-overview .chart svg')!;
    return [...svg.querySelectorAll('text')].map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height), parent: t.parentElement?.tagName, tr: t.getAttribute('transform') }; });
  });
  console.log(JSON.stringify(pie, null, 0));
  const svgRect = await page.evaluate(() => { const r = document.querySelector('#panel-overview .chart svg')!.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; });
  console.log(svgRect);
  const votes = await page.evaluate(() => {
    const svg = document.querySelector('#panel-votes .chart svg')!;
    return [...svg.querySelectorAll('text')].map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) }; });
  });
  console.log(JSON.stringify(votes));
  const bars = await page.evaluate(() => [...document.querySelectorAll('#panel-votes .chart svg path')].map((p) => { const r = p.getBoundingClientRect(); return { fill: p.getAttribute('fill'), x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) }; }).filter(b => b.fill === '#2e8b57' || b.fill === '#c0392b'));
  console.log(JSON.stringify(bars));
  const rb = await page.evaluate(() => [...document.querySelectorAll('#panel-red-black .chart svg text')].map((t) => t.textContent).slice(0, 30));
  console.log(JSON.stringify(rb));
  const comm = await page.evaluate(() => [...document.querySelectorAll('#complaint-filters select[name="community"] option')].slice(0, 8).map((o) => [o.getAttribute('value'), o.textContent]));
  console.log(JSON.stringify(comm));
  const ids = await page.evaluate(() => document.body.innerText.match(/\b[a-z]+(-[a-z0-9]+)+\b/g)?.slice(0, 40));
  console.log(JSON.stringify(ids));
} finally { await browser.close(); child.kill(); }
