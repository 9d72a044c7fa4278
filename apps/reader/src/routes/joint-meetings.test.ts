import { beforeAll, describe, expect, it } from 'vitest';
import { get, TEST_NOW, type TestReader, testReader } from '../test-support/test-reader.ts';

describe('GET /v1/joint-meetings', () => {
  let reader: TestReader;

  beforeAll(async () => {
    reader = await testReader();
  });

  it('lists meetings with their resolution counts', async () => {
    const body = (await get(reader.app, '/v1/joint-meetings')).json();
    expect(body).toMatchObject({ openResolutions: 1, completedResolutions: 1 });
    expect(body.meetings).toEqual([
      {
        meetingId: 'jm-1',
        communityId: 'cm-2',
        convenedAt: '2024-02-10T02:00:00Z',
        partyCount: 4,
        topicCount: 1,
        resolutionCount: 2,
        openResolutions: 1,
      },
    ]);
    expect((await get(reader.app, '/v1/joint-meetings?community=cm-1')).json().meetings).toEqual([]);
  });

  it('shows a meeting with its parties, topics and resolutions, judged at the time in question', async () => {
    const body = (await get(reader.app, '/v1/joint-meetings/jm-1')).json();
    expect(body.at).toBe(TEST_NOW);
    expect(body.meeting.topics).toEqual([{ kind: 'escalated-complaint', summary: '消防通道占用', complaintId: 'c-3' }]);
    expect(
      body.meeting.resolutions.map((r: { resolutionId: string; status: string; overdue: boolean }) => [
        r.resolutionId,
        r.status,
        r.overdue,
      ]),
    ).toEqual([
      ['r-1', 'open', true],
      ['r-2', 'completed', false],
    ]);
    expect((await get(reader.app, '/v1/joint-meetings/jm-9')).statusCode).toBe(404);
  });

  it('lists the resolutions overdue at the time in question', async () => {
    const now = (await get(reader.app, '/v1/joint-meetings/resolutions/overdue')).json();
    expect(now.resolutions.map((r: { resolutionId: string }) => r.resolutionId)).toEqual(['r-1']);
    const onTime = (await get(reader.app, '/v1/joint-meetings/resolutions/overdue?at=2024-02-17T03:00:00Z')).json();
    expect(onTime.resolutions).toEqual([]);
  });
});
