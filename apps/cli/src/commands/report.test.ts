import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLedger } from '../test-support/demo-ledger.ts';
import { govledger } from '../test-support/run-cli.ts';

/** Debian's Chromium; the test that prints a report needs it (apt-get install chromium fonts-wqy-microhei). */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Complainants' names the seed-7 demo seals (its first complaints): never in a report by default. */
async function sealedNames(dir: string): Promise<string[]> {
  const history = await govledger(
    ['history', '--db', 'd.db', '--stream', 'complaint-c-0000001', '--personal', '--json'],
    {
      cwd: dir,
    },
  );
  const json = JSON.parse(history.stdout) as {
    events: { data: { complainantName?: string; complainantPhone?: string } }[];
  };
  const filed = json.events[0]!.data;
  return [filed.complainantName!, filed.complainantPhone!];
}

describe('govledger report', () => {
  let ledger: { dir: string; remove(): void };
  const path = (f: string) => join(ledger.dir, f);
  beforeAll(async () => {
    ledger = await demoLedger();
    const previous = await govledger(['checkpoint', '--db', 'd.db', '--size', '1042'], { cwd: ledger.dir });
    writeFileSync(path('previous.txt'), previous.stdout);
  }, 120_000);
  afterAll(() => ledger.remove());

  it('writes a self-contained Chinese report: checkpoint, verification, growth with a consistency proof, acts, findings and diffs', async () => {
    const checkpoints = await govledger(['checkpoint', '--db', 'd.db', '--size', '11611'], { cwd: ledger.dir });
    writeFileSync(path('q1.txt'), checkpoints.stdout);
    const run = await govledger(
      [
        'report',
        '--db',
        'd.db',
        '--from',
        '2024-03-31',
        '--to',
        '2024-06-30',
        '--out',
        'r.html',
        '--previous-checkpoint',
        'q1.txt',
      ],
      { cwd: ledger.dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/written to r.html .*verification \(period\) passed/);
    const html = readFileSync(path('r.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('物业治理账本审计报告');
    // The period as asked, in China Standard Time (a bare date is the end of that day there), and its entries.
    expect(html).toMatch(
      /<strong>审计期间<\/strong>: 2024-03-31 23:59之后至2024-06-30 23:59（中国标准时间） \(账本条目 \d+ 至 \d+\)/,
    );
    expect(html).toContain('一致性证明');
    expect(html).toMatch(/<span class="ok">通过<\/span> — 本期验证：重新计算本期 [\d,]+ 个条目的哈希/);
    for (const section of [
      '逾期未办结的投诉报修',
      '按应急程序使用的维修资金',
      '上黑榜后仍中标的物业企业',
      '险胜通过的业主大会表决',
    ]) {
      expect(html).toContain(section);
    }
    expect(html).toContain('<svg');
    expect(html).toContain('complaintBoard');
    // Self-contained: nothing is fetched when it is opened.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
  });

  it('rehashes the whole ledger with --verify full, and by default fails when an entry of the period was altered', async () => {
    const full = await govledger(
      [
        'report',
        '--db',
        'd.db',
        '--from',
        '100',
        '--to',
        '199',
        '--out',
        'full.html',
        '--verify',
        'full',
        '--lang',
        'en',
      ],
      { cwd: ledger.dir },
    );
    expect(full.code, full.stderr).toBe(0);
    expect(full.stdout).toContain('verification (full) passed');
    expect(readFileSync(path('full.html'), 'utf8')).toMatch(/full: every one of [\d,]+ entries rehashed/);
    copyFileSync(path('d.db'), path('t.db'));
    copyFileSync(path('d.key'), path('t.key'));
    const db = new Database(path('t.db'));
    const { leaf } = db.prepare('SELECT leaf FROM entries WHERE idx = 150').get() as { leaf: Buffer };
    const at = leaf.indexOf('"eventId":"') + '"eventId":"'.length;
    leaf[at] = leaf[at] === '0'.charCodeAt(0) ? '1'.charCodeAt(0) : '0'.charCodeAt(0);
    db.prepare('UPDATE entries SET leaf = ? WHERE idx = 150').run(leaf);
    db.close();
    const altered = await govledger(
      ['report', '--db', 't.db', '--from', '100', '--to', '199', '--out', 't.html', '--lang', 'en'],
      { cwd: ledger.dir },
    );
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain('verification (period) FAILED');
    expect(readFileSync(path('t.html'), 'utf8')).toContain('an entry was altered');
  });

  it('holds no personal data and no ballot-to-owner link unless asked to open personal data', async () => {
    const run = await govledger(
      ['report', '--db', 'd.db', '--from', '0', '--to', '2024-12-31', '--out', 'all.html', '--verify', 'checkpoint'],
      {
        cwd: ledger.dir,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(path('all.html'), 'utf8');
    for (const value of await sealedNames(ledger.dir)) expect(html).not.toContain(value);
    expect(html).not.toMatch(/BallotCast by person-/);
    expect(html).not.toMatch(/person-\d+<\/td><td>owner/);
  });

  it('opens the complainants of overdue complaints only with --personal', async () => {
    const run = await govledger(
      [
        'report',
        '--db',
        'd.db',
        '--from',
        '2022-01-31',
        '--to',
        '2022-03-31',
        '--out',
        'p.html',
        '--personal',
        '--lang',
        'en',
      ],
      { cwd: ledger.dir },
    );
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(path('p.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Complainant (opened)');
    const opened = [
      ...html.matchAll(/\{&quot;name&quot;:&quot;([^&]+)&quot;,&quot;phone&quot;:&quot;(1\d{10})&quot;\}/g),
    ];
    expect(opened.length).toBeGreaterThan(0);
    const plain = await govledger(
      ['report', '--db', 'd.db', '--from', '2022-01-31', '--to', '2022-03-31', '--out', 'q.html', '--lang', 'en'],
      { cwd: ledger.dir },
    );
    expect(plain.code, plain.stderr).toBe(0);
    const without = readFileSync(path('q.html'), 'utf8');
    for (const [, name, phone] of opened) {
      expect(without).not.toContain(name);
      expect(without).not.toContain(phone);
    }
  });

  it('refuses a previous checkpoint signed by another key, and a bad language, changing nothing', async () => {
    writeFileSync(
      path('forged.txt'),
      'ledger.example/other\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n— other AAAA\n',
    );
    const forged = await govledger(
      [
        'report',
        '--db',
        'd.db',
        '--from',
        '1',
        '--to',
        '2',
        '--out',
        'x.html',
        '--previous-checkpoint',
        'forged.txt',
        '--verify',
        'checkpoint',
      ],
      { cwd: ledger.dir },
    );
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain('--previous-checkpoint is not a checkpoint signed by');
    const lang = await govledger(
      ['report', '--db', 'd.db', '--from', '1', '--to', '2', '--out', 'x.html', '--lang', 'fr'],
      {
        cwd: ledger.dir,
      },
    );
    expect(lang.code).toBe(2);
    expect(existsSync(path('x.html'))).toBe(false);
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'opens offline in Debian’s Chromium and prints to a PDF',
    async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      try {
        const context = await browser.newContext({ offline: true });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(`file://${path('r.html')}`);
        expect(await page.locator('h1').textContent()).toBe('物业治理账本审计报告');
        expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(3);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        writeFileSync(path('r.pdf'), pdf);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(20_000);
        expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
