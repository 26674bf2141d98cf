/**
 * Gallery image versions as the scale-set strategies use them: ids and their version names, which
 * instances run an image, and the version to deploy — resolved and checked (exists, succeeded,
 * replicated to the scale set's region) before any write. Every problem is an EngineError of kind
 * 'input' naming the input, the bad value and what is expected.
 */
import type { DeployCallOptions, InstanceInfo, ScaleSetInfo, ScaleSetPort } from '../azure/scale-set-port.js';
import { EngineError } from '../errors.js';
import type { ReleaseArtifact } from '../model.js';
import type { Settings } from '../settings/types.js';

const VERSION_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/([^/]+)$/i;

export const isGalleryVersionId = (id: string | undefined): id is string => !!id && VERSION_ID.test(id);

export const versionOfId = (id: string): string => VERSION_ID.exec(id)?.[2] ?? id.split('/').at(-1) ?? id;

export const sameId = (a: string | undefined, b: string | undefined): boolean =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The instance runs `imageId` and is on the latest model (nothing left to replace). */
export const onImage = (i: InstanceInfo, imageId: string): boolean =>
  sameId(i.imageId, imageId) && i.latestModelApplied;

export interface ResolvedImage {
  readonly id: string;
  readonly version: string;
}

/** The image version id to deploy: from the artifact (publish output / image-id), or an explicit image-version in the gallery. */
export async function resolveImage(
  port: ScaleSetPort,
  settings: Settings,
  info: ScaleSetInfo,
  artifact: ReleaseArtifact,
  options: DeployCallOptions,
): Promise<ResolvedImage> {
  let id = artifact.imageId;
  let input = "'image-id'";
  if (!id && artifact.imageVersion) {
    const { galleryName, imageDefinition, galleryResourceGroup } = settings.publish;
    if (!galleryName || !imageDefinition || !galleryResourceGroup) {
      throw new EngineError(
        'input',
        `input 'image-version': '${artifact.imageVersion}' needs 'gallery-name' and 'image-definition' (and 'gallery-resource-group' or 'resource-group') to find the version`,
      );
    }
    const sub = VERSION_ID.exec(info.imageId ?? '')?.[1] ?? info.id.split('/')[2];
    id = `/subscriptions/${sub}/resourceGroups/${galleryResourceGroup}/providers/Microsoft.Compute/galleries/${galleryName}/images/${imageDefinition}/versions/${artifact.imageVersion}`;
    input = "'image-version'";
  }
  if (!id)
    throw new EngineError(
      'input',
      "input 'image-id': is required to deploy without a publish stage in the same run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')",
    );
  if (!isGalleryVersionId(id)) {
    throw new EngineError(
      'input',
      `input ${input}: '${id}' is not a gallery image version resource id; expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition>/versions/<Major.Minor.Patch>`,
    );
  }
  return checkImageUsable(port, info, id, input, options);
}

/** The version exists, succeeded, and is replicated to the scale set's region (else Azure would refuse the model). */
export async function checkImageUsable(
  port: ScaleSetPort,
  info: ScaleSetInfo,
  id: string,
  input: string,
  options: DeployCallOptions,
): Promise<ResolvedImage> {
  const version = await port.getImageVersion(id, options);
  if (!version)
    throw new EngineError(
      'input',
      `input ${input}: gallery image version '${versionOfId(id)}' was not found (${id}); expected a published version`,
    );
  if (version.provisioningState && !/^succeeded$/i.test(version.provisioningState)) {
    throw new EngineError(
      'input',
      `input ${input}: gallery image version '${version.version}' is ${version.provisioningState}; expected a version whose publishing succeeded`,
    );
  }
  if (version.regions.length > 0 && !version.regions.includes(info.location)) {
    throw new EngineError(
      'input',
      `input ${input}: gallery image version '${version.version}' is not replicated to ${info.location}, the region of scale set '${info.name}' (it is in ${version.regions.join(', ')}); expected a target region '${info.location}' when publishing`,
    );
  }
  return { id: version.id, version: version.version };
}

/** The image id of `version` in the same gallery image definition as `currentId`. */
export function siblingVersionId(currentId: string, version: string): string {
  return currentId.replace(/\/versions\/[^/]+$/i, `/versions/${version}`);
}
