import { describe, it } from 'vitest';
import { emitted, event, given } from '../test-support/scenario.ts';
import {
  AssignComplaint,
  CloseComplaint,
  EscalateComplaint,
  FileComplaint,
  ReopenComplaint,
  ResolveComplaint,
  RespondToComplaint,
} from './commands.ts';
import {
  ComplaintAssigned,
  ComplaintClosed,
  ComplaintEscalated,
  ComplaintFiled,
  ComplaintReopened,
  ComplaintResolved,
  ComplaintResponded,
} from './events.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';

const places = registeredPlaces({ communities: ['yuesheng'], companies: ['pc-green', 'pc-blue'] });

const stream = 'complaint-c1';
const resident = { id: 'person-r1', role: 'resident' };
const neighbour = { id: 'person-r2', role: 'resident' };
const company = { id: 'pc-green', role: 'property-company' };
const otherCompany = { id: 'pc-blue', role: 'property-company' };
const committee = { id: 'cc-east', role: 'community-committee' };

const filedData = {
  complaintId: 'c1',
  communityId: 'yuesheng',
  companyId: 'pc-green',
  category: 'repair' as const,
  complainantId: 'person-r1',
  complainantName: '张三',
  complainantPhone: '13800000000',
  description: 'The lift in building 3 has stopped.',
};
const filed = event(stream, ComplaintFiled, filedData, { actor: resident, occurredAt: '2024-03-01T08:00:00Z' });
const assigned = event(
  stream,
  ComplaintAssigned,
  { complaintId: 'c1', assigneeCompanyId: 'pc-green', dueAt: '2024-03-03T08:00:00Z' },
  { actor: committee, occurredAt: '2024-03-01T09:00:00Z' },
);
const resolved = event(
  stream,
  ComplaintResolved,
  { complaintId: 'c1', resolution: 'Lift repaired.' },
  { actor: company, occurredAt: '2024-03-02T09:00:00Z' },
);
const closed = event(
  stream,
  ComplaintClosed,
  { complaintId: 'c1', complainantId: 'person-r1', satisfaction: 4 },
  { actor: resident, occurredAt: '2024-03-02T12:00:00Z' },
);
const at = '2024-03-02T10:00:00Z';

describe('FileComplaint', () => {
  it('records a resident filing a complaint under their own id', async () => {
    await given(...places)
      .when(FileComplaint, { data: filedData, actor: resident, occurredAt: '2024-03-01T08:00:00Z' })
      .thenEvents(emitted(ComplaintFiled, filedData));
  });

  it('refuses a property company filing a complaint', async () => {
    await given(...places)
      .when(FileComplaint, { data: filedData, actor: company, occurredAt: at })
      .thenError('Forbidden', 'resident');
  });

  it('refuses a resident filing under somebody else’s id', async () => {
    await given(...places)
      .when(FileComplaint, { data: filedData, actor: neighbour, occurredAt: at })
      .thenError('NotTheComplainant');
  });

  it('refuses filing a complaint id twice', async () => {
    await given(...places, filed)
      .when(FileComplaint, { data: filedData, actor: resident, occurredAt: at })
      .thenError('ComplaintAlreadyFiled');
  });

  it('refuses a complainant id that is not a pseudonymous person id', async () => {
    await given(...places)
      .when(FileComplaint, {
        data: { ...filedData, complainantId: '张三' },
        actor: { ...resident, id: '张三' },
        occurredAt: at,
      })
      .thenError('DecodeError');
  });

  it('refuses a category outside the catalogue', async () => {
    const data = { ...filedData, category: 'weather' } as unknown as typeof filedData;
    await given(...places)
      .when(FileComplaint, { data, actor: resident, occurredAt: at })
      .thenError('DecodeError');
  });
});

describe('AssignComplaint', () => {
  const data = { complaintId: 'c1', assigneeCompanyId: 'pc-green', dueAt: '2024-03-03T08:00:00Z' };

  it('assigns a filed complaint with a due time', async () => {
    await given(...places, filed)
      .when(AssignComplaint, { data, actor: committee, occurredAt: '2024-03-01T09:00:00Z' })
      .thenEvents(emitted(ComplaintAssigned, data));
  });

  it('refuses a due time that is not after the assignment', async () => {
    await given(...places, filed)
      .when(AssignComplaint, { data, actor: committee, occurredAt: '2024-03-03T08:00:00Z' })
      .thenError('DueNotAfterAssignment');
  });

  it('refuses assigning a complaint that was never filed', async () => {
    await given(...places)
      .when(AssignComplaint, { data, actor: committee, occurredAt: at })
      .thenError('ComplaintNotFound');
  });

  it('refuses assigning a resolved complaint, naming the status and the command', async () => {
    await given(...places, filed, assigned, resolved)
      .when(AssignComplaint, { data, actor: committee, occurredAt: at })
      .thenError('IllegalTransition', 'AssignComplaint is not allowed on complaint c1 while it is resolved');
  });

  it('refuses a resident assigning a complaint', async () => {
    await given(...places, filed)
      .when(AssignComplaint, { data, actor: resident, occurredAt: at })
      .thenError('Forbidden');
  });
});

