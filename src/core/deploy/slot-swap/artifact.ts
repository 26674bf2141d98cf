/** What a slot runs, in words and as a version label, without ever showing a package URL's secret query. */
import type { SlotArtifact, SlotInfo } from '../../azure/app-service-port.js';

/** `reg.io/web:1.4.2` → '1.4.2'; `reg.io/web@sha256:abcd…` → 'sha256:abcdef012345'; a package URL → its file name without '.zip'. */
export function versionOf(artifact: SlotArtifact): string {
  if (artifact.containerImage !== undefined) {
    const image = artifact.containerImage;
    const digest = /@(sha256:[a-f0-9]{12})/i.exec(image)?.[1];
    if (digest) return digest;
    const lastSlash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    return colon > lastSlash ? image.slice(colon + 1) : image;
  }
  return packageName(artifact.packageUrl);
}

/** A package URL's file name without '.zip' and without the query (which may be a SAS token). */
export function packageName(url: string): string {
  const path = url.split('?')[0]!;
  return (path.split('/').filter(Boolean).at(-1) ?? 'package').replace(/\.zip$/i, '');
}

/** For messages: the image reference, or 'package <name>'. */
export function describe(artifact: SlotArtifact | undefined): string {
  if (!artifact) return 'nothing';
  return artifact.containerImage !== undefined
    ? artifact.containerImage
    : `package ${packageName(artifact.packageUrl)}`;
}

/** The artifact a slot runs now: run-from-package wins over the container image, as on App Service. */
export function artifactOf(slot: SlotInfo): SlotArtifact | undefined {
  if (slot.runFromPackage) return { packageUrl: slot.runFromPackage };
  const fx = slot.linuxFxVersion;
  if (fx && /^DOCKER\|/i.test(fx)) return { containerImage: fx.slice(fx.indexOf('|') + 1) };
  return undefined;
}

export function sameArtifact(a: SlotArtifact | undefined, b: SlotArtifact | undefined): boolean {
  if (!a || !b) return false;
  if (a.containerImage !== undefined) return a.containerImage.toLowerCase() === b.containerImage?.toLowerCase();
  return a.packageUrl === b.packageUrl;
}

/** `to-version` for a container image: a full reference as given, a bare tag applied to `like`'s repository. */
export function imageForVersion(version: string, like: string | undefined): string | undefined {
  if (version.includes('/') || (version.includes(':') && !version.startsWith('sha256:'))) return version;
  if (!like) return undefined;
  const repo = like.split('@')[0]!;
  const lastSlash = repo.lastIndexOf('/');
  const colon = repo.lastIndexOf(':');
  const bare = colon > lastSlash ? repo.slice(0, colon) : repo;
  return version.startsWith('sha256:') ? `${bare}@${version}` : `${bare}:${version}`;
}
