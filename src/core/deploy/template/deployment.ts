/**
 * One template deployment on the rollout executor, shared by rolling (where it replaces the model
 * update) and the template strategy (where it is the release):
 * - plan (every run plans first, before the lock): Azure's validate and what-if — reads that change
 *   nothing; a template Azure refuses fails here, naming the resource and the cause, before any write;
 *   what-if's changes per resource go to the summary and the plan output;
 * - apply: ONE PUT of a deployment named for this run (a retry finds it started and follows it),
 *   then a wait on its provisioning state, at the port's interval, never past the deadline;
 * - a failed deployment is reported per resource from its operations; one still running when the
 *   deadline passes is asked to cancel before anything else (a rollback) deploys.
 * Always incremental mode: resources the template does not declare are left alone.
 */
import type { DeploymentInput, DeploymentPort, DeploymentRef } from '../../azure/deployment-port.js';
import { EngineError } from '../../errors.js';
import type { PlannedWrite, SummaryItem } from '../../model.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { Look } from '../../rollout/types.js';
import type { StageContext } from '../../stages/stage.js';
import type { ResolvedImage } from '../gallery-image.js';
import { describeError, describeFailures } from './failures.js';
import { deploymentName } from './deployment-name.js';
import { resolveTemplate, type ResolvedTemplate } from './resolve.js';
import { whatIfItems } from './whatif.js';

export interface TemplateDeploy {
  readonly ctx: StageContext;
  readonly ex: RolloutExecutor;
  readonly port: DeploymentPort;
  readonly resourceGroup: string;
}

export interface DeployOptions {
  readonly image: ResolvedImage;
  /** The version live before, for the plan line. */
  readonly from?: string;
  /** A rollback redeploys the previous image under a name of its own. */
  readonly rollback?: boolean;
  /** What happens after the deployment, for the plan line ('then 4 instance(s) in 2 batch(es)…'). */
  readonly then?: string;
  readonly touchesProduction: boolean;
  /** The summary line once made. */
  readonly item?: SummaryItem;
}

const RUNNING = /^(accepted|running|created|creating|updating|ready|waiting|deleting|notspecified)$/i;

/** Deploys the run's template with the image parameter set to `image`; throws when it does not succeed. */
export async function deployTemplate(d: TemplateDeploy, o: DeployOptions): Promise<void> {
  const resolved = await resolveTemplate(d.ctx);
  const ref: DeploymentRef = { resourceGroup: d.resourceGroup, name: deploymentName(d.ctx, o.rollback) };
  const input = inputFor(d.ctx, resolved, o.image);
  if (d.ex.planning) await preflight(d, ref, input, resolved);
  const write: PlannedWrite = {
    resource: `template deployment ${ref.name}`,
    operation: 'deploy',
    before: o.from ? `image ${o.from}` : undefined,
    after: `${resolved.imageParameter} ${o.image.version}`,
    why: `${resolved.path} to resource group ${d.resourceGroup} (incremental)${o.then ? `; then ${o.then}` : ''}`,
  };
  if (!d.ex.planning)
    d.ctx.deps.host.info(
      `Template deployment ${ref.name}: ${resolved.path} with ${resolved.imageParameter} = ${o.image.version}.`,
    );
  await d.ex.write(
    { write, touchesProduction: o.touchesProduction },
    async (call) => {
      // Started by an earlier attempt whose answer was lost: it is followed, never sent twice.
      const now = await d.port.get(ref, call);
      if (now && !/^(failed|canceled)$/i.test(now.provisioningState) && deploys(now.parameters, resolved, o.image))
        return;
      await d.port.start(ref, input, call);
    },
    o.item,
  );
  const would = `Azure deploys ${resolved.path} (deployment ${ref.name}) to the end`;
  const result = await d.ex.wait(`template deployment ${ref.name}`, would, (call) => look(d, ref, call), {
    intervalMs: d.port.pollIntervalMs,
    until: 'succeeded',
  });
  if (result.ok) return;
  await cancelIfRunning(d, ref);
  throw new EngineError('terminal', await failureMessage(d, ref, result.detail));
}

