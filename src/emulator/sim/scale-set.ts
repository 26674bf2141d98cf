import { SimOperation, type Timeline } from './timeline.js';
import type { HealthRules } from './health-script.js';
import { backendPoolIds, deepCopy, hasHealthExtension, imageOf, sameJson } from './vm-profile.js';

/**
 * One uniform-orchestration scale set: its model and its simulated instances.
 * Upgrade semantics follow the Azure docs for `upgradePolicy.mode`:
 * - Manual: a model change touches no instance until updateInstances / reimage.
 * - Automatic: every instance is updated at once (no ordering guarantee, all may go down).
 * - Rolling: instances are updated in batches per `rollingUpgradePolicy` (see rolling-upgrade.ts).
 */
export type UpgradeMode = 'Automatic' | 'Manual' | 'Rolling';
export type ProvisioningState = 'Creating' | 'Updating' | 'Succeeded' | 'Failed' | 'Deleting';
export type PowerState = 'starting' | 'running' | 'stopped' | 'deallocated';
export type HealthState = 'healthy' | 'unhealthy' | 'unknown';

export interface SimInstance {
  readonly instanceId: string;
  readonly name: string;
  readonly computerName: string;
  /** The virtualMachineProfile this instance last applied. */
  profile: unknown;
  image: string;
  provisioningState: ProvisioningState;
  power: PowerState;
  bootFailed: boolean;
  /** Being created, updated or deleted: out of load-balancer rotation. */
  busy: boolean;
  /** Created as a maxSurge extra during a rolling upgrade. */
  surge: boolean;
}

/** Simulated durations of instance operations, in simulated milliseconds. */
export interface InstanceTimings {
  bootMs: number;
  reimageMs: number;
  deleteMs: number;
}

export const DEFAULT_TIMINGS: InstanceTimings = { bootMs: 60_000, reimageMs: 90_000, deleteMs: 20_000 };

export interface ScaleSetModel {
  profile: unknown;
  capacity: number;
  upgradeMode: UpgradeMode;
}

export interface ScaleSetContext {
  timeline: Timeline;
  health: HealthRules;
  timings: InstanceTimings;
  /** Whether the load balancer probes checking the instance admit it (undefined: none does). */
  probeAdmitted?: (scaleSet: ScaleSetSim, instance: SimInstance) => boolean | undefined;
}

export class ScaleSetSim {
  readonly instances = new Map<string, SimInstance>();
  model: ScaleSetModel;
  private nextInstanceId = 0;
  private readonly computerNamePrefix: string;

  constructor(
    readonly id: string,
    readonly name: string,
    model: ScaleSetModel,
    readonly ctx: ScaleSetContext,
    computerNamePrefix?: string,
  ) {
    this.model = { ...model, profile: deepCopy(model.profile) };
    this.computerNamePrefix = computerNamePrefix ?? name.slice(0, 9);
  }

  now(): number {
    return this.ctx.timeline.clock.now();
  }

  /** Every instance (maxSurge extras included), ordered by numeric instance id. */
  members(): SimInstance[] {
    return [...this.instances.values()].sort((a, b) => Number(a.instanceId) - Number(b.instanceId));
  }

  isLatestModel(instance: SimInstance): boolean {
    return sameJson(instance.profile, this.model.profile);
  }

  /**
   * Health as the Application Health extension / LB probe would report it. Unknown while
   * the instance is being (re)provisioned; evaluated live against the health script.
   */
  healthOf(instance: SimInstance): HealthState {
    if (instance.busy || instance.provisioningState === 'Deleting') return 'unknown';
    if (instance.bootFailed || instance.power !== 'running') return 'unhealthy';
    if (this.ctx.health.isImageUnhealthy(instance.image)) return 'unhealthy';
    if (this.ctx.health.isInstanceUnhealthy(this.id, instance.instanceId)) return 'unhealthy';
    return 'healthy';
  }

  /**
   * Whether the instance reports its own health (decides whether `vmHealth` appears): only with
   * the Application Health extension in its model (vm-profile.ts), never from an LB probe alone.
   */
  reportsHealth(instance: SimInstance): boolean {
    return hasHealthExtension(instance.profile);
  }

  /** Running, provisioned and not being changed: a load balancer may send it traffic. */
  isServing(instance: SimInstance): boolean {
    return (
      !instance.busy &&
      !instance.bootFailed &&
      instance.power === 'running' &&
      instance.provisioningState === 'Succeeded'
    );
  }

  /** Instances whose applied NIC configuration joins the backend pool `poolId`. */
  poolMembers(poolId: string): SimInstance[] {
    const wanted = poolId.toLowerCase();
    return this.members().filter((i) => i.provisioningState !== 'Deleting' && instancePools(i).has(wanted));
  }

  /**
   * Replaces the model. Scales to the new capacity (new instances get the new model; scale-in
   * removes the highest instance ids, Azure's default scale-in policy). Automatic mode then
   * updates every out-of-date instance at once. The operation ends when the touched instances do.
   * Rolling mode is driven by the caller (RollingUpgrade), which starts after this returns.
   */
  applyModel(next: ScaleSetModel): SimOperation {
    this.model = { ...next, profile: deepCopy(next.profile) };
    const parts = [this.scaleTo(next.capacity)];
    if (next.upgradeMode === 'Automatic') {
      const stale = this.members().filter((i) => !i.busy && !i.surge && !this.isLatestModel(i));
      parts.push(this.updateInstances(stale.map((i) => i.instanceId)));
    }
    return SimOperation.all(this.now(), parts);
  }

