import type { PackerArtifact } from './machine-readable.js';

/** Builder id of azure-arm (and azure-dtl) artifacts. */
export const AZURE_ARM_BUILDER_ID = 'Azure.ResourceManagement.VMImage';

export interface AzureImageArtifact {
  /** The build that produced it, e.g. `azure-arm.ubuntu`. */
  target: string;
  /** `/subscriptions/…/resourceGroups/…/providers/Microsoft.Compute/images/<name>`. */
  managedImageId?: string;
  /** `/subscriptions/…/providers/Microsoft.Compute/galleries/<g>/images/<i>/versions/<v>` when the template publishes to a gallery. */
  galleryImageVersionId?: string;
  /** The artifact's `id` as Packer printed it. */
  artifactId?: string;
  osType?: string;
  location?: string;
  /** Every `Key: value` line of the artifact's string, e.g. `SharedImageGalleryReplicatedRegions`. */
  properties: Record<string, string>;
}

const MANAGED_IMAGE_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/images\/[^/]+$/i;
const GALLERY_VERSION_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/galleries\/[^/]+\/images\/[^/]+\/versions\/[^/]+$/i;

/**
 * The azure-arm artifact string (packer-plugin-azure builder/azure/arm/artifact.go String()):
 *   Azure.ResourceManagement.VMImage:\n\nOSType: Linux\nManagedImageResourceGroupName: …\n
 *   ManagedImageName: …\nManagedImageId: …\nManagedImageLocation: …\n
 *   [ManagedImageSharedImageGalleryId: …\nSharedImageGalleryResourceGroup: …\n …]
 */
export function parseArtifactProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z][A-Za-z0-9 ()-]*?):\s+(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) properties[match[1]] = match[2].trim();
  }
  return properties;
}

/**
 * Reads the image ids out of one azure-arm artifact. The `string` lines are preferred, since
 * the artifact `id` is the OS disk URI when `keep_os_disk` is set and the gallery version id
 * when only a gallery image was built; the `id` is the fallback when it has a recognisable shape.
 */
export function toAzureImageArtifact(artifact: PackerArtifact): AzureImageArtifact {
  const properties = parseArtifactProperties(artifact.string ?? '');
  const id = artifact.id?.trim();
  const pick = (fromString: string | undefined, pattern: RegExp): string | undefined =>
    fromString && pattern.test(fromString) ? fromString : id && pattern.test(id) ? id : undefined;
  const result: AzureImageArtifact = { target: artifact.target, properties };
  const managedImageId = pick(properties.ManagedImageId, MANAGED_IMAGE_ID);
  const galleryImageVersionId = pick(properties.ManagedImageSharedImageGalleryId, GALLERY_VERSION_ID);
  if (managedImageId) result.managedImageId = managedImageId;
  if (galleryImageVersionId) result.galleryImageVersionId = galleryImageVersionId;
  if (id) result.artifactId = id;
  if (properties.OSType) result.osType = properties.OSType;
  const location = properties.ManagedImageLocation ?? properties.StorageAccountLocation;
  if (location) result.location = location;
  return result;
}

export function isAzureArmArtifact(artifact: PackerArtifact): boolean {
  return !artifact.nil && artifact.builderId === AZURE_ARM_BUILDER_ID;
}

/** The Azure images among a build's artifacts (VHD-only artifacts have neither id and are left out). */
export function azureImagesFrom(artifacts: readonly PackerArtifact[]): AzureImageArtifact[] {
  return artifacts
    .filter(isAzureArmArtifact)
    .map(toAzureImageArtifact)
    .filter((image) => image.managedImageId !== undefined || image.galleryImageVersionId !== undefined);
}