/** Whether a deployment's parameters set the image parameter to `image` (it is this write's). */
function deploys(parameters: Readonly<Record<string, unknown>>, r: ResolvedTemplate, image: ResolvedImage): boolean {
  const key = Object.keys(parameters).find((k) => k.toLowerCase() === r.imageParameter.toLowerCase());
  const value = key ? parameters[key] : undefined;
  return typeof value === 'string' && value.toLowerCase() === image.id.toLowerCase();
}

function inputFor(ctx: StageContext, resolved: ResolvedTemplate, image: ResolvedImage): DeploymentInput {
  const runUrl = ctx.deps.run?.runUrl;
  return {
    template: resolved.template,
    parameters: { ...resolved.parameters, [resolved.imageParameter]: { value: image.id } },
    tags: {
      'immutable-deploy.image-version': image.version,
      ...(runUrl ? { 'immutable-deploy.run-url': clip(runUrl) } : {}),
    },
  };
}

const clip = (s: string) => (s.length <= 256 ? s : `${s.slice(0, 255)}…`);

/** Plan: Azure's validation, then what-if; both read, neither changes anything. */
async function preflight(d: TemplateDeploy, ref: DeploymentRef, input: DeploymentInput, r: ResolvedTemplate) {
  const validation = await d.ex.read(`validating ${r.path}`, (call) => d.port.validate(ref, input, call));
  if (!validation.ok) {
    throw new EngineError(
      'input',
      `input 'template': '${r.path}' was refused by Azure's validation: ${describeError(validation.error)}`,
    );
  }
  const whatIf = await d.ex.read(`what-if of ${r.path}`, (call) => d.port.whatIf(ref, input, call));
  if (!whatIf.ok) {
    throw new EngineError(
      'input',
      `input 'template': Azure's what-if of '${r.path}' says the deployment would fail: ${describeError(whatIf.error)}`,
    );
  }
  for (const item of whatIfItems(whatIf.changes)) d.ex.note(item);
}

async function look(d: TemplateDeploy, ref: DeploymentRef, call: Parameters<DeploymentPort['get']>[1]): Promise<Look> {
  const now = await d.port.get(ref, call);
  // A deployment just created can take a moment to be readable everywhere (ARM is eventually consistent).
  if (!now) return { state: 'pending', detail: 'not visible yet' };
  const state = now.provisioningState;
  if (/^succeeded$/i.test(state)) return { state: 'done', detail: `succeeded` };
  if (RUNNING.test(state)) return { state: 'pending', detail: state };
  return { state: 'failed', detail: `ended ${state}${now.error ? `: ${describeError(now.error)}` : ''}` };
}

/** The failure per resource from the deployment's operations (Azure's errors), else the deployment's own error. */
async function failureMessage(d: TemplateDeploy, ref: DeploymentRef, detail: string): Promise<string> {
  const head = `template deployment ${ref.name} in resource group ${ref.resourceGroup}`;
  try {
    const failures = await d.ex.read(`reading the operations of ${ref.name}`, (call) =>
      d.port.failedOperations(ref, call),
    );
    const named = describeFailures(failures);
    if (named) return `${head} failed: ${named}`;
  } catch {
    // the operations could not be read: the deployment's own state says what it can
  }
  return `${head} ${detail}`;
}

/** A deployment still running when the deadline passed (or the step stops) is asked to cancel; best effort. */
async function cancelIfRunning(d: TemplateDeploy, ref: DeploymentRef): Promise<void> {
  const call = { signal: new AbortController().signal, timeoutMs: 30_000 };
  try {
    const now = await d.port.get(ref, call);
    if (!now || !RUNNING.test(now.provisioningState)) return;
    d.ctx.warn(`template deployment ${ref.name} was still ${now.provisioningState}: asking Azure to cancel it`);
    await d.port.cancel(ref, call);
  } catch {
    // Azure unreachable: the deployment ends on its own; a re-run or rollback deploys under another name
  }
}
