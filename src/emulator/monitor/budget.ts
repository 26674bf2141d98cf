/**
 * A share of real time for periodic simulated work (metric sampling, the load generator).
 *
 * Such work runs as scheduler tasks, once per simulated period, so a jump of simulated time runs
 * every step in order — full resolution, deterministic. But at a high time scale over a large world
 * (1,000 instances) one step can cost more real time than the period lasts, and the work would then
 * eat all the emulator's time. The budget refills at `share` of real time elapsed (capped): while it
 * lasts, late steps catch up one by one; once spent, the caller skips ahead to the present. The
 * sampler's steps over a test's small world cost microseconds: it never spends the budget. The load
 * generator's steps cost more (every request is answered), so it skips only when it is also more than
 * `SKIP_BACKLOG_MS` of simulated time behind: a test's jump of up to an hour is always worked through
 * step by step, however slow the machine, and what it measures does not depend on machine speed.
 */
export const SKIP_BACKLOG_MS = 3600_000;

export class RealTimeBudget {
  private available: number;
  private last = performance.now();

  constructor(
    private readonly share = 0.1,
    private readonly capMs = 250,
  ) {
    this.available = capMs;
  }

  /** Runs `work` and charges its real duration. */
  run<T>(work: () => T): T {
    this.refill();
    const started = performance.now();
    try {
      return work();
    } finally {
      this.available -= performance.now() - started;
    }
  }

  get exhausted(): boolean {
    this.refill();
    return this.available <= 0;
  }

  private refill(): void {
    const now = performance.now();
    this.available = Math.min(this.capMs, this.available + (now - this.last) * this.share);
    this.last = now;
  }
}
