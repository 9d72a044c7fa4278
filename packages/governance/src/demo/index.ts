/**
 * The demo history 演示数据: three reproducible years (2022–2024) of red property management
 * in Zhangjiagang — registers, party building, pilots and demonstration sites, old-community
 * coverage, quarterly ratings and red-black lists, complaints, owners' votes, maintenance
 * funds, public income, joint meetings, notices and committee elections — that reproduces the
 * figures of the source document exactly. Pure: the CLI's `govledger demo` runs it.
 */
export { DEMO_PERIOD, type DemoBatch, type DemoOptions, demoHistory } from './history.ts';
export { checkDemoFigures, DEMO_FIGURES, type FigureCheck, type FigureStates } from './figures.ts';
export { demoEventIds } from './event-ids.ts';
export { demoBlinding } from './ballot-secrets.ts';
export { type PersonProfile, personId, personProfile } from './people.ts';
export { hash32, Random } from './random.ts';
export type { DemoActor, DemoCommand } from './command.ts';
