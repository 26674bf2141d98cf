/**
 * The template release, written once (real or planned): the record names the version in flight,
 * the template is deployed with the image parameter set to the new image, the record says what is
 * live. A rollback deploys the template again with the previous image, under a name of its own.
 * A release whose version is already live (and nothing in flight) deploys nothing.
 */
import { CancelledError, EngineError } from '../../errors.js';
import { intentWrite, liveWrite } from '../../plan/record.js';
import type { RunOutputs } from '../../run/outputs.js';
import { afterRollback, iso, recordIntent, recordLive } from '../record.js';
import { RolloutError } from '../rollout-error.js';
import type { ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { siblingVersionId, type ResolvedImage } from '../gallery-image.js';
import { deployTemplate } from './deployment.js';
import { resolveTemplate } from './resolve.js';
import { deployedImage, resolveArtifact, type TemplateTarget } from './target.js';

export interface Run {
  readonly outputs: Partial<RunOutputs>;
  readonly unchanged: boolean;
  readonly image: ResolvedImage;
  readonly from?: string;
  readonly rollback?: RollbackPlan;
}

export async function runDeploy(t: TemplateTarget, artifact: ReleaseArtifact, record: ReleaseRecord): Promise<Run> {
  const { ex } = t;
  const { path, imageParameter } = await resolveTemplate(t.ctx);
  const deployed = await ex.read('reading the template deployments', (call) => deployedImage(t, imageParameter, call));
  const image = await ex.read('reading the image version', (call) => resolveArtifact(t, artifact, deployed, call));
  const base = { imageId: image.id, imageVersion: image.version, previousImageVersion: record.current };
  if (record.current === image.version && !record.target) {
    ex.note({ kind: 'fact', label: 'template', value: `${path}: ${image.version} is already live in ${t.resource}` });
    return { outputs: { ...base, previousImageVersion: record.previous }, unchanged: true, image };
  }
  const from = record.current !== image.version ? record.current : record.previous;
  const plan: RollbackPlan | undefined = from
    ? {
        strategy: 'template',
        to: { imageId: siblingVersionId(image.id, from), imageVersion: from },
        description: `${t.resource}: ${path} with image ${image.version} → ${from}`,
        record: { previous: record.current === from ? record.previous : undefined, failed: image.version },
      }
    : undefined;
  ex.note({
    kind: 'fact',
    label: 'template',
    value: `${path} to ${t.resource} (${imageParameter} = ${image.version})`,
  });
  try {
    await writeIntent(t, image.version, 'deploying');
    const item = {
      kind: 'action' as const,
      label: 'template',
      value: `${from ?? 'nothing recorded'} → ${image.version}`,
    };
    await deployTemplate(
      { ctx: t.ctx, ex, port: t.ports.deployments, resourceGroup: t.resourceGroup },
      { image, from, touchesProduction: true, item },
    );
    await writeLive(t, record, { current: image.version, previous: from });
    return { outputs: base, unchanged: false, image, from, rollback: plan };
  } catch (err) {
    if (t.ctx.signal.aborted || err instanceof CancelledError || ex.planning) throw err;
    const e = err instanceof EngineError ? err : new EngineError('terminal', String(err), { cause: err });
    throw new RolloutError(
      e.message,
      { plan, items: [...ex.items], outputs: base, liveUntouched: !ex.productionTouched },
      e.kind,
    );
  }
}

export async function runRollback(t: TemplateTarget, plan: RollbackPlan, record: ReleaseRecord): Promise<Run> {
  const id = plan.to.imageId;
  if (!id) throw new EngineError('input', `the rollback plan for ${t.resource} names no image version`);
  const image: ResolvedImage = { id, version: plan.to.imageVersion ?? id.split('/').pop()! };
  const from = record.target ?? record.current;
  const outputs = { rolledBack: true, imageVersion: image.version, imageId: image.id, previousImageVersion: from };
  if (record.current === image.version && !record.target) {
    return { outputs: { ...outputs, rolledBack: false }, unchanged: true, image, from };
  }
  t.ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
  await writeIntent(t, image.version, 'rolling-back');
  await deployTemplate(
    { ctx: t.ctx, ex: t.ex, port: t.ports.deployments, resourceGroup: t.resourceGroup },
    { image, from, rollback: true, touchesProduction: true },
  );
  const { previous, failed } = afterRollback(plan, image.version, from);
  const item = { kind: 'action' as const, label: 'rolled back', value: plan.description };
  await writeLive(t, record, { current: image.version, previous, state: 'rolled-back', failed }, item);
  return { outputs, unchanged: false, image, from };
}

async function writeIntent(t: TemplateTarget, version: string, state: 'deploying' | 'rolling-back'): Promise<void> {
  const runUrl = t.ctx.deps.run?.runUrl;
  await t.ex.write({ write: intentWrite(t.resource, version, state) }, (call) =>
    recordIntent(t.ports.tags, t.groupId, { target: version, runUrl, state }, call),
  );
}

interface Live {
  readonly current: string;
  readonly previous?: string;
  readonly state?: 'live' | 'rolled-back';
  readonly failed?: string;
}

async function writeLive(
  t: TemplateTarget,
  record: ReleaseRecord,
  live: Live,
  item?: Parameters<TemplateTarget['ex']['write']>[2],
): Promise<void> {
  const extra = live.failed ? `failed-version ${live.failed}` : undefined;
  const write = liveWrite(t.resource, record, { ...live, extra });
  const stamped = { ...live, deployedAt: iso(t.ctx), runUrl: t.ctx.deps.run?.runUrl };
  await t.ex.write({ write }, (call) => recordLive(t.ports.tags, t.groupId, stamped, call), item);
}
