/**
 * The path of an artifact through the slot into production, and the swap back, as rollout steps:
 * the same code runs for a deploy, a rollback and their plans. Point the slot at the artifact,
 * restart it, warm it up, (swap with preview: apply production's settings, check again), swap,
 * check production.
 */
import { PRODUCTION_SLOT, type SlotArtifact } from '../../azure/app-service-port.js';
import { EngineError } from '../../errors.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StepCall, WaitResult } from '../../rollout/types.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { httpGate } from '../http-gate.js';
import { artifactOf, describe, sameArtifact } from './artifact.js';
import { requireUrl, siteResource, slotResource, slotUrl, type Target } from './shared.js';

const action = (label: string, value: string): SummaryItem => ({ kind: 'action', label, value });

/** Gets `artifact` into production through the slot. Throws when a gate fails (production untouched before the swap). */
export async function release(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  artifact: SlotArtifact,
): Promise<void> {
  await prepareSlot(ctx, ex, t, artifact);
  await goLive(ctx, ex, t, artifact);
}

/** The slot runs `artifact` and answers (with production's settings, for a swap with preview); production untouched. */
export async function prepareSlot(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  artifact: SlotArtifact,
): Promise<void> {
  await pointSlot(ex, t, artifact);
  const restart: PlannedWrite = { resource: slotResource(t), operation: 'restart', why: `loads ${describe(artifact)}` };
  await ex.write(
    { write: restart },
    (call) => t.app.restart(t.slotRef, call),
    action(`slot ${t.slotRef.slot}`, 'restarted'),
  );
  await warmUp(ctx, ex, t, artifact);
  if (ctx.settings.deploy.swapWithPreview) await previewWithProductionSettings(ctx, ex, t);
}

/** The swap, then production is checked; throws when it does not answer (the caller swaps back). */
export async function goLive(ctx: StageContext, ex: RolloutExecutor, t: Target, artifact: SlotArtifact): Promise<void> {
  await swapIn(ctx, ex, t, artifact);
  const live = await liveCheck(
    ctx,
    ex,
    t,
    'production after the swap',
    'after the swap (swapped back at once if it fails)',
  );
  // Production has the new app: the caller's rollback plan (swap back) undoes it.
  if (!live.ok)
    throw new EngineError('verify', `production did not pass after the swap to ${describe(artifact)}: ${live.detail}`);
}

/** The usual rollback: the previous app waits in the slot; one swap back, then production is checked. */
export async function swapBack(ctx: StageContext, ex: RolloutExecutor, t: Target, to: SlotArtifact): Promise<void> {
  const write: PlannedWrite = {
    resource: siteResource(t),
    operation: 'swap',
    before: `production ${describe(artifactOf(t.production))}`,
    after: describe(to),
    why: `swap back: slot ${t.slotRef.slot} still holds ${describe(to)}`,
  };
  const done = action('swap back', `slot ${t.slotRef.slot} (${describe(to)}) → production`);
  await ex.write({ write, touchesProduction: true }, (call) => swapUnlessLive(t, to, call), done);
  const check = await liveCheck(ctx, ex, t, 'production after the swap back', 'after the swap back');
  if (!check.ok)
    throw new EngineError('verify', `production did not answer after swapping ${describe(to)} back: ${check.detail}`);
}

/** The slot gets the artifact (one write, skipped when the slot already holds it). */
async function pointSlot(ex: RolloutExecutor, t: Target, artifact: SlotArtifact): Promise<void> {
  const inSlot = artifactOf(t.slot);
  const label = `slot ${t.slotRef.slot}`;
  if (sameArtifact(inSlot, artifact)) {
    ex.note({ kind: 'fact', label, value: `already pointed at ${describe(artifact)}` });
    return;
  }
  const write: PlannedWrite = {
    resource: slotResource(t),
    operation: 'update',
    before: describe(inSlot),
    after: describe(artifact),
    why: 'the new artifact goes to the slot first; production is not touched',
  };
  // setArtifact re-reads the slot and writes only what differs: a retry is safe.
  const apply = async (call: StepCall) => void (await t.app.setArtifact(t.slotRef, artifact, call));
  await ex.write({ write }, apply, action(label, `pointed at ${describe(artifact)}`));
}

