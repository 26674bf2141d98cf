import type { SimClock } from './clock.js';

/**
 * Simulated-time task queue. There are no real timers: due tasks run lazily at the start of every
 * request and whenever control.advanceTime() is called, so state only changes at observable points
 * and runs are reproducible.
 */
interface Task {
  atMs: number;
  seq: number;
  run: () => void;
}

export class Scheduler {
  private tasks: Task[] = [];
  private seq = 0;

  constructor(private readonly clock: SimClock) {}

  /** Runs `run` once simulated time reaches now + `delaySeconds`. Returns a cancel function. */
  after(delaySeconds: number, run: () => void): () => void {
    return this.at(this.clock.now() + delaySeconds * 1000, run);
  }

  /** Runs `run` once simulated time reaches `atMs` (epoch ms). */
  at(atMs: number, run: () => void): () => void {
    const task: Task = { atMs, seq: this.seq++, run };
    this.tasks.push(task);
    return () => {
      this.tasks = this.tasks.filter((t) => t !== task);
    };
  }

  /** Executes every due task in time order (tasks may schedule further tasks). */
  runDue(): void {
    for (;;) {
      const now = this.clock.now();
      const due = this.tasks.filter((t) => t.atMs <= now).sort((a, b) => a.atMs - b.atMs || a.seq - b.seq)[0];
      if (!due) return;
      this.tasks = this.tasks.filter((t) => t !== due);
      due.run();
    }
  }

  get pending(): number {
    return this.tasks.length;
  }
}
