/**
 * The base image as actually resolved (never `latest`), for the bake key: a marketplace URN with
 * its concrete version, or a gallery image version id / managed image id.
 */
import type { CallOptions, ImageBuilderSource, ImagePorts } from '../azure/image-ports.js';
import { EngineError } from '../errors.js';
import { highestVersion } from '../publish/version.js';

export interface ParsedSource {
  readonly kind: 'marketplace' | 'managed-image' | 'gallery-version';
  readonly text: string;
}

const URN = /^([^:\s]+):([^:\s]+):([^:\s]+):([^:\s]+)$/;
const GALLERY_VERSION =
  /^(\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+))\/versions\/([^/]+)$/i;
const MANAGED_IMAGE = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/images\/[^/]+$/i;

export function parseSource(text: string, input: string): ParsedSource {
  const t = text.trim();
  if (URN.test(t)) return { kind: 'marketplace', text: t };
  if (GALLERY_VERSION.test(t)) return { kind: 'gallery-version', text: t };
  if (MANAGED_IMAGE.test(t)) return { kind: 'managed-image', text: t };
  throw new EngineError(
    'input',
    `input '${input}': '${t}' is not a base image; expected 'publisher:offer:sku:version', a managed image id or a gallery image version id`,
  );
}

const isLatest = (v: string) => v.toLowerCase() === 'latest';

/** Resolves `latest` to the concrete version Azure would pick now. Reads only. */
export async function resolveBaseImage(
  source: ParsedSource,
  ports: ImagePorts,
  location: string | undefined,
  input: string,
  options: CallOptions,
): Promise<string> {
  if (source.kind === 'marketplace') {
    const [, publisher, offer, sku, version] = URN.exec(source.text)!;
    if (!isLatest(version!)) return source.text;
    if (!location)
      throw new EngineError(
        'input',
        `input '${input}': resolving '${source.text}' needs a region; set 'gallery-name' (its region is used)`,
      );
    const resolved = await ports.marketplace.resolveVersion(
      { publisher: publisher!, offer: offer!, sku: sku! },
      location,
      options,
    );
    if (!resolved)
      throw new EngineError(
        'input',
        `input '${input}': the marketplace image ${publisher}:${offer}:${sku} has no version in '${location}'`,
      );
    return `${publisher}:${offer}:${sku}:${resolved}`;
  }
  if (source.kind === 'gallery-version') {
    const [, definitionId, resourceGroup, gallery, definition, version] = GALLERY_VERSION.exec(source.text)!;
    if (!isLatest(version!)) return source.text;
    const versions = await ports.gallery.listVersions(
      { resourceGroup: resourceGroup!, gallery: gallery!, definition: definition! },
      options,
    );
    const eligible = versions
      .filter((v) => !v.excludeFromLatest && (v.provisioningState ?? 'Succeeded') === 'Succeeded')
      .map((v) => v.name);
    const latest = highestVersion(eligible);
    if (!latest)
      throw new EngineError(
        'input',
        `input '${input}': the gallery image ${gallery}/${definition} has no version to use as 'latest'`,
      );
    return `${definitionId}/versions/${latest}`;
  }
  return source.text;
}

/** The Image Builder source for a resolved base image. */
export function imageBuilderSource(resolved: string): ImageBuilderSource {
  const urn = URN.exec(resolved);
  if (urn) return { type: 'PlatformImage', publisher: urn[1]!, offer: urn[2]!, sku: urn[3]!, version: urn[4]! };
  if (GALLERY_VERSION.test(resolved)) return { type: 'SharedImageVersion', imageVersionId: resolved };
  return { type: 'ManagedImage', imageId: resolved };
}
