/**
 * The rollout executor: the one place where a deploy's or a rollback's writes, waits and gates run.
 * A strategy decides, from fresh reads, what to do next and hands each step here; the executor
 *
 * - bounds every Azure call by the step's deadline (`timeoutMs` = what is left of it, plus the
 *   run's abort signal) — no call outlives 'deploy-timeout';
 * - retries transient failures (429, 5xx, connection reset, another operation in progress, a stale
 *   ETag) with backoff that honours Azure's Retry-After, until the deadline and never beyond —
 *   reverts included, so one throttled answer never leaves production on a failed release;
 * - keeps a journal (step, reason, attempts, result, duration): the summary items, the JSON record
 *   and the message of a failed step all come from it;
 * - in plan mode runs the very same strategy code but makes no write: a write is journalled as
 *   planned, a wait or gate as "would check" and taken as passed (Terraform's plan, Orca's runner).
 *
 * Writes must be idempotent: `apply` re-reads what it guards (ETag) so that a retry after a
 * failure in flight acts on the target as it is.
 */
import { CancelledError, EngineError } from '../errors.js';
import { formatWrite, planItem, type PlannedWrite } from '../plan/action.js';
import type { Clock, Deadline, Logger, Sleep } from '../ports.js';
import type { SummaryItem } from '../run/result.js';
import { attempt, callOptions, GaveUp, pause, type AttemptContext } from './attempt.js';
import type { GateResult, JournalEntry, Look, StepCall, WaitResult, WriteStep } from './types.js';

export interface ExecutorDeps {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly log: Pick<Logger, 'info' | 'debug'>;
  /** The run's abort signal (SIGINT, cancelled job). */
  readonly signal: AbortSignal;
  /** Aborts a call in flight at the step's deadline (absent: the ports' own `timeoutMs` only). */
  readonly deadline?: Deadline;
}

export interface ExecutorOptions {
  /** Plan mode: no write is made, waits and gates are described. */
  readonly planning: boolean;
  /** How long the whole rollout may take ('deploy-timeout', or a revert's own budget). */
  readonly timeoutMs: number;
  /** The input that sets the budget, for messages ('deploy-timeout'). */
  readonly budgetName?: string;
  /** First backoff between attempts when Azure gives no Retry-After (the connection's poll interval). */
  readonly retryBaseMs: number;
}

/** A step that could not be completed: the journal says what was done before it. */
export class StepFailedError extends EngineError {
  constructor(
    message: string,
    readonly entry: JournalEntry,
    cause?: unknown,
  ) {
    super(cause instanceof EngineError && cause.kind !== 'transient' ? cause.kind : 'terminal', message, { cause });
    this.name = 'StepFailedError';
  }
}

export interface WaitOptions {
  /** Between looks, unless a look asks for another pause (Retry-After). */
  readonly intervalMs: number;
  /** What the wait is for, for the message when the deadline ends it ('healthy' → "still not healthy"). */
  readonly until?: string;
}

/** A deadline as the HTTP gates take it. */
export interface DeadlineView {
  left(): number;
}

export class RolloutExecutor {
  readonly journal: JournalEntry[] = [];
  readonly items: SummaryItem[] = [];
  private readonly deadlineAt: number;
  private touched = false;

  constructor(
    private readonly deps: ExecutorDeps,
    readonly options: ExecutorOptions,
  ) {
    this.deadlineAt = deps.clock.now() + options.timeoutMs;
  }

  get planning(): boolean {
    return this.options.planning;
  }

  /** Whether a write that changes what production serves was started (it may have landed). */
  get productionTouched(): boolean {
    return this.touched;
  }

  /** Milliseconds left before the deadline (never negative). */
  left(): number {
    return Math.max(0, this.deadlineAt - this.deps.clock.now());
  }

  /** The rollout's deadline, for the probe loops of HTTP gates. */
  get deadline(): DeadlineView & { readonly at: number } {
    return { at: this.deadlineAt, left: () => this.left() };
  }