/** The slot answers its warm-up path (waits for the app to come up, within the deadline). */
async function warmUp(ctx: StageContext, ex: RolloutExecutor, t: Target, artifact: SlotArtifact): Promise<void> {
  const path = ctx.settings.deploy.warmupPath;
  const slot = t.slotRef.slot;
  const preview = slotUrl(ctx, 'preview', t.slot);
  const would = `slot ${slot} answers ${path}${preview ? ` (${preview})` : ''} before the swap`;
  const warm = await ex.gate(`slot ${slot} answers ${path}`, would, () =>
    probe(ctx, ex, t, 'preview', `warm-up of slot ${slot}`),
  );
  if (warm.ok) return;
  const site = t.prodRef.site;
  throw new EngineError(
    'verify',
    `slot ${slot} of web app ${site} did not answer its warm-up path with ${describe(artifact)}: ${warm.detail}; production was not touched`,
  );
}

/** Swap with preview: production's slot settings go to the slot, which is checked again (or reset). */
async function previewWithProductionSettings(ctx: StageContext, ex: RolloutExecutor, t: Target): Promise<void> {
  const slot = t.slotRef.slot;
  const apply: PlannedWrite = {
    resource: slotResource(t),
    operation: 'update',
    after: "production's slot settings",
    why: "swap with preview: the slot is checked with production's settings before the swap completes",
  };
  const applied = action('swap with preview', `production's slot settings applied to slot ${slot}`);
  await ex.write({ write: apply }, (call) => t.app.applySlotConfig(t.slotRef, PRODUCTION_SLOT, call), applied);
  const label = `slot ${slot} with production settings`;
  const check = await ex.gate(label, `slot ${slot} with production's settings`, () =>
    probe(ctx, ex, t, 'preview', label),
  );
  if (check.ok) return;
  const reset: PlannedWrite = {
    resource: slotResource(t),
    operation: 'update',
    before: "production's slot settings",
    after: 'its own slot settings',
    why: 'swap with preview cancelled: the slot did not answer',
  };
  const undone = action('swap with preview', 'reset: the slot has its own settings back');
  await ex.write({ write: reset }, (call) => t.app.resetSlotConfig(t.slotRef, call), undone);
  throw new EngineError(
    'verify',
    `slot ${slot} did not answer with production's settings: ${check.detail}; the swap was reset, production was not touched`,
  );
}

/** The swap: changes what production serves. */
async function swapIn(ctx: StageContext, ex: RolloutExecutor, t: Target, artifact: SlotArtifact): Promise<void> {
  const live = artifactOf(t.production);
  const slot = t.slotRef.slot;
  const write: PlannedWrite = {
    resource: siteResource(t),
    operation: 'swap',
    before: `production ${describe(live)}`,
    after: describe(artifact),
    why: `slot ${slot} → production once the slot answers ${ctx.settings.deploy.warmupPath}; ${describe(live)} then waits in the slot for a swap back`,
  };
  await ex.write(
    { write, touchesProduction: true },
    (call) => swapUnlessLive(t, artifact, call),
    action('swap', `slot ${slot} → production`),
  );
}

/** Idempotent swap: production is read again first; an attempt that already landed is not swapped back. */
async function swapUnlessLive(t: Target, artifact: SlotArtifact, call: StepCall): Promise<void> {
  const production = await t.app.getSlot(t.prodRef, call);
  if (production && sameArtifact(artifactOf(production), artifact)) return;
  await t.app.swap(t.slotRef, PRODUCTION_SLOT, call);
}

/** Production answers after a swap. Plan mode lists the check only when the live URL is known. */
async function liveCheck(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  name: string,
  when: string,
): Promise<WaitResult> {
  const url = slotUrl(ctx, 'live', t.production);
  if (!url && ex.planning) return { ok: true, planned: true, detail: '' };
  const label = `production answers ${ctx.settings.deploy.warmupPath}`;
  return ex.gate(label, `production ${url} ${when}`, () => probe(ctx, ex, t, 'live', name));
}

/** One HTTP gate on the live site or the slot, bounded by the rollout's deadline. */
export async function probe(ctx: StageContext, ex: RolloutExecutor, t: Target, role: 'live' | 'preview', name: string) {
  const url = requireUrl(ctx, role, role === 'live' ? t.production : t.slot);
  const result = await httpGate(ctx, name, url, ex.deadline, { warmup: role === 'preview' });
  return { passed: result.passed, detail: result.reason };
}
