import { describe, expect, it } from 'vitest';
import { EVIDENCE_FORMAT, type Evidence } from './evidence.ts';
import { parseEvidence } from './evidence-file.ts';

const evidence: Evidence = {
  format: EVIDENCE_FORMAT,
  kind: 'rollback',
  origin: 'ledger.example/zjg',
  logKey: 'ledger.example/zjg+01234567+AQ==',
  observed: [
    { at: '2024-06-01T00:00:00.000Z', url: 'https://ledger.example/v1/ledger/checkpoint', checkpoint: 'a\n8\nroot\n' },
    { at: '2024-06-02T00:00:00.000Z', url: 'https://ledger.example/v1/ledger/checkpoint', checkpoint: 'a\n6\nroot\n' },
  ],
  consistencyProof: null,
  explanation: 'rollback',
};

describe('parseEvidence', () => {
  it('reads back what the monitor writes', () => {
    expect(parseEvidence(JSON.stringify(evidence, null, 2))).toEqual({ _tag: 'Right', right: evidence });
  });

  it('names what is wrong with a damaged or foreign file', () => {
    expect(parseEvidence('{"format": ')).toMatchObject({
      _tag: 'Left',
      left: expect.stringMatching(/^not (valid )?JSON/),
    });
    expect(parseEvidence(JSON.stringify({ ...evidence, kind: 'fork' }))).toMatchObject({
      _tag: 'Left',
      left: expect.stringContaining('kind'),
    });
    expect(parseEvidence(JSON.stringify({ ...evidence, format: 'other/v1' }))).toMatchObject({
      _tag: 'Left',
      left: expect.stringContaining('format'),
    });
  });
});
