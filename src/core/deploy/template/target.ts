/**
 * The template strategy's target: the resource group the template deploys to. Its lease and release
 * record are tags on the group itself (a template deployment rewrites the tags of every resource it
 * declares, never the group's: docs/decisions/0007-template-deployments.md). The image to deploy
 * is a gallery image version, resolved and checked before any write.
 */
import type { AzurePorts } from '../../azure/ports.js';
import type { DeployCallOptions } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { ReleaseArtifact, ReleaseRecord } from '../../model.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { StageContext } from '../../stages/stage.js';
import { isGalleryVersionId, siblingVersionId, versionOfId, type ResolvedImage } from '../gallery-image.js';
import { recordFromTags } from '../record.js';
import { isOurs } from './deployment-name.js';
import { holderOf } from './holder.js';

export interface TemplateTarget {
  readonly ctx: StageContext;
  readonly ex: RolloutExecutor;
  readonly ports: AzurePorts;
  readonly resourceGroup: string;
  /** The group's resource id, whose tags hold the record. */
  readonly groupId: string;
  /** The target in words, as the planned writes name it ('resource group rg-web'). */
  readonly resource: string;
}

export function resourceGroupOf(ctx: StageContext): string {
  const rg = ctx.settings.deploy.resourceGroup ?? ctx.settings.resourceGroup;
  if (!rg)
    throw new EngineError('input', "input 'resource-group': is required; expected the group the template deploys to");
  return rg;
}

/** A rollout on the group of the inputs, on an executor of its own (`planning`: plan mode). */
export async function openTemplate(ctx: StageContext, planning?: boolean): Promise<TemplateTarget> {
  const ports = await ctx.azure();
  const resourceGroup = resourceGroupOf(ctx);
  const ex = executorFor(ctx, { retryBaseMs: ports.deployments.pollIntervalMs, ...(planning ? { planning } : {}) });
  const groupId = ports.deployments.resourceGroupId(resourceGroup);
  return { ctx, ex, ports, resourceGroup, groupId, resource: `resource group ${resourceGroup}` };
}

/** The release record on the group's tags; an input error when the group does not exist. */
export async function readRecord(
  ctx: StageContext,
  ports: AzurePorts,
  options: DeployCallOptions,
): Promise<ReleaseRecord> {
  const rg = resourceGroupOf(ctx);
  const state = await ports.leases.read(holderOf(rg), options);
  if (!state) {
    throw new EngineError(
      'input',
      `input 'resource-group': resource group '${rg}' was not found; expected the existing group the template deploys to`,
    );
  }
  return recordFromTags(state.tags);
}

/** The image id the newest successful deployment of ours passed to the image parameter, if any. */
export async function deployedImage(
  t: TemplateTarget,
  imageParameter: string,
  call: DeployCallOptions,
): Promise<string | undefined> {
  const ours = (await t.ports.deployments.list(t.resourceGroup, call))
    .filter((d) => isOurs(d.name) && /^succeeded$/i.test(d.provisioningState))
    .sort((a, b) => (b.timestamp ?? '').localeCompare(a.timestamp ?? ''));
  for (const d of ours) {
    const key = Object.keys(d.parameters).find((k) => k.toLowerCase() === imageParameter.toLowerCase());
    const value = key ? d.parameters[key] : undefined;
    if (typeof value === 'string' && isGalleryVersionId(value)) return value;
  }
  return undefined;
}

/**
 * The image to deploy: the artifact's id, or an explicit version in the gallery of the inputs (or
 * of the image deployed last). Checked to exist and to have published, unless an earlier stage of
 * this plan would create it.
 */
export async function resolveArtifact(
  t: TemplateTarget,
  artifact: ReleaseArtifact,
  deployed: string | undefined,
  call: DeployCallOptions,
): Promise<ResolvedImage> {
  const id = artifact.imageId ?? (artifact.imageVersion ? versionIdFor(t, artifact.imageVersion, deployed) : undefined);
  if (!id || !isGalleryVersionId(id)) {
    throw new EngineError(
      'input',
      `input 'image-id': ${id ? `'${id}' is not a gallery image version resource id` : 'is required'}; expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<version>`,
    );
  }
  const planned = t.ctx.outputs.plannedImageId;
  if (planned && planned.toLowerCase() === id.toLowerCase())
    return { id, version: artifact.imageVersion ?? versionOfId(id) };
  return checkPublished(t, id, artifact.imageId ? "'image-id'" : "'image-version'", call);
}

/** An explicit version: next to the image deployed last, else in the gallery the inputs name. */
function versionIdFor(t: TemplateTarget, version: string, deployed: string | undefined): string | undefined {
  if (deployed) return siblingVersionId(deployed, version);
  const { galleryName, imageDefinition, galleryResourceGroup } = t.ctx.settings.publish;
  if (!galleryName || !imageDefinition || !galleryResourceGroup) {
    throw new EngineError(
      'input',
      `input 'image-version': '${version}' needs 'gallery-name' and 'image-definition' (or 'image-id') to find the version`,
    );
  }
  const group = t.ports.deployments.resourceGroupId(galleryResourceGroup);
  return `${group}/providers/Microsoft.Compute/galleries/${galleryName}/images/${imageDefinition}/versions/${version}`;
}

export async function checkPublished(
  t: TemplateTarget,
  id: string,
  input: string,
  call: DeployCallOptions,
): Promise<ResolvedImage> {
  const v = await t.ports.scaleSets.getImageVersion(id, call);
  if (!v)
    throw new EngineError(
      'input',
      `input ${input}: gallery image version '${versionOfId(id)}' was not found (${id}); expected a published version`,
    );
  if (v.provisioningState && !/^succeeded$/i.test(v.provisioningState)) {
    throw new EngineError(
      'input',
      `input ${input}: gallery image version '${v.version}' is ${v.provisioningState}; expected a version whose publishing succeeded`,
    );
  }
  return { id: v.id, version: v.version };
}