  /** Options for one Azure call: the run's signal (and the deadline's) and what is left of the deadline. */
  call(): StepCall {
    return callOptions(this.attempts);
  }

  /** A read, retried like a write when Azure answers with a transient failure. */
  async read<T>(what: string, fn: (call: StepCall) => Promise<T>): Promise<T> {
    return this.attempt(what, fn, () => undefined).then((r) => r.value);
  }

  /**
   * A write. Plan mode journals it and returns false; otherwise it is applied (retried within the
   * deadline) and returns true. `item` is the summary line of the write once made.
   */
  async write(step: WriteStep, apply: (call: StepCall) => Promise<void>, item?: SummaryItem): Promise<boolean> {
    const started = this.deps.clock.now();
    if (this.planning) {
      this.record({
        kind: 'write',
        label: step.write.resource,
        why: step.write.why,
        write: step.write,
        result: 'planned',
        attempts: 0,
        durationMs: 0,
      });
      this.items.push(planItem(step.write));
      return false;
    }
    if (step.touchesProduction) this.touched = true;
    this.deps.log.debug(`write: ${formatWrite(step.write)}`);
    const { attempts } = await this.attempt(describeWrite(step.write), apply, (err, n) =>
      this.fail('write', step.write.resource, step.write.why, err, n, started, step.write),
    );
    this.record({
      kind: 'write',
      label: step.write.resource,
      why: step.write.why,
      write: step.write,
      result: 'done',
      attempts,
      durationMs: this.deps.clock.now() - started,
    });
    if (item) this.items.push(item);
    return true;
  }

  /**
   * Looks until `look` says done or failed, at the interval it asks for (Azure's Retry-After where
   * given) and never past the deadline. Plan mode: described, taken as passed.
   */
  async wait(
    label: string,
    would: string,
    look: (call: StepCall) => Promise<Look>,
    options: WaitOptions,
  ): Promise<WaitResult> {
    const { intervalMs } = options;
    const started = this.deps.clock.now();
    if (this.planning) return this.wouldCheck('wait', label, would);
    let last: Look | undefined;
    let looks = 0;
    for (;;) {
      this.throwIfCancelled(`waiting for ${label}`);
      const previous: Look | undefined = last;
      try {
        last = await this.read(`looking at ${label}`, look);
      } catch (err) {
        // A look the deadline stopped: the previous look is the answer.
        if (!previous || this.left() > 0 || this.deps.signal.aborted) throw err;
        last = {
          state: 'failed',
          detail: `still not ${options.until ?? 'done'} when '${this.budget}' ran out: ${previous.detail}`,
        };
        break;
      }
      looks++;
      if (last.state !== 'pending') break;
      const pause = Math.min(last.retryAfterMs ?? intervalMs, this.left());
      if (pause <= 0) {
        last = {
          state: 'failed',
          detail: `still not ${options.until ?? 'done'} when '${this.budget}' ran out: ${last.detail}`,
        };
        break;
      }
      await this.pause(pause, `waiting for ${label}`);
      // The pause ran to the deadline: the last look is the answer (no look can start now).
      if (this.left() <= 0) {
        last = {
          state: 'failed',
          detail: `still not ${options.until ?? 'done'} when '${this.budget}' ran out: ${last.detail}`,
        };
        break;
      }
    }
    const ok = last.state === 'done';
    this.record({
      kind: 'wait',
      label,
      why: would,
      result: ok ? 'done' : 'failed',
      attempts: looks,
      durationMs: this.deps.clock.now() - started,
      detail: last.detail,
    });
    this.items.push({ kind: 'check', label, value: last.detail, ok });
    return { ok, planned: false, detail: last.detail };
  }

