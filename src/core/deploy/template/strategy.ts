/**
 * strategy: template — a template deployment (ARM JSON or Bicep, incremental mode) is the release:
 * the template's image parameter receives the gallery image version, Azure deploys whatever the
 * template declares (scale sets, VMs, anything), verify runs the probes, and a rollback deploys the
 * template again with the previous image. Plan mode calls Azure's validate and what-if and lists
 * the changes per resource. Deploy and rollback are written once (release.ts) and run on the
 * rollout executor: for real, or on a planning executor — the same code, so the plan cannot drift.
 */
import { EngineError } from '../../errors.js';
import { countWrites } from '../../plan/action.js';
import { defaultRollback, rollbackRecord } from '../record.js';
import type { PlanOutcome, RollbackOutcome, Strategy } from '../strategy.js';
import { siblingVersionId } from '../gallery-image.js';
import { runDeploy, runRollback } from './release.js';
import { resolveTemplate } from './resolve.js';
import { checkPublished, deployedImage, openTemplate, readRecord, resourceGroupOf } from './target.js';

const acts = (stages: readonly string[]) => stages.some((s) => s === 'deploy' || s === 'rollback');

export const templateStrategy: Strategy = {
  name: 'template',

  async inspect(ctx) {
    const ports = await ctx.azure();
    // A Bicep file compiles (and every template is checked against the inputs) before any write.
    if (acts(ctx.settings.stages)) await resolveTemplate(ctx);
    return readRecord(ctx, ports, { signal: ctx.signal });
  },

  async deploy(ctx, artifact, record) {
    const t = await openTemplate(ctx);
    const run = await runDeploy(t, artifact, record);
    const { path } = await resolveTemplate(ctx);
    const message = run.unchanged
      ? `${t.resource}: ${run.image.version} is already live (${path}): no change`
      : `${t.resource}: ${path} deployed with image ${run.from ?? 'none recorded'} → ${run.image.version}`;
    return { outputs: run.outputs, items: t.ex.items, message, rollback: run.rollback };
  },

  async planDeploy(ctx, artifact, record): Promise<PlanOutcome> {
    const t = await openTemplate(ctx, true);
    const run = await runDeploy(t, artifact, record);
    const writes = t.ex.plannedWrites;
    const message = run.unchanged
      ? `plan: ${t.resource} already runs ${run.image.version} (${countWrites(writes.length)})`
      : `plan: ${t.resource} ${run.from ?? 'none recorded'} → ${run.image.version} by a template deployment (${countWrites(writes.length)}, none made)`;
    const outputs = run.unchanged ? { ...run.outputs, deployUnchanged: writes.length === 0 } : run.outputs;
    return { writes, items: t.ex.facts, outputs, message };
  },

  async endpoints() {
    // What the template deploys is the user's: live-url / probe-urls say where it answers.
    return [];
  },

  async checkTarget() {
    return [];
  },

  async planRollback(ctx, record, toVersion) {
    const t = await openTemplate(ctx, true);
    const version = toVersion ?? defaultRollback(record).version;
    const rg = resourceGroupOf(ctx);
    if (!version) {
      throw new EngineError(
        'input',
        `input 'to-version': is required: resource group '${rg}' has no previous version recorded (tag immutable-deploy.previous-version); expected the image version to return to, e.g. '1.4.2'`,
      );
    }
    const { imageParameter } = await resolveTemplate(ctx);
    const opt = { signal: ctx.signal };
    const known = ctx.settings.publish.imageId ?? (await deployedImage(t, imageParameter, opt));
    if (!known) {
      throw new EngineError(
        'input',
        `input 'image-id': is required to find version '${version}': no deployment of ours in resource group '${rg}' names the gallery image; expected any version id of the image definition`,
      );
    }
    const what = toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)";
    const image = await checkPublished(t, siblingVersionId(known, version), what, opt);
    const from = record.target && record.state === 'deploying' ? record.target : record.current;
    return {
      strategy: 'template',
      to: { imageId: image.id, imageVersion: image.version },
      description: `${t.resource}: image ${from ?? 'none recorded'} → ${image.version}`,
      record: rollbackRecord(record, image.version, from),
    };
  },

  async rollback(ctx, plan) {
    const t = await openTemplate(ctx);
    const record = await readRecord(ctx, t.ports, { signal: ctx.signal });
    const run = await runRollback(t, plan, record);
    return {
      outputs: run.outputs,
      items: t.ex.items,
      message: run.unchanged
        ? `image ${run.image.version} is live in ${t.resource}: nothing to roll back`
        : `image ${run.image.version} is live again in ${t.resource} (the template deployed again${run.from ? `, ${run.from} rolled back` : ''})`,
    } satisfies RollbackOutcome;
  },

  async planRollbackWrites(ctx, plan): Promise<PlanOutcome> {
    const t = await openTemplate(ctx, true);
    const record = await readRecord(ctx, t.ports, { signal: ctx.signal });
    const run = await runRollback(t, plan, record);
    const writes = t.ex.plannedWrites;
    const message = run.unchanged
      ? `plan: ${t.resource} already runs ${run.image.version} (${countWrites(writes.length)})`
      : `plan: ${plan.description} (${countWrites(writes.length)}, none made)`;
    return { writes, items: t.ex.facts, outputs: run.outputs, message };
  },

  async describeLive(ctx) {
    const ports = await ctx.azure();
    const record = await readRecord(ctx, ports, { signal: ctx.signal, timeoutMs: 60_000 });
    const flight = record.target ? `, ${record.target} ${record.state ?? 'in flight'} (not finished)` : '';
    return `resource group ${resourceGroupOf(ctx)}: recorded release ${record.current ?? 'none'}${flight}`;
  },
};
