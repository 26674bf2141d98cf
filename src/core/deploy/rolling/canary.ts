/**
 * rolling canary: exposure by instance ratio (Manual upgrade mode). The model moves to the new
 * image as without a canary (one write, nothing replaced yet); then each `N%` step replaces
 * instances until ceil(N% × instances) run the new model (at least one, at most all but one) —
 * ONE updateInstances write for the step's delta, settled and gated like a batch (instance health,
 * the probes). The load balancer spreads requests over healthy instances, so the share of
 * production traffic on the new release is the share of instances on it. An `analysis` step runs
 * the analysis gates on the scale set and the live probes; `100%` replaces the rest in the
 * configured batches, gated as without a canary. An abort returns the replaced instances to the
 * previous model (the rollout a rollback runs: model back, instances replaced, no gates).
 *
 * Which instances each step takes is decided from the scale set as observed before the rollout
 * (the same order as the batches), so plan mode lists every step's write. An open 'pause' ends the
 * walk there: the release record says 'paused' (the step, the step's share) and a later 'promote'
 * walks on from the step after it (`from`, canary-control.ts), with the instances as they are then.
 */
import { canaryGates } from '../canary/analysis.js';
import { describeStep, walkCanary, type CanaryProgress, type CanaryTarget } from '../canary/walk.js';
import { batchGateProbes } from '../endpoint-probes.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { CanaryStep } from '../../settings/types.js';
import { recordPaused } from '../record.js';
import { formatProbeResult, runProbes } from '../../verify/http-probe.js';
import { stop, type RollingTarget } from './context.js';
import { driveBatches, type Batches } from './manual.js';
import { monitoredScaleSet } from './monitored.js';
import type { Knobs } from './policy.js';
import { rollOut, type ReplaceBy } from './roll-out.js';
import { recordResource } from './record-home.js';
import { confirmBack } from './rollback.js';
import { readTarget, type ResolvedImage } from './target.js';

/** Instances on the new model at `percent`: rounded up, at least one, all but one below 100%. */
export function instancesFor(percent: number, total: number): number {
  if (percent >= 100) return total;
  return Math.min(total - 1, Math.max(1, Math.ceil((percent * total) / 100)));
}

/** How many instances of how many run the new model: the 'canary-weight' output's share. */
export interface InstanceShare {
  onNew: number;
  readonly total: number;
  /** The count a step's write in flight brings onto the new model (cancelled mid-write, it may have landed). */
  writing?: number;
}

/** What a run stopped part-way leaves on the new release, in words (undefined: nothing). */
export function instancesLeft(s: InstanceShare, where: string, version: string): string | undefined {
  const most = Math.max(s.onNew, s.writing ?? 0);
  if (most === 0 || s.onNew === s.total) return undefined;
  const inFlight = s.writing !== undefined && s.writing > s.onNew ? ` (or ${s.writing}, the write in flight)` : '';
  return (
    `${s.onNew}${inFlight} of ${s.total} instance(s) of ${where} run ${version}, about ${shareOf(s)}% of production traffic; ` +
    "re-run the deploy to continue, or the 'rollback' stage to return them"
  );
}

export const shareOf = (s: InstanceShare): number => (s.total === 0 ? 0 : Math.round((100 * s.onNew) / s.total));

export interface RollingCanary {
  readonly steps: readonly CanaryStep[];
  readonly image: ResolvedImage;
  /** What the replaced instances return to on an abort. */
  readonly previous?: ResolvedImage;
  readonly progress: CanaryProgress;
  readonly share: InstanceShare;
  /** Where an open pause records the canary: the record holder's id, and the stable release it keeps as current. */
  readonly record: { readonly id: string; readonly current?: string };
  /** A promote: the first step to walk (the one after the open pause). */
  readonly from?: number;
}

/** The canary as the rollout's instance replacement (after the model write). */
export function canaryReplacement(t: RollingTarget, c: RollingCanary): ReplaceBy {
  return {
    how: (b) => `canary by instance ratio: ${describeSteps(c.steps, b, c.from)}, each step gated by instance health`,
    run: async (b, k) => {
      const walk = new Walk(t, c, b, k);
      await walkCanary(t.ex, c.steps, walk.target(), c.progress, c.from !== undefined ? { from: c.from } : {});
      return walk.replaced;
    },
  };
}

/** '10% (1 of 10 instance(s)), analysis, 100% (9 in batches of up to 2)'. */
function describeSteps(steps: readonly CanaryStep[], b: Batches, from = 0): string {
  const already = b.total - b.stale.length;
  let on = already;
  return steps
    .slice(from)
    .map((s) => {
      if (s.kind !== 'weight') return describeStep(s);
      if (s.percent === 100) return `100% (${b.total - on} more in batches of up to ${b.size})`;
      on = Math.max(on, instancesFor(s.percent, b.total));
      return `${s.percent}% (${on} of ${b.total} instance(s))`;
    })
    .join(', ');
}

/** One walk: how far into the stale instances (in batch order) the steps have got. */
class Walk {
  /** Stale instances replaced so far (a prefix of `b.stale`). */
  replaced = 0;
  private readonly already: number;

  constructor(
    private readonly t: RollingTarget,
    private readonly c: RollingCanary,
    private readonly b: Batches,
    private readonly k: Knobs,
  ) {
    this.already = b.total - b.stale.length;
  }