  /** A gate (probe, check): run once within the deadline; plan mode: described, taken as passed. */
  async gate(label: string, would: string, check: (call: StepCall) => Promise<GateResult>): Promise<WaitResult> {
    const started = this.deps.clock.now();
    if (this.planning) return this.wouldCheck('gate', label, would);
    this.throwIfCancelled(`checking ${label}`);
    const result = await check(this.call());
    this.record({
      kind: 'gate',
      label,
      why: would,
      result: result.passed ? 'done' : 'failed',
      attempts: 1,
      durationMs: this.deps.clock.now() - started,
      detail: result.detail,
    });
    this.items.push({ kind: 'check', label, value: result.detail, ok: result.passed });
    return { ok: result.passed, planned: false, detail: result.detail };
  }

  /** A pause the strategy asks for (between batches): bounded by the deadline, cancellable. */
  async hold(label: string, ms: number): Promise<void> {
    if (this.planning || ms <= 0) return;
    if (ms >= this.left()) throw new EngineError('terminal', `the rollout ran out of '${this.budget}' before ${label}`);
    await this.pause(ms, label);
  }

  /** A fact or action for the summary, in the order it happened. */
  note(item: SummaryItem): void {
    this.items.push(item);
  }

  /** The summary items that are not planned writes (plan mode lists those separately). */
  get facts(): SummaryItem[] {
    return this.items.filter((i) => !i.write);
  }

  /** The planned writes so far (plan mode). */
  get plannedWrites(): PlannedWrite[] {
    return this.journal.flatMap((e) => (e.write && e.result === 'planned' ? [e.write] : []));
  }

  private get budget(): string {
    return this.options.budgetName ?? 'deploy-timeout';
  }

  private wouldCheck(kind: 'wait' | 'gate', label: string, would: string): WaitResult {
    this.record({ kind, label, why: would, result: 'planned', attempts: 0, durationMs: 0 });
    this.items.push({ kind: 'fact', label: 'would check', value: would });
    return { ok: true, planned: true, detail: would };
  }

  private get attempts(): AttemptContext {
    const { clock, sleep, signal, deadline, log } = this.deps;
    return {
      clock,
      sleep,
      signal,
      deadlineAt: this.deadlineAt,
      budget: this.budget,
      baseMs: this.options.retryBaseMs,
      log,
      ...(deadline ? { deadline } : {}),
    };
  }

  /** Runs `fn` with the shared retry loop; `onGiveUp` turns its last failure into the error thrown. */
  private async attempt<T>(
    what: string,
    fn: (call: StepCall) => Promise<T>,
    onGiveUp: (err: unknown, attempts: number) => Error | undefined,
  ): Promise<{ value: T; attempts: number }> {
    try {
      return await attempt(this.attempts, what, fn);
    } catch (err) {
      if (!(err instanceof GaveUp)) throw err;
      throw onGiveUp(err.error, err.attempts) ?? err.error;
    }
  }

  private fail(
    kind: JournalEntry['kind'],
    label: string,
    why: string,
    err: unknown,
    attempts: number,
    started: number,
    write?: PlannedWrite,
  ): Error {
    const detail = errorText(err);
    const entry: JournalEntry = {
      kind,
      label,
      why,
      write,
      result: 'failed',
      attempts,
      durationMs: this.deps.clock.now() - started,
      detail,
    };
    this.record(entry);
    const tries = attempts > 1 ? ` (${attempts} attempts within '${this.budget}')` : '';
    return new StepFailedError(`${detail}${tries}`, entry, err);
  }

  private record(entry: JournalEntry): void {
    this.journal.push(entry);
  }

  private throwIfCancelled(what: string): void {
    if (this.deps.signal.aborted) throw new CancelledError(`the run was cancelled while ${what}`);
  }

  private async pause(ms: number, what: string): Promise<void> {
    await pause(this.deps, Math.max(1, ms), what);
  }
}

const describeWrite = (w: PlannedWrite) => `${w.operation} ${w.resource}`;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
