/** Planned writes shared by bake and publish: the image definition, the version and its regions. */
import type { GalleryImageRef, GalleryInfo, ImageDefinitionInfo } from '../azure/image-ports.js';
import type { PublishSettings, TargetRegion } from '../settings/types.js';
import type { PlannedWrite } from './action.js';

/** 'westeurope×1 Standard_LRS, northeurope×2 Standard_ZRS' */
export const describeRegions = (regions: readonly TargetRegion[]) =>
  regions.map((r) => `${r.name}×${r.replicas} ${r.storageAccountType}`).join(', ');

export const versionResource = (ref: GalleryImageRef, version: string) =>
  `gallery image version ${ref.gallery}/${ref.definition} ${version}`;

/** The definition's id, also when it does not exist yet (it would be created under the gallery). */
export function definitionIdOf(
  gallery: GalleryInfo,
  definition: ImageDefinitionInfo | undefined,
  ref: GalleryImageRef,
): string {
  return definition?.id ?? `${gallery.id}/images/${ref.definition}`;
}

/** The definition write, when the definition is missing and 'create-image-definition' asks for it. */
export function definitionWrite(
  ref: GalleryImageRef,
  definition: ImageDefinitionInfo | undefined,
  publish: PublishSettings,
): PlannedWrite | undefined {
  if (definition) return undefined;
  const spec = publish.createDefinition!;
  return {
    resource: `image definition ${ref.gallery}/${ref.definition}`,
    operation: 'create',
    after: `${spec.osType}, ${spec.hyperVGeneration}, ${spec.publisher}/${spec.offer}/${spec.sku}`,
    why: "it does not exist and 'create-image-definition' is set",
  };
}
