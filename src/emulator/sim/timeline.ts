/**
 * What the deploy-side simulations need from the emulator's time machinery. E1's `SimClock`
 * and `Scheduler` (src/emulator/clock.ts, scheduler.ts) satisfy it structurally. The scheduler
 * has no real timers: due tasks run at the start of every request (ARM or loopback traffic) and
 * on control.advanceTime(), so simulated state changes only at observable points.
 *
 * Chained steps are scheduled from the previous step's due time, never from `now()`, so a
 * rolling upgrade's progress depends on simulated time alone, not on how often anyone looks.
 */
export interface Timeline {
  clock: { now(): number };
  scheduler: { at(atMs: number, run: () => void): () => void; runDue(): void };
}

/** A unit of simulated work an ARM long-running operation can watch. */
export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';

export interface OperationError {
  code: string;
  message: string;
}

export class SimOperation {
  status: OperationStatus = 'InProgress';
  error: OperationError | undefined;
  endTimeMs: number | undefined;
  private readonly listeners: Array<(op: SimOperation) => void> = [];

  constructor(readonly startTimeMs: number) {}

  get done(): boolean {
    return this.status !== 'InProgress';
  }

  succeed(atMs: number): void {
    this.finish('Succeeded', atMs);
  }

  fail(atMs: number, error: OperationError): void {
    this.error = error;
    this.finish('Failed', atMs);
  }

  cancel(atMs: number): void {
    this.finish('Canceled', atMs);
  }

  /** Runs `listener` when the operation ends (at once if it already has). */
  onDone(listener: (op: SimOperation) => void): void {
    if (this.done) listener(this);
    else this.listeners.push(listener);
  }

  private finish(status: OperationStatus, atMs: number): void {
    if (this.done) return;
    this.status = status;
    this.endTimeMs = atMs;
    for (const listener of this.listeners.splice(0)) listener(this);
  }

  /** An operation that is already complete. */
  static completed(atMs: number): SimOperation {
    const op = new SimOperation(atMs);
    op.succeed(atMs);
    return op;
  }

  /** Succeeds when every part has ended; fails with the first failure. */
  static all(startMs: number, parts: SimOperation[]): SimOperation {
    const op = new SimOperation(startMs);
    let remaining = parts.length;
    if (remaining === 0) op.succeed(startMs);
    for (const part of parts) {
      part.onDone((p) => {
        if (p.status === 'Failed' && p.error) op.fail(p.endTimeMs ?? startMs, p.error);
        if (--remaining === 0) op.succeed(p.endTimeMs ?? startMs);
      });
    }
    return op;
  }
}
