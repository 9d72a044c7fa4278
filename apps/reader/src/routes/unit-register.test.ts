import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('the unit register through GET /v1/state/records/unitRegister/:key', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it('proves a community’s unit totals and each unit’s building and area, without any owner', async () => {
    const totals = await get(reader.app, '/v1/state/records/unitRegister/cm-1');
    expect(totals.statusCode).toBe(200);
    expect(totals.json().proof.record).toEqual({
      communityId: 'cm-1',
      activeUnits: 4,
      endedUnits: 0,
      activeAreaM2Hundredths: 8950 + 10020 + 8950 + 12000,
    });
    const unit = await get(reader.app, '/v1/state/records/unitRegister/cm-1%2Funits%2F1-1-101');
    expect(unit.statusCode).toBe(200);
    const record = unit.json().proof.record;
    expect(record).toMatchObject({ unitId: '1-1-101', buildingId: 'b1', areaM2Hundredths: 8950, active: true });
    for (const text of [totals.body, unit.body]) {
      expect(text).not.toContain('person-wang');
      expect(text).not.toContain('王芳');
      expect(text).not.toContain('developer-1');
    }
  });
});
