/**
 * A bounded, time-ordered store: the newest `capacity` items, kept sorted by `timeMs` so a time
 * range is found by binary search (alert rules and metric queries read small ranges of large
 * stores, often, during a jump of simulated time). Items arrive almost in time order — a request
 * recorded now, then the load generator's requests of the second ending now — so an insertion walks
 * back only a few places. Oldest items are dropped first.
 */
export class TimeWindow<T extends { timeMs: number }> {
  private items: T[] = [];
  /** Index of the oldest kept item (dropped ones are cut off in batches). */
  private start = 0;

  constructor(readonly capacity: number) {}

  push(item: T): void {
    let at = this.items.length;
    while (at > this.start && this.items[at - 1]!.timeMs > item.timeMs) at--;
    if (at === this.items.length) this.items.push(item);
    else this.items.splice(at, 0, item);
    if (this.size > this.capacity) this.start++;
    if (this.start > 1024 && this.start > this.capacity / 4) {
      this.items = this.items.slice(this.start);
      this.start = 0;
    }
  }

  get size(): number {
    return this.items.length - this.start;
  }

  /** Items with `fromMs <= timeMs < toMs`, oldest first. */
  range(fromMs: number, toMs: number): T[] {
    let lo = this.start;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.timeMs < fromMs) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < this.items.length && this.items[i]!.timeMs < toMs; i++) out.push(this.items[i]!);
    return out;
  }

  clear(): void {
    this.items = [];
    this.start = 0;
  }
}
