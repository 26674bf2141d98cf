import type { SimClock } from './clock.js';

/**
 * Simulated-time task queue. There are no real timers: due tasks run lazily at the start of every
 * request and whenever control.advanceTime() is called, so state only changes at observable points
 * and runs are reproducible.
 *
 * A run handles the tasks due when it started (and those they schedule up to then), not tasks the
 * clock reaches while it works: simulated time keeps running during a run (time scale), so a
 * periodic task that costs more real time than its period (LB probes over a large scale set) would
 * otherwise keep one run busy forever. Tasks are kept in a binary heap ordered by (time, order of
 * scheduling); a cancelled task stays in the heap, marked, until it surfaces.
 */
interface Task {
  atMs: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

export class Scheduler {
  private readonly heap: Task[] = [];
  private seq = 0;
  private live = 0;

  constructor(private readonly clock: SimClock) {}

  /** Runs `run` once simulated time reaches now + `delaySeconds`. Returns a cancel function. */
  after(delaySeconds: number, run: () => void): () => void {
    return this.at(this.clock.now() + delaySeconds * 1000, run);
  }

  /** Runs `run` once simulated time reaches `atMs` (epoch ms). */
  at(atMs: number, run: () => void): () => void {
    const task: Task = { atMs, seq: this.seq++, run, cancelled: false };
    this.push(task);
    this.live++;
    return () => {
      if (task.cancelled) return;
      task.cancelled = true;
      this.live--;
    };
  }

  /** Executes every task due by now in time order (tasks may schedule further tasks). */
  runDue(): void {
    const now = this.clock.now();
    for (;;) {
      const next = this.heap[0];
      if (!next || next.atMs > now) return;
      this.pop();
      if (next.cancelled) continue;
      // Marked as done so a late cancel from inside the task does not count it twice.
      next.cancelled = true;
      this.live--;
      next.run();
    }
  }

  get pending(): number {
    return this.live;
  }

  private push(task: Task): void {
    const heap = this.heap;
    heap.push(task);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(task, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = task;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}

const before = (a: Task, b: Task) => a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
