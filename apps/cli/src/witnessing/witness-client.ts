/**
 * The log's side of tlog-witness `add-checkpoint`: one POST, its answer as a value.
 */
import { formatAddCheckpoint } from '@govledger/core';
import type { WitnessEndpoint } from './witness-policy.ts';

/** How one witness answered. */
export type WitnessAnswer =
  | { readonly _tag: 'Cosigned'; readonly lines: readonly string[] }
  | { readonly _tag: 'Conflict'; readonly latestSize: number }
  | { readonly _tag: 'Failed'; readonly reason: string };

/** Posts `note` with a consistency proof from `oldSize` to `witness`. Never throws. */
export async function addCheckpoint(
  witness: WitnessEndpoint,
  oldSize: number,
  proof: readonly Uint8Array[],
  note: string,
  timeoutMs: number,
): Promise<WitnessAnswer> {
  let response: Response;
  try {
    response = await fetch(`${witness.url}/add-checkpoint`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: formatAddCheckpoint({ oldSize, proof, note }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { _tag: 'Failed', reason: `no answer (${(error as Error).message})` };
  }
  const text = await response.text().catch(() => '');
  if (response.status === 200) {
    const lines = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `${line}\n`);
    return lines.length > 0 && lines.every((l) => l.startsWith('— '))
      ? { _tag: 'Cosigned', lines }
      : { _tag: 'Failed', reason: 'answered 200 without signature lines' };
  }
  if (response.status === 409 && (response.headers.get('content-type') ?? '').startsWith('text/x.tlog.size')) {
    const size = /^(0|[1-9][0-9]*)\n$/.exec(text);
    if (size) return { _tag: 'Conflict', latestSize: Number(size[1]) };
  }
  return { _tag: 'Failed', reason: `answered ${response.status}: ${text.trim().slice(0, 300)}` };
}
