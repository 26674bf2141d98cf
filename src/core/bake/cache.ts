/**
 * The bake cache: a published version whose bake-key tag equals this bake's key holds the image
 * this bake would build, so bake and publish are skipped and that version is the output.
 */
import type { GalleryVersionInfo } from '../azure/image-ports.js';
import { TAGS } from '../publish/provenance.js';
import { compareVersions } from '../publish/version.js';

const succeeded = (v: GalleryVersionInfo) => (v.provisioningState ?? 'Succeeded').toLowerCase() === 'succeeded';

/** The newest successful version carrying `key`, if any. */
export function findCached(versions: readonly GalleryVersionInfo[], key: string): GalleryVersionInfo | undefined {
  return versions
    .filter((v) => succeeded(v) && v.tags[TAGS.bakeKey] === key)
    .sort((a, b) => compareVersions(a.name, b.name))
    .at(-1);
}

/** Why there was no hit, for the log: what the newest keyed version differs in. */
export function missReason(versions: readonly GalleryVersionInfo[], key: string, baseImage: string): string {
  const keyed = versions.filter((v) => v.tags[TAGS.bakeKey]).sort((a, b) => compareVersions(a.name, b.name));
  const newest = keyed.at(-1);
  if (!newest) return 'no published version carries a bake key yet';
  const sameKeyFailed = versions.find((v) => v.tags[TAGS.bakeKey] === key && !succeeded(v));
  if (sameKeyFailed) return `version ${sameKeyFailed.name} has this key but is ${sameKeyFailed.provisioningState}`;
  const previousBase = newest.tags[TAGS.baseImage];
  if (previousBase && previousBase !== baseImage)
    return `the base image changed since ${newest.name} (${previousBase} → ${baseImage})`;
  return `the newest keyed version ${newest.name} was baked from other inputs (key ${short(newest.tags[TAGS.bakeKey]!)})`;
}

export const short = (key: string) => key.slice(0, 12);
