/**
 * Where a replaying witness reads a log it follows: the log's entries (to replay them) and
 * the operator's proofs of state records (only to name the first record that differs when a
 * state note's root is not the replay's). Nothing read here is trusted: entries are checked
 * against the checkpoint the witness cosigned, proofs against the signed state note.
 */
import { formatTilePath, type StateRecordProof, TILE_WIDTH } from '@govledger/core';

/** The log as a replaying witness reads it. */
export interface LogSource {
  /** The exact leaf bytes of entries `from` (inclusive) to `to` (exclusive), in order. */
  leaves(from: number, to: number): Promise<readonly Uint8Array[]>;
  /** The operator's proof of record `key` of `model` in the state tree at log size `size`, or undefined. */
  recordProof(model: string, key: string, size: number): Promise<StateRecordProof | undefined>;
}

/** Options of {@link readApiSource}. */
export interface ReadApiSourceOptions {
  /** The read API's base URL, e.g. `https://ledger.example.gov.cn`. */
  readonly url: string;
  /** A bearer token, when the operator serves entry bundles to auditors only. */
  readonly token?: string;
  /** The fetch to use (default the global one). */
  readonly fetch?: typeof fetch;
}

/**
 * A {@link LogSource} over a govledger read API: entries from the C2SP tlog-tiles entry
 * bundles (`/tlog/tile/entries/<N>[.p/<W>]`, each leaf prefixed by its big-endian uint16
 * length), proofs from `GET /v1/state/records/{model}/{key}?asOf=<size − 1>`.
 */
export function readApiSource(options: ReadApiSourceOptions): LogSource {
  const base = options.url.replace(/\/+$/, '');
  const get = options.fetch ?? fetch;
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  return {
    async leaves(from, to) {
      const out: Uint8Array[] = [];
      for (let tile = Math.floor(from / TILE_WIDTH); tile * TILE_WIDTH < to; tile++) {
        const width = Math.min(TILE_WIDTH, to - tile * TILE_WIDTH);
        const path = formatTilePath({ level: 'entries', index: tile, width });
        const response = await get(`${base}/tlog/${path}`, { headers });
        if (!response.ok) throw new Error(`GET /tlog/${path} answered ${response.status}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const bundle = splitBundle(bytes, width, path);
        bundle.forEach((leaf, i) => {
          const index = tile * TILE_WIDTH + i;
          if (index >= from && index < to) out.push(leaf);
        });
      }
      return out;
    },
    async recordProof(model, key, size) {
      const url = `${base}/v1/state/records/${encodeURIComponent(model)}/${encodeURIComponent(key)}?asOf=${size - 1}`;
      const response = await get(url, { headers });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
      const body = (await response.json()) as { asOf?: { size?: unknown }; proof?: StateRecordProof };
      if (body.asOf?.size !== size) throw new Error(`GET ${url} answered for another size`);
      return body.proof;
    },
  };
}

function splitBundle(bytes: Buffer, width: number, path: string): Uint8Array[] {
  const leaves: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 2 > bytes.length) throw new Error(`${path}: truncated length prefix at byte ${at}`);
    const length = bytes.readUInt16BE(at);
    if (at + 2 + length > bytes.length) throw new Error(`${path}: truncated entry at byte ${at}`);
    leaves.push(bytes.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  if (leaves.length !== width) throw new Error(`${path}: ${leaves.length} entries, expected ${width}`);
  return leaves;
}
