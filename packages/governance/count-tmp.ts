import { InMemoryKeyStore, MemoryStore, sealPersonalData } from '/work/wt/votes-procedure/packages/core/src/index.ts';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import { governanceCatalogue, governanceRegistry } from '/work/wt/votes-procedure/packages/governance/src/catalogue.ts';
import { CommandExecutor } from '/work/wt/votes-procedure/packages/governance/src/submit.ts';
import { demoEventIds } from '/work/wt/votes-procedure/packages/governance/src/demo/event-ids.ts';
import { DEMO_PERIOD, demoHistory } from '/work/wt/votes-procedure/packages/governance/src/demo/history.ts';
let at = DEMO_PERIOD.from;
const ids = demoEventIds(7);
const store = new MemoryStore({ clock: () => new Date(at), newEventId: () => ids(Date.parse(at)) });
const keys = new InMemoryKeyStore({ keySeed: 'demo-7' });
const executor = new CommandExecutor(store, { clock: () => new Date(at), registry: governanceRegistry, catalogue: governanceCatalogue,
  seal: async (e) => { const s = await sealPersonalData(e, governanceCatalogue, keys); return isLeft(s) ? left('x') : s; } });
const types = new Map<string, number>();
for (const batch of demoHistory({ seed: 7, scale: 1 })) { at = batch.at; const r = await executor.submit(batch.lines); if (isLeft(r)) throw new Error(JSON.stringify(r.left)); }
for await (const e of store.readAll()) types.set(e.type, (types.get(e.type) ?? 0) + 1);
console.log((await store.head()).size, JSON.stringify(Object.fromEntries([...types].filter(([t]) => /Vote|Voting|Ballot|Objection|Revok|Result|Notice/.test(t)))));
