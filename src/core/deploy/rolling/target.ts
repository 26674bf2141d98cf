/**
 * The rolling strategy's target: the scale set named in the inputs, read and checked before any
 * write (the image to roll out is resolved in ../gallery-image.ts). Every problem here
 * is an EngineError of kind 'input' naming the input, the bad value and what is expected.
 */
import { EngineError } from '../../errors.js';
import type {
  DeployCallOptions,
  InstanceInfo,
  ScaleSetInfo,
  ScaleSetPort,
  ScaleSetRef,
} from '../../azure/scale-set-port.js';
import type { Settings } from '../../settings/types.js';
import type { ReleaseRecord } from '../strategy.js';
import {
  isGalleryVersionId,
  onImage,
  sameId,
  siblingVersionId,
  versionOfId,
  type ResolvedImage,
} from '../gallery-image.js';

export {
  checkImageUsable,
  isGalleryVersionId,
  onImage,
  resolveImage,
  sameId,
  siblingVersionId,
  versionOfId,
  type ResolvedImage,
} from '../gallery-image.js';

/**
 * The instances a rollout to `imageId` still has to replace. When the rollout first points the
 * model at `imageId` (`modelMoves`), an instance already running that image is on the latest model
 * once the write lands: only the instances on another image are left.
 */
export function staleInstances(
  instances: readonly InstanceInfo[],
  imageId: string,
  modelMoves: boolean,
): InstanceInfo[] {
  return instances.filter((i) => (modelMoves ? !sameId(i.imageId, imageId) : !onImage(i, imageId)));
}

export function scaleSetRef(settings: Settings): ScaleSetRef {
  const name = settings.deploy.scaleSet;
  const resourceGroup = settings.deploy.resourceGroup ?? settings.resourceGroup;
  if (!name)
    throw new EngineError(
      'input',
      "input 'scale-set': is required for the rolling strategy; expected the scale set's name",
    );
  if (!resourceGroup)
    throw new EngineError(
      'input',
      "input 'resource-group': is required for the rolling strategy; expected the scale set's resource group",
    );
  return { resourceGroup, name };
}

/** Reads the scale set and checks the rolling strategy can work on it. */
export async function readTarget(
  port: ScaleSetPort,
  ref: ScaleSetRef,
  options: DeployCallOptions,
): Promise<ScaleSetInfo> {
  const info = await port.get(ref, options);
  if (!info) {
    throw new EngineError(
      'input',
      `input 'scale-set': scale set '${ref.name}' was not found in resource group '${ref.resourceGroup}'; expected an existing Virtual Machine Scale Set`,
    );
  }
  if (!isGalleryVersionId(info.imageId)) {
    throw new EngineError(
      'input',
      `input 'scale-set': scale set '${ref.name}' runs '${info.imageDescription}', not a gallery image version; the rolling strategy replaces one Azure Compute Gallery image version with another (expected imageReference.id …/galleries/<gallery>/images/<definition>/versions/<version>)`,
    );
  }
  return info;
}

/** What the scale set ran before: the model's image, or (a re-run, model already moved) the instances' / the record's. */
export function previousImage(
  info: ScaleSetInfo,
  instances: readonly InstanceInfo[],
  target: ResolvedImage,
  record: ReleaseRecord,
): ResolvedImage | undefined {
  if (info.imageId && !sameId(info.imageId, target.id)) return { id: info.imageId, version: versionOfId(info.imageId) };
  const other = instances.find((i) => i.imageId && !sameId(i.imageId, target.id))?.imageId;
  if (other) return { id: other, version: versionOfId(other) };
  const recorded = record.current && record.current !== target.version ? record.current : record.previous;
  return recorded ? { id: siblingVersionId(target.id, recorded), version: recorded } : undefined;
}
