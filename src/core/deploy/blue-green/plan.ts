/** Plan mode for blue-green: the same reads as a deploy or rollback, the writes described, none made. */
import type { AzurePorts } from '../../azure/ports.js';
import { EngineError } from '../../errors.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { recordFromTags } from '../record.js';
import { sameId, type ResolvedImage } from '../rolling/target.js';
import type { PlanOutcome, ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { countWrites, Plan } from '../../plan/action.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import { imageForPlan, plannedNote } from '../planned-image.js';
import { observePair, SCALE_DOWN_AFTER_TAG, type ColourState, type PairState } from './colours.js';
import { isFailed, iso, versionOf, onImage, checkGalleryImage, urls, rollbackTarget } from './shared.js';


const lbResource = (pair: PairState) => `load balancer ${pair.lb.name}`;
const wouldCheck = (value: string): SummaryItem => ({ kind: 'fact', label: 'would check', value });

/** prepareColour(), described: create, or scale in / re-point / scale out, or bring stale instances to the model. */
async function prepareWrites(ctx: StageContext, ports: AzurePorts, pair: PairState, colour: ColourState, image: ResolvedImage, capacity: number, note: string, plan: Plan): Promise<void> {
  const ref = colour.ref;
  const resource = `scale set ${ref.name}`;
  const info = colour.info;
  if (!info) {
    plan.add({ resource, operation: 'create', after: `copy of ${pair.active.ref.name}'s model in pool ${colour.poolName}, image ${image.version}, ${capacity} instance(s)`, why: `the ${colour.colour} colour does not exist yet${note}` });
    return;
  }
  let now = info.capacity;
  if (!sameId(info.imageId, image.id)) {
    if (now > 0) plan.add({ resource, operation: 'scale', before: `${now}`, after: '0 instance(s)', why: `scale in before re-pointing the model, so every instance boots on ${image.version}` });
    plan.add({ resource, operation: 'update', before: `image ${versionOf(info) ?? info.imageDescription}`, after: image.version, why: `the idle ${colour.colour} colour gets the release${note}` });
    now = 0;
  }
  if (now !== capacity) plan.add({ resource, operation: 'scale', before: `${now}`, after: `${capacity} instance(s)`, why: `the live colour's capacity (${pair.active.ref.name})` });
  if (sameId(info.imageId, image.id)) {
    const stale = (await ports.scaleSets.listInstances(ref, { signal: ctx.signal })).filter((i) => !onImage(i, image.id));
    if (stale.length > 0) plan.add({ resource: `${stale.length} instance(s) of ${resource}`, operation: 'replace', after: `image ${image.version}`, why: 'they do not run the latest model' });
  }
}

/** switchTo(), described: ONE load balancer write moving the live rule(s) (and the preview rule). */
function switchWrite(pair: PairState, to: ColourState, from: ColourState, why: string): Parameters<Plan['add']>[0] {
  const live = pair.liveRules.map((r) => r.name).join(', ');
  const preview = pair.previewRule;
  return {
    resource: lbResource(pair),
    operation: 'switch',
    before: `live rule(s) ${live} → pool ${from.poolName} (${from.colour})${preview ? `, preview rule ${preview.name} → pool ${to.poolName}` : ''}`,
    after: `live rule(s) ${live} → pool ${to.poolName} (${to.colour})${preview ? `, preview rule ${preview.name} → pool ${from.poolName}` : ''}`,
    why,
  };
}

function retireWrite(ctx: StageContext, retired: ColourState): Parameters<Plan['add']>[0] {
  return {
    resource: `scale set ${retired.ref.name}`,
    operation: 'tag',
    after: `${SCALE_DOWN_AFTER_TAG} ${iso(ctx, ctx.settings.deploy.scaleDownDelayMs)}`,
    why: `the ${retired.colour} colour keeps running for 'scale-down-delay' (instant rollback); clean-up scales it in after that`,
  };
}

/** release(), described: prepare the colour, the checks before the switch, the switch, the live check. */
async function releaseWrites(ctx: StageContext, ports: AzurePorts, pair: PairState, to: ColourState, image: ResolvedImage, note: string, plan: Plan, items: SummaryItem[]): Promise<void> {
  const from = pair.active;
  const capacity = Math.max(1, from.info.capacity);
  await prepareWrites(ctx, ports, pair, to, image, capacity, note, plan);
  const links = await urls(ctx, ports, pair);
  items.push(wouldCheck(`${to.colour} colour (${to.ref.name}): ${capacity} instance(s) on ${image.version}, running and healthy`));
  if (links.preview) items.push(wouldCheck(`preview ${links.preview} (${to.colour}) before the switch`));
  const gates = `once ${to.ref.name} is healthy${links.preview ? ' and its preview answers' : ''}`;
  plan.add(switchWrite(pair, to, from, `one write, ${gates}`));
  if (links.live) items.push(wouldCheck(`live ${links.live} after the switch (switched back at once if it fails)`));
}

export async function planDeploy(ctx: StageContext, artifact: ReleaseArtifact, record: ReleaseRecord): Promise<PlanOutcome> {
  const ports = await ctx.azure();
  const opt = { signal: ctx.signal };
  const pair = await observePair(ctx, ports, opt);
  checkGalleryImage(pair.active.info);
  const image = await imageForPlan(ctx, ports.scaleSets, pair.active.info, artifact, opt);
  const from = pair.active;
  const previous = versionOf(from.info);
  const links = await urls(ctx, ports, pair);
  const base = { imageId: image.id, imageVersion: image.version };
  const plan = new Plan();
  const lb = lbResource(pair);
  if (sameId(from.info.imageId, image.id)) {
    if (isFailed(pair)) plan.add({ resource: lb, operation: 'update', after: 'its rules as they stand', why: 'its last write ended in provisioning state Failed' });
    const stale = (await ports.scaleSets.listInstances(from.ref, opt)).filter((i) => !onImage(i, image.id));
    if (stale.length === 0) {
      if (record.current !== image.version || record.target) {
        plan.add(catchUpWrite(lb, record, image.version, record.current !== image.version ? record.current : record.previous));
        if (record.target === image.version && pair.idle.info) plan.add(retireWrite(ctx, pair.idle));
      }
      return {
        writes: plan.writes,
        items: [{ kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}) already serves ${image.version}: nothing to switch` }],
        outputs: { ...base, activeSlot: from.colour, previousSlot: pair.idle.colour, previewUrl: links.preview, previousImageVersion: record.current === image.version ? record.previous : record.current, upgradedInstances: 0, deployUnchanged: plan.size === 0 },
        message: `plan: the ${from.colour} colour already serves ${image.version} (${countWrites(plan.size)})`,
      };
    }
  }
  const to = pair.idle;
  const items: SummaryItem[] = [
    { kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}, ${previous ?? from.info.imageDescription}) is live on load balancer ${pair.lb.name}; ${to.colour} (${to.ref.name}) would get ${image.version}` },
  ];
  plan.add(intentWrite(lb, image.version));
  await releaseWrites(ctx, ports, pair, to, image, plannedNote(image), plan, items);
  plan.add(liveWrite(lb, record, { current: image.version, previous, extra: `active-slot ${to.colour}` }));
  plan.add(retireWrite(ctx, from));
  return {
    writes: plan.writes,
    items,
    outputs: { ...base, activeSlot: to.colour, previousSlot: from.colour, previewUrl: links.preview, previousImageVersion: previous, upgradedInstances: Math.max(1, from.info.capacity) },
    message: `plan: ${image.version} would go live on the ${to.colour} colour (${to.ref.name}) (${countWrites(plan.size)}, none made)`,
  };
}

export async function planRollbackWrites(ctx: StageContext, rollback: RollbackPlan): Promise<PlanOutcome> {
  const ports = await ctx.azure();
  const pair = await observePair(ctx, ports, { signal: ctx.signal });
  const { toColour, image } = rollbackTarget(rollback);
  const record = recordFromTags(pair.lb.tags);
  const fromVersion = versionOf(pair.active.info);
  const lb = lbResource(pair);
  const plan = new Plan();
  if (pair.active.colour === toColour && sameId(pair.active.info.imageId, image.id)) {
    if (record.target) plan.add(catchUpWrite(lb, record, image.version, record.previous));
    return {
      writes: plan.writes,
      items: [{ kind: 'fact', label: 'blue-green', value: `${toColour} (${pair.active.ref.name}) serves ${image.version}: live traffic is there, nothing to switch` }],
      outputs: { activeSlot: toColour, previousSlot: pair.idle.colour, imageVersion: image.version, imageId: image.id, rolledBack: false },
      message: `plan: ${image.version} is live on the ${toColour} colour; nothing to switch (${countWrites(plan.size)})`,
    };
  }
  if (pair.active.colour === toColour) {
    throw new EngineError('terminal', `the rollback plan returns to the ${toColour} colour, which is live already but runs ${fromVersion ?? pair.active.info.imageDescription}, not ${image.version}; roll back with 'to-version' instead`);
  }
  plan.add(intentWrite(lb, image.version, 'rolling-back'));
  const target = pair.idle;
  const items: SummaryItem[] = [{ kind: 'fact', label: 'rollback', value: rollback.description }];
  if (target.info && sameId(target.info.imageId, image.id) && target.info.capacity > 0) {
    items.push(wouldCheck(`${target.colour} colour (${target.ref.name}): ${target.info.capacity} instance(s) on ${image.version}, running and healthy`));
    plan.add(switchWrite(pair, target, pair.active, `one write back to the colour still up (scale-down-delay), once it is healthy`));
  } else {
    items.push({ kind: 'fact', label: `${target.colour} colour`, value: `${target.ref.name} does not run ${image.version} (any more): it would be brought up first` });
    await releaseWrites(ctx, ports, pair, target, image, '', plan, items);
  }
  plan.add(liveWrite(lb, record, { current: image.version, previous: fromVersion ?? record.current, state: 'rolled-back', extra: `active-slot ${target.colour}` }));
  plan.add(retireWrite(ctx, pair.active));
  return {
    writes: plan.writes,
    items,
    outputs: { rolledBack: true, activeSlot: target.colour, previousSlot: pair.active.colour, imageVersion: image.version, imageId: image.id, previousImageVersion: fromVersion },
    message: `plan: ${rollback.description} (${countWrites(plan.size)}, none made)`,
  };
}
