import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemFailureOf } from './system-failure.ts';
import { complaintLine } from './test-support/complaint-ledger.ts';
import { govledger, proposedEventsNdjson, scratchDir } from './test-support/run-cli.ts';

const fileComplaint = (data: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}) =>
  complaintLine({ occurredAt: '2024-03-01T08:00:00Z', data, envelope });

describe('govledger refuses hostile input lines, naming line and field, and writes nothing', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let cwd: string;
  beforeEach(async () => {
    scratch = scratchDir();
    cwd = scratch.dir;
    await govledger(['init', '--db', 'l.db', '--origin', 'o'], { cwd });
  });
  afterEach(() => scratch.remove());

  const size = async () => (await govledger(['export', '--db', 'l.db'], { cwd })).stdout.split('\n').length - 1;
  const submit = (stdin: string | Buffer) =>
    govledger(['submit', '--db', 'l.db', '-'], {
      cwd,
      stdin: typeof stdin === 'string' ? stdin : stdin.toString('latin1'),
    });

  const refusals: [string, string, string][] = [
    ['an undeclared data field', fileComplaint({ contactNote: '业主张伟 电话13912345678' }), 'data.contactNote'],
    ['a __proto__ key', fileComplaint().replace('"data":{', '"data":{"__proto__":{"x":1},'), '__proto__'],
    ['an undeclared envelope field', fileComplaint({}, { note: 'x' }), 'note'],
    ['a blank id', fileComplaint({ complaintId: ' ' }), 'data.complaintId'],
    ['a NUL in an id', fileComplaint({ complaintId: 'a\u0000b' }), 'data.complaintId'],
    ['a path in an id', fileComplaint({ complaintId: '../x' }), 'data.complaintId'],
    ['30 February', fileComplaint({}, { occurredAt: '2024-02-30T00:00:00Z' }), 'occurredAt'],
    ['year 0000', fileComplaint({}, { occurredAt: '0000-01-01T00:00:00Z' }), 'occurredAt'],
    ['year 9999', fileComplaint({}, { occurredAt: '9999-01-01T00:00:00Z' }), 'occurredAt'],
    [
      'a duplicate key',
      fileComplaint().replace('"category":"repair"', '"category":"repair","category":"fee"'),
      'data.category',
    ],
    [
      'a lone surrogate',
      fileComplaint({ description: 'x' }).replace('"description":"x"', '"description":"\\ud800"'),
      'data.description',
    ],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'nesting deeper'],
  ];

  it.each(refusals)('submit refuses %s', async (_what, line, field) => {
    const run = await submit(`${fileComplaint({ complaintId: 'c-0' })}\n${line}\n`);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('line 2');
    expect(run.stderr).toContain(field);
    expect(run.stderr).not.toContain('internal error');
    expect(await size()).toBe(0);
  });

  it('refuses invalid UTF-8 instead of turning it into U+FFFD', async () => {
    writeFileSync(
      join(cwd, 'bad.ndjson'),
      Buffer.concat([Buffer.from(`${fileComplaint()}\n{"x":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]),
    );
    const run = await govledger(['submit', '--db', 'l.db', 'bad.ndjson'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 2: not valid UTF-8');
    const appended = await govledger(['append', '--db', 'l.db', 'bad.ndjson'], { cwd });
    expect(appended.code).toBe(1);
    expect(await size()).toBe(0);
  });

  it('append refuses an undeclared field, a bad id and a duplicate key in raw events', async () => {
    const good = proposedEventsNdjson(1).trim();
    const lines = [
      good,
      good.replace('"schemaVersion":1', '"schemaVersion":1,"extra":true'),
      good.replace('"streamId":"sample-0"', '"streamId":"../etc"'),
      good.replace('"schemaVersion":1', '"schemaVersion":1,"schemaVersion":2'),
    ];
    const run = await govledger(['append', '--db', 'l.db', '-'], { cwd, stdin: `${lines.join('\n')}\n` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 2: extra');
    expect(run.stderr).toContain('line 3: streamId');
    expect(run.stderr).toContain('line 4: schemaVersion: duplicate key');
    expect(await size()).toBe(0);
  });

  it('verify, verify-bundle and verify-evidence refuse an endless input instead of hanging', async () => {
    const key = (await govledger(['key', '--db', 'l.db'], { cwd })).stdout.trim();
    const evidence = await govledger(['verify-evidence', '--key', key, '/dev/zero'], { cwd });
    expect(evidence.code).toBe(1);
    expect(evidence.stderr).toContain('larger than');
    const exported = await govledger(
      ['verify', '--export', '/dev/zero', '--checkpoint', '/dev/zero', '--key', 'o+00000000+AQ'],
      {
        cwd,
      },
    );
    expect([1, 2]).toContain(exported.code);
    expect(exported.stderr).not.toContain('internal error');
  });
});

describe('store and file-system failures are answers, not internal errors', () => {
  it('maps a locked database to a conflict and a full disk to the environment', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(systemFailureOf(busy)?.kind).toBe('conflict');
    expect(systemFailureOf(busy)?.message).toContain('locked by another writer');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/x/l.db.keys' });
    expect(systemFailureOf(full)?.kind).toBe('environment');
    expect(systemFailureOf(full)?.message).toContain('the disk is full');
    expect(systemFailureOf(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }))?.kind).toBe('environment');
    expect(systemFailureOf(new TypeError('a bug'))).toBeUndefined();
  });
});
