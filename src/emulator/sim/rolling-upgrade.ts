import { parseIsoDurationMs } from './iso-duration.js';
import type { ScaleSetSim, SimInstance } from './scale-set.js';
import { SimOperation, type OperationError } from './timeline.js';

/**
 * A rolling upgrade of one scale set, batch by batch, as Azure documents `rollingUpgradePolicy`:
 * - maxBatchInstancePercent (default 20): batch size as a share of the scale set; unhealthy
 *   instances shrink it so the unhealthy budget is never overrun by the batch itself.
 * - maxUnhealthyInstancePercent (default 20): checked before every batch against instances
 *   currently unhealthy; exceeding it faults the upgrade.
 * - maxUnhealthyUpgradedInstancePercent (default 20): checked after every batch against the
 *   instances upgraded so far; exceeding it faults the upgrade.
 * - pauseTimeBetweenBatches (ISO 8601, default PT0S).
 * - prioritizeUnhealthyInstances: unhealthy instances go first.
 * - maxSurge: each batch first creates new instances on the new model, then deletes the old ones,
 *   so serving capacity never drops.
 * Instances are evaluated right after their upgrade ends (Azure waits for the health signal;
 * here health is known at the end of the boot).
 */
export type RollingCode = 'RollingForward' | 'Completed' | 'Cancelled' | 'Faulted';

export interface RollingPolicy {
  maxBatchInstancePercent: number;
  maxUnhealthyInstancePercent: number;
  maxUnhealthyUpgradedInstancePercent: number;
  pauseTimeBetweenBatches: string;
  prioritizeUnhealthyInstances: boolean;
  maxSurge: boolean;
  enableCrossZoneUpgrade?: boolean;
  rollbackFailedInstancesOnPolicyBreach?: boolean;
}

export const DEFAULT_ROLLING_POLICY: RollingPolicy = {
  maxBatchInstancePercent: 20,
  maxUnhealthyInstancePercent: 20,
  maxUnhealthyUpgradedInstancePercent: 20,
  pauseTimeBetweenBatches: 'PT0S',
  prioritizeUnhealthyInstances: false,
  maxSurge: false,
};

export function policyWithDefaults(raw: Partial<RollingPolicy> | undefined): RollingPolicy {
  const policy: RollingPolicy = { ...DEFAULT_ROLLING_POLICY };
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (value !== undefined && value !== null) (policy as unknown as Record<string, unknown>)[key] = value;
  }
  return policy;
}

export interface RollingProgress {
  successfulInstanceCount: number;
  failedInstanceCount: number;
  inProgressInstanceCount: number;
  pendingInstanceCount: number;
}

export class RollingUpgrade {
  code: RollingCode = 'RollingForward';
  lastAction: 'Start' | 'Cancel' = 'Start';
  lastActionTimeMs: number;
  error: OperationError | undefined;
  /** Ends with the upgrade: Succeeded (Completed), Failed (Faulted) or Canceled (Cancelled). */
  readonly op: SimOperation;
  /** Instance ids handled in this run, and how they ended. */
  private readonly succeeded = new Set<string>();
  private readonly failed = new Set<string>();
  private readonly inFlight = new Set<string>();
  private cancelRequested = false;
  private cancelNextBatch: (() => void) | undefined;
  private readonly pauseMs: number;

  constructor(
    private readonly scaleSet: ScaleSetSim,
    readonly policy: RollingPolicy,
    readonly startTimeMs: number,
  ) {
    this.lastActionTimeMs = startTimeMs;
    this.op = new SimOperation(startTimeMs);
    this.pauseMs = parseIsoDurationMs(policy.pauseTimeBetweenBatches);
    this.startBatch(startTimeMs);
  }

  get running(): boolean {
    return this.code === 'RollingForward';
  }

  progress(): RollingProgress {
    return {
      successfulInstanceCount: this.succeeded.size,
      failedInstanceCount: this.failed.size,
      inProgressInstanceCount: this.inFlight.size,
      pendingInstanceCount:
        this.running || this.code === 'Faulted' || this.code === 'Cancelled' ? this.pendingInstances().length : 0,
    };
  }

  /** Stops before the next batch; a batch already under way finishes. */
  cancel(atMs: number): void {
    if (!this.running) return;
    this.cancelRequested = true;
    this.lastAction = 'Cancel';
    this.lastActionTimeMs = atMs;
    if (this.inFlight.size === 0) {
      this.cancelNextBatch?.();
      this.end('Cancelled', atMs);
    }
  }

  private startBatch(atMs: number): void {
    this.cancelNextBatch = undefined;
    if (this.cancelRequested) return this.end('Cancelled', atMs);
    const pending = this.pendingInstances();
    if (pending.length === 0) return this.end('Completed', atMs);

    const total = this.capacityMembers().length;
    const unhealthyNow = this.capacityMembers().filter((i) => this.scaleSet.healthOf(i) === 'unhealthy').length;
    if (percent(unhealthyNow, total) > this.policy.maxUnhealthyInstancePercent) {
      return this.fault(atMs, {
        code: 'MaxUnhealthyInstancePercentExceededInRollingUpgrade',
        message:
          `Rolling Upgrade failed after exceeding the MaxUnhealthyInstancePercent value defined in the RollingUpgradePolicy. ` +
          `${Math.round(percent(unhealthyNow, total))}% of instances are in an unhealthy state - more than the threshold of ${this.policy.maxUnhealthyInstancePercent}%.`,
      });
    }
    const batch = this.order(pending).slice(0, this.batchSize(total, unhealthyNow));
    for (const instance of batch) this.inFlight.add(instance.instanceId);
    if (this.policy.maxSurge) this.surgeBatch(batch, atMs);
    else this.inPlaceBatch(batch, atMs);
  }

