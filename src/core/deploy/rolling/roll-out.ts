/**
 * A rollout to one image, shared by deploy and rollback: the model's imageReference goes to the
 * image in ONE ETag-guarded write (with the inputs' rolling policy for this deploy, restored after),
 * then the instances are replaced per the upgrade mode:
 * - rolling: Azure's rolling upgrade, followed (a rollback finishes what Azure refuses itself);
 * - manual: the engine's own batches (manual.ts), gated on a deploy;
 * - automatic: Azure updates every instance with the model write; the engine confirms.
 * A re-run whose model already points at the image replaces the instances left in batches.
 * Every decision comes from the scale set as observed before the rollout, so plan mode runs it too.
 */
import type { InstanceInfo, RollingUpgradePolicy, ScaleSetInfo } from '../../azure/scale-set-port.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { SummaryItem } from '../../run/result.js';
import { batchGateProbes } from '../endpoint-probes.js';
import { followRollingUpgrade } from './azure-rolling.js';
import { stop, type RollingTarget } from './context.js';
import { driveBatches, planBatches, type Batches } from './manual.js';
import { describePolicy, knobs, policyOverride, type EffectiveMode, type Knobs } from './policy.js';
import { onImage, sameId, type ResolvedImage } from './target.js';
import { deployModel } from './template-model.js';

export interface RollOut {
  /** The scale set and its instances as observed before the rollout. */
  readonly info: ScaleSetInfo;
  readonly instances: readonly InstanceInfo[];
  readonly mode: EffectiveMode;
  readonly image: ResolvedImage;
  /** The version the model points at now, for the plan line. */
  readonly from: string;
  /** ' (planned: …)' when an earlier stage of this plan would create the image. */
  readonly planned?: string;
  readonly rollback?: boolean;
  /** The summary line of the model write once made. */
  readonly item?: SummaryItem;
  /** Replaces the stale instances itself in place of the mode's batches (a canary's steps). */
  readonly replaceBy?: ReplaceBy;
}

/** Who replaces the instances after the model write, and how the plan line says it. */
export interface ReplaceBy {
  how(b: Batches, k: Knobs): string;
  /** Returns how many instances it replaced. */
  run(b: Batches, k: Knobs): Promise<number>;
}

/** Points the model at the image (if it is not already) and replaces the stale instances; returns how many. */
export async function rollOut(t: RollingTarget, o: RollOut): Promise<number> {
  const { info, mode, image } = o;
  const k = knobs(t.ctx.settings, info.rollingPolicy);
  const moves = !sameId(info.imageId, image.id);
  // With a template, the template owns the scale set's upgrade policy: no override is written.
  const templated = !!t.ctx.settings.deploy.template;
  const override =
    mode === 'rolling' && moves && !o.rollback && !templated
      ? policyOverride(t.ctx.settings, info.rollingPolicy)
      : undefined;
  const batches = planBatches(o.instances, image.id, moves, mode === 'automatic' ? { ...k, batchPercent: 100 } : k);
  const before =
    mode === 'rolling' && moves
      ? await t.ex.read(`reading the rolling upgrade of ${t.resource}`, (call) =>
          t.port.latestRollingUpgrade(t.ref, call),
        )
      : undefined;
  if (moves && templated) await deployModel(t, o, modelWrite(t, o, k, batches, undefined).why);
  else if (moves) await writeModel(t, o, modelWrite(t, o, k, batches, override), override);
  try {
    if (o.replaceBy) return await o.replaceBy.run(batches, k);
    if (mode === 'manual' || !moves) return (await inBatches(t, o, k, batches)).length;
    if (mode === 'automatic') await confirmAutomatic(t, image, batches.stale.length);
    else await followAzure(t, o, k, before, batches);
    return batches.stale.length;
  } finally {
    if (override && !t.ctx.signal.aborted) await restorePolicy(t, info.rollingPolicy);
  }
}

function inBatches(t: RollingTarget, o: RollOut, k: Knobs, batches: Batches): Promise<string[]> {
  const probes = o.rollback || o.mode !== 'manual' ? [] : batchGateProbes(t.ctx.settings);
  return driveBatches(t, o.image, batches, { knobs: k, probes, rollback: !!o.rollback });
}

/** The model write: image a → b, with the inputs' policy when they override it. */
function modelWrite(
  t: RollingTarget,
  o: RollOut,
  k: Knobs,
  b: Batches,
  override: RollingUpgradePolicy | undefined,
): PlannedWrite {
  const count = `${b.stale.length} of ${b.total} instance(s)`;
  const inBatchesText = `${count} in ${b.batches.length} batch(es) of up to ${b.size}`;
  const gates = o.rollback ? ' (no gates: a rollback)' : `, each gated by instance health${probeCount(t, o)}`;
  const how = o.replaceBy
    ? o.replaceBy.how(b, k)
    : o.mode === 'manual'
      ? `${inBatchesText}, manual rollout${gates}`
      : o.mode === 'rolling'
        ? `Azure's rolling upgrade replaces ${inBatchesText} (${k.batchPercent}% per batch${k.pauseMs > 0 ? `, ${k.pauseMs / 1000} s pause` : ''})`
        : `Azure updates ${count} at once (automatic upgrade mode)`;
  const policy = override ? ` with rolling policy ${describePolicy(override, o.info.rollingPolicy)}` : '';
  return {
    resource: t.resource,
    operation: 'update',
    before: `image ${o.from}`,
    after: `${o.image.version}${policy}`,
    why: `${how}${o.planned ?? ''}`,
  };
}

