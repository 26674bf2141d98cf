/**
 * Where rolling keeps its release record (and the deploy lock its lease): the scale set's tags —
 * unless a template deploys the scale set. A template deployment rewrites the tags of every
 * resource it declares (ARM applies the template's tags, or none, on each deployment), so the
 * record and the lease live on the resource group then (docs/decisions/0007-template-deployments.md).
 */
import type { AzurePorts } from '../../azure/ports.js';
import type { DeployCallOptions, ScaleSetInfo } from '../../azure/scale-set-port.js';
import type { LeaseTarget } from '../../azure/lease-port.js';
import type { DeploySettings } from '../../settings/types.js';
import type { StageContext } from '../../stages/stage.js';
import { recordFromTags } from '../record.js';
import type { ReleaseRecord } from '../strategy.js';

/** The lease's and the record's resource for the inputs. */
export function recordHolder(d: DeploySettings, resourceGroup: string): LeaseTarget | undefined {
  if (!d.scaleSet) return undefined;
  if (d.template) return { kind: 'resource-group', resourceGroup, name: resourceGroup };
  return { kind: 'scale-set', resourceGroup, name: d.scaleSet };
}

/** The resource id whose tags hold the record: the scale set's, or its resource group's. */
export function recordIdOf(ctx: StageContext, info: ScaleSetInfo): string {
  return ctx.settings.deploy.template ? groupIdOf(info.id) : info.id;
}

/** The record as the holder's tags say it (the scale set's tags are already in `info`). */
export async function readRecord(
  ctx: StageContext,
  ports: AzurePorts,
  info: ScaleSetInfo,
  options: DeployCallOptions,
): Promise<ReleaseRecord> {
  if (!ctx.settings.deploy.template) return recordFromTags(info.tags);
  const group = groupIdOf(info.id).split('/').pop()!;
  const state = await ports.leases.read({ kind: 'resource-group', resourceGroup: group, name: group }, options);
  return recordFromTags(state?.tags ?? {});
}

/** The record's resource in words, as the planned writes name it ('scale set web', 'resource group rg'). */
export function recordResource(t: { ctx: StageContext; ref: { resourceGroup: string }; resource: string }): string {
  return t.ctx.settings.deploy.template ? `resource group ${t.ref.resourceGroup}` : t.resource;
}

/** '/subscriptions/…/resourceGroups/rg' of a resource id. */
export const groupIdOf = (id: string): string => /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+/i.exec(id)?.[0] ?? id;
