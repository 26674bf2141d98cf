/**
 * Plan mode: the image to deploy may be one this plan's publish (or bake) would create. It does
 * not exist, so it is not read: its id and version are the planned ones, and the plan says so.
 */
import type { DeployCallOptions, ScaleSetInfo, ScaleSetPort } from '../azure/scale-set-port.js';
import type { StageContext } from '../stages/stage.js';
import { resolveImage, sameId, versionOfId, type ResolvedImage } from './gallery-image.js';
import type { ReleaseArtifact } from './strategy.js';

export interface PlanImage extends ResolvedImage {
  /** True when an earlier stage of this plan would create it. */
  readonly planned: boolean;
}

export async function imageForPlan(
  ctx: StageContext,
  port: ScaleSetPort,
  info: ScaleSetInfo,
  artifact: ReleaseArtifact,
  options: DeployCallOptions,
): Promise<PlanImage> {
  const planned = ctx.outputs.plannedImageId;
  if (artifact.imageId && planned && sameId(artifact.imageId, planned))
    return { id: artifact.imageId, version: artifact.imageVersion ?? versionOfId(artifact.imageId), planned: true };
  return { ...(await resolveImage(port, ctx.settings, info, artifact, options)), planned: false };
}

/** ' (planned: publish in this run would create it)' for a planned image, '' otherwise. */
export const plannedNote = (image: PlanImage) =>
  image.planned ? ' (planned: an earlier stage of this run would create it)' : '';
