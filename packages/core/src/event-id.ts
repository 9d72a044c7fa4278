/**
 * Event ids: UUIDv7 (RFC 9562), time-ordered, made by the store at append. One source for
 * every store, so ids look and sort the same whichever store recorded them.
 */
import { v7 as uuidv7 } from 'uuid';

/** A fresh UUIDv7 from the clock; successive ids of one process sort in creation order. */
export function newEventId(): string {
  return uuidv7();
}