  target(): CanaryTarget {
    return {
      where: `the new instances of ${this.t.resource}`,
      setWeight: (percent) => (percent === 0 ? this.returnAll() : this.replaceUpTo(percent)),
      analyse: (label) => this.analyse(label),
      complete: () => this.replaceRest(),
      pause: (index, weight) => this.pause(index, weight),
    };
  }

  /** An open pause: ONE tag write, the record says 'paused' at the step with the step's share. */
  private async pause(index: number, weight: number): Promise<void> {
    const { t, c } = this;
    const on = `${c.share.onNew} of ${c.share.total} instance(s) on ${c.image.version}`;
    const write: PlannedWrite = {
      resource: recordResource(t),
      operation: 'tag',
      after: `state paused at step ${index + 1} (${weight}%: ${on}), target-version ${c.image.version}`,
      why: "canary: an open pause; 'promote' continues from the next step, 'abort' returns the instances",
    };
    const paused = { target: c.image.version, step: index + 1, weight, runUrl: t.ctx.deps.run?.runUrl };
    const current = c.record.current;
    await t.ex.write({ write }, (call) =>
      recordPaused(t.ports.tags, c.record.id, { ...paused, ...(current ? { current } : {}) }, call),
    );
  }

  /** One write: instances up to the step's count onto the new model, gated as a batch. */
  private async replaceUpTo(percent: number): Promise<void> {
    const { t, b } = this;
    const want = Math.max(this.replaced, instancesFor(percent, b.total) - this.already);
    const next = b.stale.slice(this.replaced, want);
    const step = `canary ${this.c.progress.step}`;
    if (next.length === 0) {
      const value = `${this.already + this.replaced} of ${b.total} instance(s) already on ${this.c.image.version}`;
      t.ex.note({ kind: 'fact', label: step, value: `${value}: nothing to replace` });
      return;
    }
    await this.drive({ ...b, stale: next, size: next.length, batches: [next.map((i) => i.instanceId)] }, step);
    this.replaced = want;
  }

  /** 100%: the instances left, in the configured batches (analysis gates between them, as without a canary). */
  private async replaceRest(): Promise<void> {
    const { b } = this;
    const rest = b.stale.slice(this.replaced);
    const batches: string[][] = [];
    for (let i = 0; i < rest.length; i += b.size) batches.push(rest.slice(i, i + b.size).map((x) => x.instanceId));
    if (batches.length > 0) await this.drive({ ...b, stale: rest, batches });
    this.replaced = b.stale.length;
  }

  private async drive(plan: Batches, step?: string): Promise<void> {
    const { t, c } = this;
    c.share.writing = this.already + this.replaced + plan.stale.length;
    const now = await t.ex.read(`listing the instances of ${t.resource}`, (call) => t.port.listInstances(t.ref, call));
    const probes = batchGateProbes(t.ctx.settings);
    await driveBatches(
      t,
      this.c.image,
      { ...plan, instances: now },
      {
        knobs: this.k,
        probes,
        rollback: false,
        ...(step ? { step } : {}),
      },
    );
    c.share.onNew = c.share.writing;
    c.share.writing = undefined;
  }

  /** The analysis gates on the scale set, then the live probes (through the load balancer). */
  private async analyse(label: string): Promise<string | undefined> {
    const { t, c } = this;
    const gates = await canaryGates(t.ctx, t.ex, {
      label,
      target: monitoredScaleSet(t.ctx.settings.deploy, t.ref.resourceGroup),
      version: c.image.version,
      ...(c.previous ? { previousVersion: c.previous.version } : {}),
    });
    if (gates !== undefined) return gates;
    const probes = batchGateProbes(t.ctx.settings);
    if (probes.length === 0) return undefined;
    let failed = '';
    const check = await t.ex.gate(`${label}: probes`, `${label}: ${probes.length} probe(s) pass`, async (call) => {
      const { deps } = t.ctx;
      const results = await runProbes(probes, {
        http: deps.http,
        clock: deps.clock,
        sleep: deps.sleep,
        log: deps.host,
        signal: call.signal,
      });
      const bad = results.filter((r) => !r.passed);
      failed = bad.map(formatProbeResult).join('; ');
      return bad.length === 0
        ? { passed: true, detail: `${results.length} probe(s) passed` }
        : { passed: false, detail: `probe(s) failed: ${failed}` };
    });
    return check.ok ? undefined : `probe(s) failed: ${failed || check.detail}`;
  }

  /**
   * The abort: the model back on the previous image and every instance not on it replaced (the
   * rollback's rollout, no gates), then confirmed. Instances already on the new model before this
   * run go back too: what stays live is the stable release.
   */
  private async returnAll(): Promise<void> {
    const { t, c } = this;
    const to = c.previous;
    if (!to) stop(`no previous image is known for ${t.resource}: the new instances cannot be returned`);
    if (!t.ex.planning) t.ctx.deps.host.info(`Canary aborted: returning ${t.resource} to ${to.version}.`);
    const info = await t.ex.read(`reading ${t.resource}`, (call) => readTarget(t.port, t.ref, call));
    const instances = await t.ex.read(`listing the instances of ${t.resource}`, (call) =>
      t.port.listInstances(t.ref, call),
    );
    await rollOut(t, { info, instances, mode: 'manual', image: to, from: c.image.version, rollback: true });
    await confirmBack(t, to);
    this.replaced = 0;
    c.share.onNew = 0;
  }
}
