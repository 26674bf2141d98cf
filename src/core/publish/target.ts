/**
 * Where a version goes: the gallery, the image definition and the target regions, checked against
 * what Azure holds before anything is written.
 */
import type {
  CallOptions,
  GalleryImageRef,
  GalleryInfo,
  GalleryPort,
  ImageDefinitionInfo,
} from '../azure/image-ports.js';
import { EngineError } from '../errors.js';
import type { Logger } from '../ports.js';
import type { PublishSettings, Settings, TargetRegion } from '../settings/types.js';

export function galleryRef(settings: Settings, forWhat: string): GalleryImageRef {
  const { galleryName, imageDefinition, galleryResourceGroup } = settings.publish;
  const missing = [
    !galleryName && "'gallery-name'",
    !imageDefinition && "'image-definition'",
    !galleryResourceGroup && "'gallery-resource-group' (or 'resource-group')",
  ].filter(Boolean);
  if (missing.length > 0) throw new EngineError('input', `${forWhat} needs ${missing.join(', ')}`);
  return { resourceGroup: galleryResourceGroup!, gallery: galleryName!, definition: imageDefinition! };
}

export const describeRef = (ref: GalleryImageRef) =>
  `${ref.gallery}/${ref.definition} (resource group ${ref.resourceGroup})`;

export interface ObservedTarget {
  readonly gallery: GalleryInfo;
  /** Undefined when the definition does not exist yet and 'create-image-definition' asks for it. */
  readonly definition?: ImageDefinitionInfo;
}

/** Reads the gallery and the definition; a missing one is a clear 'input' error unless it may be created. */
export async function observeTarget(
  gallery: GalleryPort,
  ref: GalleryImageRef,
  publish: PublishSettings,
  options: CallOptions,
): Promise<ObservedTarget> {
  const found = await gallery.getGallery(ref.resourceGroup, ref.gallery, options);
  if (!found)
    throw new EngineError(
      'input',
      `the gallery '${ref.gallery}' does not exist in resource group '${ref.resourceGroup}' (input 'gallery-name'); create it first`,
    );
  const definition = await gallery.findDefinition(ref, options);
  if (!definition && !publish.createDefinition) {
    throw new EngineError(
      'input',
      `the image definition '${ref.definition}' does not exist in gallery '${ref.gallery}' (input 'image-definition'); create it, or set 'create-image-definition: true' with os-type, hyper-v-generation, image-publisher, image-offer and image-sku`,
    );
  }
  return { gallery: found, definition };
}

/** Creates the definition when it is missing and asked for (a write: call after every check passed). */
export async function ensureDefinition(
  gallery: GalleryPort,
  ref: GalleryImageRef,
  target: ObservedTarget,
  publish: PublishSettings,
  log: Logger,
  options: CallOptions,
): Promise<ImageDefinitionInfo> {
  if (target.definition) return target.definition;
  const spec = publish.createDefinition!;
  // Re-observe before acting: another run may have created it meanwhile.
  const again = await gallery.findDefinition(ref, options);
  if (again) return again;
  log.info(
    `creating image definition ${describeRef(ref)}: ${spec.osType}, ${spec.hyperVGeneration}, ${spec.publisher}/${spec.offer}/${spec.sku}`,
  );
  return gallery.createDefinition(ref, { location: target.gallery.location, ...spec }, options);
}

/** The regions to replicate to; the gallery's own region must be among them (Azure requires it). */
export function resolveRegions(publish: PublishSettings, galleryLocation: string): TargetRegion[] {
  const home = normalize(galleryLocation);
  if (publish.targetRegions.length === 0)
    return [{ name: home, replicas: publish.replicaCount, storageAccountType: publish.storageAccountType }];
  if (!publish.targetRegions.some((r) => normalize(r.name) === home)) {
    const listed = publish.targetRegions.map((r) => r.name).join(', ');
    throw new EngineError(
      'input',
      `input 'target-regions' (${listed}) must include the gallery's region '${home}': Azure keeps every version in its gallery's region`,
    );
  }
  return [...publish.targetRegions];
}

export const normalize = (region: string) => region.toLowerCase().replace(/\s+/g, '');
