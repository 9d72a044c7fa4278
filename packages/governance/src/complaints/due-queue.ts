/**
 * A min-heap of due times, so a projection learns which complaints fell overdue as its
 * clock (the latest event time) advances without scanning every open complaint: each
 * assignment pushes once, each entry pops once, O(log n) amortised per event. Entries are
 * plain `[dueMs, complaintId]` pairs (JSON-safe for snapshots); a popped entry may be stale
 * (the complaint was resolved or reassigned since), so the caller checks it.
 */

/** A due time in milliseconds since the epoch and the complaint it belongs to. */
export type DueEntry = [dueMs: number, complaintId: string];

function before(a: DueEntry, b: DueEntry): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Adds an entry to the heap in place. */
export function pushDue(heap: DueEntry[], entry: DueEntry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function popMin(heap: DueEntry[]): DueEntry | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let smallest = i;
    if (l < heap.length && before(heap[l]!, heap[smallest]!)) smallest = l;
    if (r < heap.length && before(heap[r]!, heap[smallest]!)) smallest = r;
    if (smallest === i) break;
    [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
    i = smallest;
  }
  return top;
}

/** Removes, in due order, every entry due strictly before `nowMs` and hands each to `visit`. */
export function popDueBefore(
  heap: DueEntry[],
  nowMs: number,
  visit: (complaintId: string, dueMs: number) => void,
): void {
  while (heap.length > 0 && heap[0]![0] < nowMs) {
    const entry = popMin(heap)!;
    visit(entry[1], entry[0]);
  }
}