describe('RespondToComplaint and ResolveComplaint', () => {
  it('records the assigned company’s response', async () => {
    const data = { complaintId: 'c1', response: 'Engineer on the way.' };
    await given(...places, filed, assigned)
      .when(RespondToComplaint, { data, actor: company, occurredAt: at })
      .thenEvents(emitted(ComplaintResponded, data));
  });

  it('refuses a response from a property company the complaint is not assigned to', async () => {
    await given(...places, filed, assigned)
      .when(RespondToComplaint, {
        data: { complaintId: 'c1', response: 'Hello.' },
        actor: otherCompany,
        occurredAt: at,
      })
      .thenError('NotTheAssignee');
  });

  it('refuses a response before the complaint is assigned', async () => {
    await given(...places, filed)
      .when(RespondToComplaint, { data: { complaintId: 'c1', response: 'Hello.' }, actor: committee, occurredAt: at })
      .thenError('IllegalTransition', 'while it is filed');
  });

  it('records the assigned company resolving the complaint', async () => {
    const data = { complaintId: 'c1', resolution: 'Lift repaired.' };
    await given(...places, filed, assigned)
      .when(ResolveComplaint, { data, actor: company, occurredAt: at })
      .thenEvents(emitted(ComplaintResolved, data));
  });
});

describe('ReopenComplaint and CloseComplaint', () => {
  it('lets the complainant reopen a resolved complaint', async () => {
    await given(...places, filed, assigned, resolved)
      .when(ReopenComplaint, { data: { complaintId: 'c1', reason: 'Broke again.' }, actor: resident, occurredAt: at })
      .thenEvents(
        emitted(ComplaintReopened, { complaintId: 'c1', complainantId: 'person-r1', reason: 'Broke again.' }),
      );
  });

  it('refuses a reopening by anyone but the complainant', async () => {
    await given(...places, filed, assigned, resolved)
      .when(ReopenComplaint, { data: { complaintId: 'c1', reason: 'Me too.' }, actor: neighbour, occurredAt: at })
      .thenError('NotTheComplainant');
  });

  it('refuses reopening a complaint that is not resolved', async () => {
    await given(...places, filed, assigned)
      .when(ReopenComplaint, { data: { complaintId: 'c1', reason: 'Slow.' }, actor: resident, occurredAt: at })
      .thenError('IllegalTransition', 'while it is assigned');
  });

  it('refuses reopening a closed complaint', async () => {
    await given(...places, filed, assigned, resolved, closed)
      .when(ReopenComplaint, { data: { complaintId: 'c1', reason: 'Again.' }, actor: resident, occurredAt: at })
      .thenError('IllegalTransition', 'while it is closed');
  });

  it('lets the complainant close a resolved complaint with a satisfaction score', async () => {
    await given(...places, filed, assigned, resolved)
      .when(CloseComplaint, { data: { complaintId: 'c1', satisfaction: 5 }, actor: resident, occurredAt: at })
      .thenEvents(emitted(ComplaintClosed, { complaintId: 'c1', complainantId: 'person-r1', satisfaction: 5 }));
  });

  it('refuses a satisfaction score outside 1 to 5', async () => {
    await given(...places, filed, assigned, resolved)
      .when(CloseComplaint, { data: { complaintId: 'c1', satisfaction: 6 }, actor: resident, occurredAt: at })
      .thenError('DecodeError');
  });

  it('refuses closing a complaint that is not resolved', async () => {
    await given(...places, filed)
      .when(CloseComplaint, { data: { complaintId: 'c1', satisfaction: 3 }, actor: resident, occurredAt: at })
      .thenError('IllegalTransition', 'CloseComplaint is not allowed on complaint c1 while it is filed');
  });
});

describe('EscalateComplaint', () => {
  const data = { complaintId: 'c1', jointMeetingId: 'jm-2024-03', reason: 'Dispute over lift costs.' };

  it('lets a residents’ committee refer an open complaint to a joint meeting', async () => {
    await given(...places, filed, assigned)
      .when(EscalateComplaint, { data, actor: committee, occurredAt: at })
      .thenEvents(emitted(ComplaintEscalated, data));
  });

  it('refuses escalation by the property company', async () => {
    await given(...places, filed)
      .when(EscalateComplaint, { data, actor: company, occurredAt: at })
      .thenError('Forbidden');
  });

  it('refuses escalating a complaint twice', async () => {
    const escalated = event(stream, ComplaintEscalated, data, { actor: committee, occurredAt: at });
    await given(...places, filed, escalated)
      .when(EscalateComplaint, { data, actor: committee, occurredAt: at })
      .thenError('IllegalTransition', 'while it is escalated');
  });

  it('lets an escalated complaint be assigned again', async () => {
    const escalated = event(stream, ComplaintEscalated, data, { actor: committee, occurredAt: at });
    const again = { complaintId: 'c1', assigneeCompanyId: 'pc-blue', dueAt: '2024-03-09T00:00:00Z' };
    await given(...places, filed, escalated)
      .when(AssignComplaint, { data: again, actor: committee, occurredAt: '2024-03-05T00:00:00Z' })
      .thenEvents(emitted(ComplaintAssigned, again));
  });
});
