import { describe, it } from 'vitest';
import { event, given } from '../test-support/scenario.ts';
import { companyStreamId } from '../registry/aggregate.ts';
import { RegistrationEnded } from '../registry/events.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { AssignComplaint, FileComplaint } from './commands.ts';
import { ComplaintFiled } from './events.ts';

const places = registeredPlaces({ communities: ['yuesheng'], companies: ['pc-green'] });
const resident = { id: 'person-r1', role: 'resident' };
const committee = { id: 'cc-east', role: 'community-committee' };
const at = '2024-03-01T08:00:00Z';
const filing = {
  complaintId: 'c1',
  communityId: 'yuesheng',
  companyId: 'pc-green',
  category: 'repair' as const,
  complainantId: 'person-r1',
  complainantName: '张三',
  complainantPhone: '13800000000',
  description: '电梯故障',
};

describe('a complaint names only registered, active places and companies', () => {
  it('refuses a complaint in a community nobody registered (CommunityNotRegistered)', async () => {
    await given(...places)
      .when(FileComplaint, { data: { ...filing, communityId: 'no-such-community' }, actor: resident, occurredAt: at })
      .thenError('CommunityNotRegistered', 'no-such-community');
  });

  it('refuses a complaint against a company nobody registered (CompanyNotRegistered)', async () => {
    await given(...places)
      .when(FileComplaint, { data: { ...filing, companyId: 'co-nobody' }, actor: resident, occurredAt: at })
      .thenError('CompanyNotRegistered', 'co-nobody');
  });

  it('refuses a complaint against a company whose registration ended (CompanyNotRegistered)', async () => {
    const ended = event(companyStreamId('pc-green'), RegistrationEnded, {
      kind: 'company',
      id: 'pc-green',
      reason: '注销',
    });
    await given(...places, ended)
      .when(FileComplaint, { data: filing, actor: resident, occurredAt: at })
      .thenError('CompanyNotRegistered');
  });

  it('refuses assigning a filed complaint to an unregistered company (CompanyNotRegistered)', async () => {
    const filed = event('complaint-c1', ComplaintFiled, filing, { actor: resident, occurredAt: at });
    await given(...places, filed)
      .when(AssignComplaint, {
        data: { complaintId: 'c1', assigneeCompanyId: 'co-nobody', dueAt: '2024-03-03T08:00:00Z' },
        actor: committee,
        occurredAt: at,
      })
      .thenError('CompanyNotRegistered', 'co-nobody');
  });
});