  private inPlaceBatch(batch: SimInstance[], atMs: number): void {
    const op = this.scaleSet.updateInstances(
      batch.map((i) => i.instanceId),
      atMs,
    );
    op.onDone((done) =>
      this.afterBatch(
        batch.map((i) => [i.instanceId, i] as const),
        done.endTimeMs ?? atMs,
      ),
    );
  }

  /** maxSurge: new instances on the new model first, then the old ones go. */
  private surgeBatch(batch: SimInstance[], atMs: number): void {
    const created = batch.map(() => this.scaleSet.createInstance(atMs, { surge: true }));
    SimOperation.all(
      atMs,
      created.map((c) => c.op),
    ).onDone((booted) => {
      const at = booted.endTimeMs ?? atMs;
      for (const { instance } of created) instance.surge = false;
      for (const old of batch) this.scaleSet.deleteInstance(old.instanceId, at);
      this.afterBatch(
        batch.map((old, index) => [old.instanceId, created[index]!.instance] as const),
        at,
      );
    });
  }

  /** Judges each upgraded instance, checks the upgraded-unhealthy budget, schedules the next batch. */
  private afterBatch(results: ReadonlyArray<readonly [string, SimInstance]>, atMs: number): void {
    for (const [originalId, instance] of results) {
      this.inFlight.delete(originalId);
      const healthy = this.scaleSet.healthOf(instance) === 'healthy';
      (healthy ? this.succeeded : this.failed).add(originalId);
    }
    if (!this.running) return;
    const upgraded = this.succeeded.size + this.failed.size;
    if (percent(this.failed.size, upgraded) > this.policy.maxUnhealthyUpgradedInstancePercent) {
      const firstFailed = [...this.failed].sort((a, b) => Number(a) - Number(b))[0];
      return this.fault(atMs, {
        code: 'MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade',
        message:
          `Rolling Upgrade failed after exceeding the MaxUnhealthyUpgradedInstancePercent value defined in the RollingUpgradePolicy. ` +
          `${Math.round(percent(this.failed.size, upgraded))}% of instances are in an unhealthy state after being upgraded - more than the threshold of ` +
          `${this.policy.maxUnhealthyUpgradedInstancePercent}%. The most impactful error is: Instance found to be unhealthy or unreachable.. ` +
          `First failed instance ID is: ${firstFailed}.`,
      });
    }
    if (this.cancelRequested) return this.end('Cancelled', atMs);
    // The batch is done once its healthy instances take traffic again: a load balancer probe admits
    // an instance only after its threshold of successful probes (lb-probes.ts).
    if (this.awaitingProbe(results)) {
      const recheck = atMs + 1000;
      this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(recheck, () => this.afterProbe(results, recheck));
      return;
    }
    const nextAt = atMs + (this.pendingInstances().length > 0 ? this.pauseMs : 0);
    this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(nextAt, () => this.startBatch(nextAt));
  }

  private awaitingProbe(results: ReadonlyArray<readonly [string, SimInstance]>): boolean {
    const admitted = this.scaleSet.ctx.probeAdmitted;
    return results.some(([, i]) => this.scaleSet.healthOf(i) === 'healthy' && admitted?.(this.scaleSet, i) === false);
  }

  /** Re-checks probe admission of a finished batch (its instances are already judged). */
  private afterProbe(results: ReadonlyArray<readonly [string, SimInstance]>, atMs: number): void {
    if (!this.running) return;
    if (this.cancelRequested) return this.end('Cancelled', atMs);
    if (this.awaitingProbe(results)) {
      const recheck = atMs + 1000;
      this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(recheck, () => this.afterProbe(results, recheck));
      return;
    }
    const nextAt = atMs + (this.pendingInstances().length > 0 ? this.pauseMs : 0);
    this.cancelNextBatch = this.scaleSet.ctx.timeline.scheduler.at(nextAt, () => this.startBatch(nextAt));
  }

  /**
   * Batch size per maxBatchInstancePercent (at least one instance), shrunk so that instances
   * already unhealthy plus the batch stay within maxUnhealthyInstancePercent.
   */
  private batchSize(total: number, unhealthyNow: number): number {
    const byBatch = Math.floor((total * this.policy.maxBatchInstancePercent) / 100);
    const budget = Math.floor((total * this.policy.maxUnhealthyInstancePercent) / 100) - unhealthyNow;
    return Math.max(1, Math.min(byBatch, budget));
  }

  private order(pending: SimInstance[]): SimInstance[] {
    if (!this.policy.prioritizeUnhealthyInstances) return pending;
    const unhealthy = pending.filter((i) => this.scaleSet.healthOf(i) === 'unhealthy');
    return [...unhealthy, ...pending.filter((i) => !unhealthy.includes(i))];
  }

  private capacityMembers(): SimInstance[] {
    return this.scaleSet.members().filter((i) => !i.surge && i.provisioningState !== 'Deleting');
  }

  /** Instances not on the latest model that this run has not handled yet. */
  private pendingInstances(): SimInstance[] {
    return this.capacityMembers().filter(
      (i) =>
        !this.scaleSet.isLatestModel(i) &&
        !this.inFlight.has(i.instanceId) &&
        !this.succeeded.has(i.instanceId) &&
        !this.failed.has(i.instanceId),
    );
  }

  private fault(atMs: number, error: OperationError): void {
    this.error = error;
    this.end('Faulted', atMs);
  }

  private end(code: Exclude<RollingCode, 'RollingForward'>, atMs: number): void {
    if (!this.running) return;
    this.code = code;
    this.lastActionTimeMs = atMs;
    if (code === 'Completed') this.op.succeed(atMs);
    else if (code === 'Cancelled') this.op.cancel(atMs);
    else this.op.fail(atMs, this.error!);
  }
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (part * 100) / whole;
}