function probeCount(t: RollingTarget, o: RollOut): string {
  const n = batchGateProbes(t.ctx.settings).length;
  return o.mode === 'manual' && n > 0 ? ` and ${n} probe(s)` : '';
}

/**
 * ONE PATCH with If-Match on a fresh read; a retry finds it done. It changes what production
 * serves wherever the upgrade mode applies it (Rolling, Automatic).
 */
async function writeModel(
  t: RollingTarget,
  o: RollOut,
  write: PlannedWrite,
  override: RollingUpgradePolicy | undefined,
): Promise<void> {
  if (!t.ex.planning)
    t.ctx.deps.host.info(
      `Scale set ${t.ref.name}: imageReference → ${o.image.version}${override ? ' with the rolling upgrade policy from the inputs' : ''}.`,
    );
  await t.ex.write(
    { write, touchesProduction: o.mode !== 'manual' },
    async (call) => {
      const now = await t.port.get(t.ref, call);
      if (!now) stop(`scale set '${t.ref.name}' is gone`);
      if (sameId(now.imageId, o.image.id) && (!override || samePolicy(now.rollingPolicy, override))) return;
      await t.port.setImage(
        t.ref,
        { imageId: o.image.id, etag: now.etag, ...(override ? { rollingPolicy: override } : {}) },
        call,
      );
    },
    o.item,
  );
}

const samePolicy = (a: RollingUpgradePolicy | undefined, b: RollingUpgradePolicy) =>
  Object.entries(b).every(([key, v]) => v === undefined || (a as Record<string, unknown> | undefined)?.[key] === v);

/** Automatic mode: the model write's operation ended when Azure had updated every instance. */
async function confirmAutomatic(t: RollingTarget, image: ResolvedImage, count: number): Promise<void> {
  const result = await t.ex.wait(
    'automatic upgrade',
    `Azure updates ${count} instance(s) to ${image.version} at once`,
    async (call) => {
      const now = await t.port.listInstances(t.ref, call);
      const done = now.filter((i) => onImage(i, image.id)).length;
      if (done === now.length)
        return { state: 'done', detail: `Azure updated ${count} instance(s) to ${image.version} at once` };
      return { state: 'pending', detail: `${done} of ${now.length} instance(s) on ${image.version}` };
    },
    { intervalMs: t.port.pollIntervalMs, until: `on ${image.version}` },
  );
  if (!result.ok) stop(`Azure's automatic upgrade of ${t.resource}: ${result.detail}`);
}

/**
 * Rolling mode: Azure's upgrade, followed. A deploy stops when it does not complete; a rollback
 * (Azure may refuse to go on: the broken release counts against its budgets) replaces what is
 * left itself, without budgets.
 */
async function followAzure(
  t: RollingTarget,
  o: RollOut,
  k: Knobs,
  before: Awaited<ReturnType<typeof t.port.latestRollingUpgrade>>,
  b: Batches,
): Promise<void> {
  const followed = await followRollingUpgrade(t, before, o.image.version, b.stale.length);
  if (followed.ok) return;
  const what = `Azure's rolling upgrade of ${t.resource} ${followed.detail}`;
  if (!o.rollback) stop(what);
  t.ctx.warn(`${what}; replacing the remaining instances directly`);
  const now = await t.ex.read(`listing the instances of ${t.resource}`, (call) => t.port.listInstances(t.ref, call));
  await driveBatches(t, o.image, planBatches(now, o.image.id, false, { ...k, batchPercent: 100 }), {
    knobs: k,
    probes: [],
    rollback: true,
  });
}

/** The override held for this deploy only: the scale set gets its own policy back (a warning if it cannot). */
async function restorePolicy(t: RollingTarget, original: RollingUpgradePolicy | undefined): Promise<void> {
  const write: PlannedWrite = {
    resource: t.resource,
    operation: 'update',
    after: 'its own rolling upgrade policy again',
    why: "the inputs' rolling policy holds for this deploy only",
  };
  try {
    await t.ex.write({ write }, async (call) => {
      const now = await t.port.get(t.ref, call);
      await t.port.setRollingPolicy(t.ref, original ?? {}, now?.etag, call);
    });
  } catch (err) {
    t.ctx.warn(
      `could not restore the rolling upgrade policy of ${t.resource} after this deploy's override: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
