/**
 * One interface for every way of replacing instances. The deploy, verify and rollback stages drive
 * a strategy; strategies do their Azure work through the deploy ports (src/core/azure/deploy-ports.ts).
 *
 * Rollback is data (Spinnaker's on-failure stages): a deploy returns the `RollbackPlan` that undoes
 * it, and the rollback stage hands that plan — or one built from the target's recorded release —
 * back to the strategy.
 */
import type { JournalEntry } from '../rollout/types.js';
import type { RunOutputs } from '../run/outputs.js';
import type { StageContext } from '../stages/stage.js';
import type { CanaryControl } from './canary/control.js';
export type { ReleaseArtifact, ReleaseRecord, Endpoint, TargetCheck, RollbackPlan } from '../model.js';
import type {
  Endpoint,
  PlannedWrite,
  ReleaseArtifact,
  ReleaseRecord,
  RollbackPlan,
  SummaryItem,
  TargetCheck,
} from '../model.js';

export interface DeployOutcome {
  /** What the rollout executor did (or, in plan mode, would do), step by step. */
  readonly journal?: readonly JournalEntry[];
  readonly outputs: Partial<RunOutputs>;
  readonly items: readonly SummaryItem[];
  readonly message: string;
  /** Undefined when the deploy changed nothing (already on the target version). */
  readonly rollback?: RollbackPlan;
}

export interface RollbackOutcome {
  /** What the rollout executor did (or, in plan mode, would do), step by step. */
  readonly journal?: readonly JournalEntry[];
  readonly outputs: Partial<RunOutputs>;
  readonly items: readonly SummaryItem[];
  /** "image 1.4.2 is live again on scale set web" */
  readonly message: string;
}

/** Plan mode: what a deploy or rollback would write (from the same reads as a real one), and would report. */
export interface PlanOutcome {
  /** What the rollout executor did (or, in plan mode, would do), step by step. */
  readonly journal?: readonly JournalEntry[];
  readonly writes: readonly PlannedWrite[];
  /** Facts and the checks it would run (no write), for the summary. */
  readonly items: readonly SummaryItem[];
  /** The would-be outputs. */
  readonly outputs: Partial<RunOutputs>;
  readonly message: string;
}

export interface Strategy {
  readonly name: string;
  /**
   * Reads the target and checks it is what this strategy expects (scale set on a gallery image,
   * load balancer with the colour pools, slot exists…). Read-only: every problem surfaces here,
   * before any write, as an EngineError of kind 'input'.
   */
  inspect(ctx: StageContext): Promise<ReleaseRecord>;
  /** Replaces instances with the artifact. Idempotent: a target already on it is a no-op. */
  deploy(ctx: StageContext, artifact: ReleaseArtifact, record: ReleaseRecord): Promise<DeployOutcome>;
  /** Endpoints for verify's HTTP probes beyond the user's own probe URLs. */
  endpoints(ctx: StageContext): Promise<readonly Endpoint[]>;
  /** Target health checks for verify (one paged read for instance health, never one GET per instance). */
  checkTarget(ctx: StageContext): Promise<readonly TargetCheck[]>;
  /** Undoes a deploy; `plan` comes from this run's deploy, or from the record for a standalone rollback. */
  rollback(ctx: StageContext, plan: RollbackPlan): Promise<RollbackOutcome>;
  /** A plan to return to `toVersion` (default: the record's previous release), for the rollback stage. */
  planRollback(ctx: StageContext, record: ReleaseRecord, toVersion?: string): Promise<RollbackPlan>;
  /** Plan mode: the writes `deploy` would make, after the same reads; makes none. */
  planDeploy(ctx: StageContext, artifact: ReleaseArtifact, record: ReleaseRecord): Promise<PlanOutcome>;
  /** Plan mode: the writes `rollback` would make for `plan`, after the same reads; makes none. */
  planRollbackWrites(ctx: StageContext, plan: RollbackPlan): Promise<PlanOutcome>;
  /**
   * What production serves right now, in one sentence from fresh reads ("load balancer lb sends
   * live traffic to green (web-green, 2.0.0)"): said when a revert failed, so the user knows
   * exactly what is live.
   */
  describeLive?(ctx: StageContext): Promise<string>;
  /** A canary stopped at an open pause: 'promote' continues it, 'abort' returns its traffic. Absent: no pause. */
  readonly canary?: CanaryControl;
}