  scaleTo(capacity: number): SimOperation {
    const current = this.members().filter((i) => !i.surge && i.provisioningState !== 'Deleting');
    const now = this.now();
    if (capacity > current.length) {
      const created = Array.from({ length: capacity - current.length }, () => this.createInstance(now).op);
      return SimOperation.all(now, created);
    }
    const victims = current.slice(capacity);
    return SimOperation.all(
      now,
      victims.map((i) => this.deleteInstance(i.instanceId, now)),
    );
  }

  /** Creates one instance on the current model and boots it. */
  createInstance(atMs = this.now(), options: { surge?: boolean } = {}): { instance: SimInstance; op: SimOperation } {
    const instance = this.addInstance(options.surge ?? false);
    return { instance, op: this.boot(instance, atMs, this.ctx.timings.bootMs) };
  }

  private addInstance(surge: boolean): SimInstance {
    const instanceId = String(this.nextInstanceId++);
    const instance: SimInstance = {
      instanceId,
      name: `${this.name}_${instanceId}`,
      computerName: `${this.computerNamePrefix}${Number(instanceId).toString(36).padStart(6, '0')}`,
      profile: deepCopy(this.model.profile),
      image: imageOf(this.model.profile),
      provisioningState: 'Creating',
      power: 'starting',
      bootFailed: false,
      busy: true,
      surge,
    };
    this.instances.set(instanceId, instance);
    return instance;
  }

  /**
   * Recreates instances after a reload of persisted state: `capacity` instances, already running
   * on the current model (instance-level state is not persisted).
   */
  restoreInstances(capacity: number): void {
    for (let n = 0; n < capacity; n++) {
      const instance = this.addInstance(false);
      instance.busy = false;
      instance.power = 'running';
      instance.provisioningState = 'Succeeded';
    }
  }

  /** Brings the listed instances to the latest model (reimaging their OS disk), all at once. */
  updateInstances(instanceIds: readonly string[], atMs = this.now()): SimOperation {
    const instances = instanceIds.map((id) => this.require(id));
    return SimOperation.all(
      atMs,
      instances.map((i) => this.reprovision(i, atMs)),
    );
  }

  /**
   * Reimage: the OS disk is rebuilt from the image in the scale set model. Approximation:
   * the whole latest model is applied, so latestModelApplied becomes true.
   */
  reimage(instanceIds?: readonly string[]): SimOperation {
    return this.updateInstances(instanceIds ?? this.members().map((i) => i.instanceId));
  }

  deleteInstance(instanceId: string, atMs = this.now()): SimOperation {
    const instance = this.require(instanceId);
    instance.provisioningState = 'Deleting';
    instance.busy = true;
    const op = new SimOperation(atMs);
    const doneAt = atMs + this.ctx.timings.deleteMs;
    this.ctx.timeline.scheduler.at(doneAt, () => {
      this.instances.delete(instanceId);
      op.succeed(doneAt);
    });
    return op;
  }

  deleteAll(): SimOperation {
    const now = this.now();
    return SimOperation.all(
      now,
      this.members().map((i) => this.deleteInstance(i.instanceId, now)),
    );
  }

  require(instanceId: string): SimInstance {
    const instance = this.instances.get(instanceId);
    if (!instance) throw new InstanceNotFoundError(this.name, instanceId);
    return instance;
  }

  private reprovision(instance: SimInstance, atMs: number): SimOperation {
    instance.provisioningState = 'Updating';
    instance.profile = deepCopy(this.model.profile);
    instance.image = imageOf(this.model.profile);
    return this.boot(instance, atMs, this.ctx.timings.reimageMs);
  }

  /** Takes the instance out of service for `durationMs`, then decides whether the boot worked. */
  private boot(instance: SimInstance, atMs: number, durationMs: number): SimOperation {
    instance.busy = true;
    instance.power = 'starting';
    instance.bootFailed = false;
    const op = new SimOperation(atMs);
    const doneAt = atMs + durationMs;
    this.ctx.timeline.scheduler.at(doneAt, () => {
      if (this.instances.get(instance.instanceId) !== instance || instance.provisioningState === 'Deleting') {
        return op.succeed(doneAt);
      }
      instance.bootFailed = this.ctx.health.bootFails(instance.image);
      instance.power = instance.bootFailed ? 'stopped' : 'running';
      instance.provisioningState = instance.bootFailed ? 'Failed' : 'Succeeded';
      instance.busy = false;
      if (!instance.bootFailed) return op.succeed(doneAt);
      op.fail(doneAt, {
        code: 'OSProvisioningTimedOut',
        message: `OS Provisioning for VM '${instance.name}' did not finish in the allotted time. The VM may still finish provisioning successfully.`,
      });
    });
    return op;
  }
}

/**
 * The backend pools of an instance's applied profile, read once per profile: LB probes ask for every
 * instance on every interval, and walking each profile's JSON then costs more real time than a probe
 * interval lasts at a high time scale. Safe to key by object: an instance's profile is its own deep
 * copy, replaced (never edited) when the instance is reimaged.
 */
const poolsByProfile = new WeakMap<object, ReadonlySet<string>>();

function instancePools(instance: SimInstance): ReadonlySet<string> {
  const profile = instance.profile;
  if (profile === null || typeof profile !== 'object') return new Set(backendPoolIds(profile));
  let pools = poolsByProfile.get(profile);
  if (!pools) poolsByProfile.set(profile, (pools = new Set(backendPoolIds(profile))));
  return pools;
}

export class InstanceNotFoundError extends Error {
  constructor(
    readonly scaleSetName: string,
    readonly instanceId: string,
  ) {
    super(`The instance ${instanceId} of virtual machine scale set ${scaleSetName} was not found.`);
  }
}
