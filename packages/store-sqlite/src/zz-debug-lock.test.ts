import { sampleEvent } from '@govledger/core/testing';
import { it } from 'vitest';
import { openSqliteStore } from './open-store.ts';
import { startFixture } from './test-fixtures/child-process.ts';
it('x', async () => {
  const store = openSqliteStore('/tmp/lk2.db');
  const child = startFixture('append-child.ts', ['/tmp/lk2.db', 'child', 'lockstep']);
  await child.waitForLine((line) => line === 'started');
  console.log('started');
  for (let n = 0; n < 3; n++) {
    const r = await store.append('shared', [sampleEvent('shared', { by: 'parent', n })]);
    console.log('parent appended', n, r._tag);
    child.send('append');
    const t = setTimeout(() => console.log('lines so far', child.lines), 3000);
    await child.waitForLine((line) => line === `appended ${n}`);
    clearTimeout(t);
  }
  child.send('quit');
  console.log(await child.exited);
}, 15000);
