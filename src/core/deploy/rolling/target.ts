/**
 * The rolling strategy's target: the scale set named in the inputs, read and checked before any
 * write, and the gallery image version to roll out (resolved and checked too). Every problem here
 * is an EngineError of kind 'input' naming the input, the bad value and what is expected.
 */
import { EngineError } from '../../errors.js';
import type { DeployCallOptions, InstanceInfo, ScaleSetInfo, ScaleSetPort, ScaleSetRef } from '../../azure/scale-set-port.js';
import type { Settings } from '../../settings/types.js';
import type { ReleaseArtifact, ReleaseRecord } from '../strategy.js';

const VERSION_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/([^/]+)$/i;

export const isGalleryVersionId = (id: string | undefined): id is string => !!id && VERSION_ID.test(id);
export const versionOfId = (id: string): string => VERSION_ID.exec(id)?.[2] ?? id.split('/').at(-1) ?? id;
export const sameId = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The instance runs `imageId` and is on the latest model (nothing left to replace). */
export const onImage = (i: InstanceInfo, imageId: string): boolean => sameId(i.imageId, imageId) && i.latestModelApplied;

/**
 * The instances a rollout to `imageId` still has to replace. When the rollout first points the
 * model at `imageId` (`modelMoves`), an instance already running that image is on the latest model
 * once the write lands: only the instances on another image are left.
 */
export function staleInstances(instances: readonly InstanceInfo[], imageId: string, modelMoves: boolean): InstanceInfo[] {
  return instances.filter((i) => (modelMoves ? !sameId(i.imageId, imageId) : !onImage(i, imageId)));
}

export function scaleSetRef(settings: Settings): ScaleSetRef {
  const name = settings.deploy.scaleSet;
  const resourceGroup = settings.deploy.resourceGroup ?? settings.resourceGroup;
  if (!name) throw new EngineError('input', "input 'scale-set': is required for the rolling strategy; expected the scale set's name");
  if (!resourceGroup) throw new EngineError('input', "input 'resource-group': is required for the rolling strategy; expected the scale set's resource group");
  return { resourceGroup, name };
}

/** Reads the scale set and checks the rolling strategy can work on it. */
export async function readTarget(port: ScaleSetPort, ref: ScaleSetRef, options: DeployCallOptions): Promise<ScaleSetInfo> {
  const info = await port.get(ref, options);
  if (!info) {
    throw new EngineError('input', `input 'scale-set': scale set '${ref.name}' was not found in resource group '${ref.resourceGroup}'; expected an existing Virtual Machine Scale Set`);
  }
  if (!isGalleryVersionId(info.imageId)) {
    throw new EngineError(
      'input',
      `input 'scale-set': scale set '${ref.name}' runs '${info.imageDescription}', not a gallery image version; the rolling strategy replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`,
    );
  }
  return info;
}

export interface ResolvedImage {
  readonly id: string;
  readonly version: string;
}

/** The image version id to deploy: from the artifact (publish output / image-id), or an explicit image-version in the gallery. */
export async function resolveImage(port: ScaleSetPort, settings: Settings, info: ScaleSetInfo, artifact: ReleaseArtifact, options: DeployCallOptions): Promise<ResolvedImage> {
  let id = artifact.imageId;
  let input = "'image-id'";
  if (!id && artifact.imageVersion) {
    const { galleryName, imageDefinition, galleryResourceGroup } = settings.publish;
    if (!galleryName || !imageDefinition || !galleryResourceGroup) {
      throw new EngineError('input', `input 'image-version': '${artifact.imageVersion}' needs 'gallery-name' and 'image-definition' (and 'gallery-resource-group' or 'resource-group') to find the version`);
    }
    const sub = VERSION_ID.exec(info.imageId ?? '')?.[1] ?? info.id.split('/')[2];
    id = `/subscriptions/${sub}/resourceGroups/${galleryResourceGroup}/providers/Microsoft.Compute/galleries/${galleryName}/images/${imageDefinition}/versions/${artifact.imageVersion}`;
    input = "'image-version'";
  }
  if (!id) throw new EngineError('input', "input 'image-id': is required to deploy without a publish stage in the same run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')");
  if (!isGalleryVersionId(id)) {
    throw new EngineError('input', `input ${input}: '${id}' is not a gallery image version resource id; expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<Major.Minor.Patch>`);
  }
  return checkImageUsable(port, info, id, input, options);
}

/** The version exists, succeeded, and is replicated to the scale set's region (else Azure would refuse the model). */
export async function checkImageUsable(port: ScaleSetPort, info: ScaleSetInfo, id: string, input: string, options: DeployCallOptions): Promise<ResolvedImage> {
  const version = await port.getImageVersion(id, options);
  if (!version) throw new EngineError('input', `input ${input}: gallery image version '${versionOfId(id)}' was not found (${id}); expected a published version`);
  if (version.provisioningState && !/^succeeded$/i.test(version.provisioningState)) {
    throw new EngineError('input', `input ${input}: gallery image version '${version.version}' is ${version.provisioningState}; expected a version whose publishing succeeded`);
  }
  if (version.regions.length > 0 && !version.regions.includes(info.location)) {
    throw new EngineError('input', `input ${input}: gallery image version '${version.version}' is not replicated to ${info.location}, the region of scale set '${info.name}' (it is in ${version.regions.join(', ')}); expected a target region '${info.location}' when publishing`);
  }
  return { id: version.id, version: version.version };
}

/** The image id of `version` in the same gallery image definition as `currentId`. */
export function siblingVersionId(currentId: string, version: string): string {
  return currentId.replace(/\/versions\/[^/]+$/i, `/versions/${version}`);
}

/** What the scale set ran before: the model's image, or (a re-run, model already moved) the instances' / the record's. */
export function previousImage(info: ScaleSetInfo, instances: readonly InstanceInfo[], target: ResolvedImage, record: ReleaseRecord): ResolvedImage | undefined {
  if (info.imageId && !sameId(info.imageId, target.id)) return { id: info.imageId, version: versionOfId(info.imageId) };
  const other = instances.find((i) => i.imageId && !sameId(i.imageId, target.id))?.imageId;
  if (other) return { id: other, version: versionOfId(other) };
  const recorded = record.current && record.current !== target.version ? record.current : record.previous;
  return recorded ? { id: siblingVersionId(target.id, recorded), version: recorded } : undefined;
}
