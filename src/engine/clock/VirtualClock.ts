/**
 * The virtual clock: a priority queue of timers ordered by (dueAt, lane, sequence). Time only moves by
 * jumping to the next due timer, so an idle month costs one pop, not 2.6 billion ticks. Timers due at
 * the same instant run in the order they were scheduled (XState's SimulatedClock gives no such order).
 *
 * @example
 * const clock = new VirtualClock();
 * clock.schedule(500, () => console.log('window elapsed'));
 * while (clock.runNext(60_000)) continue;
 */
export interface Timer {
  dueAt: number;
  /** 0 runs before 1 at the same instant: the log's own events (spec §3: records first) */
  lane: number;
  sequence: number;
  run: () => void;
  cancelled: boolean;
}

export class VirtualClock {
  now = 0;
  private heap: Timer[] = [];
  private sequence = 0;

  /** Schedules `run` at absolute virtual time `dueAt` (never in the past); lane 0 goes first at a tie. */
  schedule(dueAt: number, run: () => void, lane = 1): Timer {
    const timer: Timer = {
      dueAt: Math.max(dueAt, this.now),
      lane,
      sequence: this.sequence++,
      run,
      cancelled: false,
    };
    this.heap.push(timer);
    this.siftUp(this.heap.length - 1);
    return timer;
  }

  cancel(timer: Timer | null | undefined): void {
    if (timer) timer.cancelled = true;
  }

  /** Due time of the next live timer, or null. */
  peek(): number | null {
    this.dropCancelled();
    return this.heap.length > 0 ? this.heap[0]!.dueAt : null;
  }

  /** Runs the next timer due at or before `until`; returns false when there is none. */
  runNext(until: number): boolean {
    this.dropCancelled();
    const top = this.heap[0];
    if (!top || top.dueAt > until) return false;
    this.pop();
    this.now = top.dueAt;
    top.run();
    return true;
  }

  get size(): number {
    return this.heap.length;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.pop();
  }

  private pop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
  }

  private before(a: Timer, b: Timer): boolean {
    if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt;
    return a.lane !== b.lane ? a.lane < b.lane : a.sequence < b.sequence;
  }

  private siftUp(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.before(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.before(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
