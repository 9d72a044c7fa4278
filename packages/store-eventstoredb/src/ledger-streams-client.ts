/**
 * What the store asks of EventStoreDB, through the official `@eventstore/db-client`:
 * appends to the ledger's streams with an expected revision, reads of one stream forwards
 * or backwards, and the filtered catch-up subscription to `$all` that the log keeper follows.
 * Entries are binary events whose data is exactly the canonical leaf (a JSON content type
 * would make the client parse and re-serialise it, and the leaf bytes are what is hashed).
 */
import {
  BACKWARDS,
  binaryEvent,
  END,
  type EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  type Position,
  START,
  streamNameFilter,
} from '@eventstore/db-client';
import { esdbErrors } from './errors.ts';
import { esdbEventId } from './event-ids.ts';

/** One event as read from a ledger stream. */
export interface RawEvent {
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: Uint8Array;
  /** `commit/prepare` in `$all`, when the server sent it. */
  readonly position: string | null;
}

/** An entry to append: its leaf bytes, type and govledger event id. */
export interface EntryToAppend {
  readonly leaf: Uint8Array;
  readonly type: string;
  readonly eventId: string;
}

/**
 * What an entry counts towards the server's maximum append size: EventStoreDB measures each
 * event as its data and metadata bytes plus two bytes per character of its type.
 */
export function entryAppendSize(entry: { readonly leaf: Uint8Array; readonly type: string }): number {
  return entry.leaf.length + entry.type.length * 2;
}

/** Events per read call: a page, so a long replay never holds one huge response. */
export const READ_PAGE = 1000;

function errorType(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { type?: string }).type : undefined;
}

function positionText(position: Position | undefined): string | null {
  return position ? `${position.commit}/${position.prepare}` : null;
}

/** Parses a position stored as text by {@link RawEvent}. */
export function parsePosition(text: string): Position {
  const [commit, prepare] = text.split('/');
  return { commit: BigInt(commit!), prepare: BigInt(prepare!) };
}

/** Binary data of a recorded event (JSON events are re-encoded, which only checkpoints use). */
function dataOf(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  return Buffer.from(JSON.stringify(data), 'utf8');
}

/** Typed access to one cluster for the store. */
export class LedgerStreamsClient {
  readonly client: EventStoreDBClient;

  constructor(client: EventStoreDBClient) {
    this.client = client;
  }

  /**
   * Reads `stream` from `revision` in `direction`, at most `count` events, page by page.
   * A stream that does not exist yet reads as empty.
   */
  async *read(
    stream: string,
    revision: number | 'start' | 'end',
    count: number,
    direction: 'forwards' | 'backwards' = 'forwards',
  ): AsyncIterable<RawEvent> {
    let next: number | 'start' | 'end' = revision;
    let remaining = count;
    while (remaining > 0) {
      const page = Math.min(remaining, READ_PAGE);
      // Each page is read to its end before anything is handed on: a gRPC call left half
      // read never finishes, and the client's dispose() would wait for it forever.
      const events: RawEvent[] = [];
      const fromRevision = next === 'start' ? START : next === 'end' ? END : BigInt(next);
      try {
        for await (const resolved of this.client.readStream(stream, {
          fromRevision,
          maxCount: page,
          direction: direction === 'forwards' ? FORWARDS : BACKWARDS,
        })) {
          const event = resolved.event;
          if (!event) continue;
          events.push({
            revision: Number(event.revision),
            id: event.id,
            type: event.type,
            data: dataOf(event.data),
            position: positionText(event.position),
          });
        }
      } catch (error) {
        if (errorType(error) === 'stream-not-found') return;
        if (errorType(error) === 'stream-deleted') throw esdbErrors.streamDeleted(stream);
        throw error;
      }
      yield* events;
      const seen = events.length;
      const last = seen > 0 ? events[seen - 1]!.revision : -1;
      if (seen < page) return;
      remaining -= seen;
      if (direction === 'forwards') next = last + 1;
      else if (last === 0) return;
      else next = last - 1;
    }
  }

  /** The last revision of `stream`, or -1 when it does not exist. */
  async lastRevision(stream: string): Promise<number> {
    for await (const event of this.read(stream, 'end', 1, 'backwards')) return event.revision;
    return -1;
  }

  /**
   * Appends entries so they land exactly after revision `afterRevision` (-1: a new stream).
   * Returns the write's `$all` position, or 'conflict' when the stream moved (another writer
   * appended first); throws BATCH_TOO_LARGE when the server refuses the size and
   * STREAM_DELETED when the stream was deleted. The write is one server transaction: all of
   * it is committed or none. The client sends it through `BatchAppend` (servers since 21.10)
   * or the unary `Append` (older servers); both answer with the same errors.
   */
  async appendEntries(
    stream: string,
    afterRevision: number,
    entries: readonly EntryToAppend[],
  ): Promise<{ position: string | null } | 'conflict'> {
    const events = entries.map((e) => binaryEvent({ id: esdbEventId(e.eventId), type: e.type, data: e.leaf }));
    return this.#append(stream, afterRevision, events, () => entries.reduce((sum, e) => sum + entryAppendSize(e), 0));
  }

  /** Appends one JSON event after `afterRevision` (-1: a new stream), with a stable id. */
  async appendJson(
    stream: string,
    afterRevision: number,
    type: string,
    data: Record<string, unknown>,
    idSeed: string,
  ): Promise<'ok' | 'conflict'> {
    const event = jsonEvent({ id: esdbEventId(idSeed), type, data });
    const outcome = await this.#append(
      stream,
      afterRevision,
      [event],
      () => Buffer.byteLength(JSON.stringify(data)) + type.length * 2,
    );
    return outcome === 'conflict' ? outcome : 'ok';
  }

  async #append(
    stream: string,
    afterRevision: number,
    events: ReturnType<typeof binaryEvent>[] | ReturnType<typeof jsonEvent>[],
    bytes: () => number,
  ): Promise<{ position: string | null } | 'conflict'> {
    try {
      const result = await this.client.appendToStream(stream, events, {
        expectedRevision: afterRevision < 0 ? NO_STREAM : BigInt(afterRevision),
        requiresLeader: true,
      });
      return { position: positionText(result.position) };
    } catch (error) {
      const type = errorType(error);
      if (type === 'wrong-expected-version') return 'conflict';
      if (type === 'maximum-append-size-exceeded') {
        throw esdbErrors.batchTooLarge(bytes(), (error as { maxAppendSize?: number }).maxAppendSize ?? 0);
      }
      if (type === 'stream-deleted') throw esdbErrors.streamDeleted(stream);
      throw error;
    }
  }

  /** Sets `stream`'s metadata (ACL, no truncation) by writing its `$$` metadata stream. */
  async setStreamAcl(stream: string, acl: StreamAcl): Promise<void> {
    await this.client.setStreamMetadata(
      stream,
      {
        acl: {
          readRoles: [...acl.readers],
          writeRoles: [...acl.writers],
          deleteRoles: ['$admins'],
          metaReadRoles: [...acl.readers],
          metaWriteRoles: ['$admins'],
        },
      },
      { requiresLeader: true },
    );
  }

  /**
   * A catch-up subscription to `$all` filtered on the server to streams starting with
   * `prefix`, from just after `after` (or from the start).
   */
  subscribeToPrefix(prefix: string, after: Position | null) {
    return this.client.subscribeToAll({
      fromPosition: after ?? START,
      filter: streamNameFilter({ prefixes: [prefix] }),
    });
  }
}

/** Who may read and write a ledger's streams (EventStoreDB users or groups). */
export interface StreamAcl {
  readonly readers: readonly string[];
  readonly writers: readonly string[];
}
