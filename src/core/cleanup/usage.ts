/**
 * "In use", as pure functions over what the scan read: which version of the definition being
 * cleaned a reference names, and why it is in use. A reference names a version when it is
 * - a gallery image version id of this definition (`…/images/<definition>/versions/<name>`);
 * - the definition's own id or `…/versions/latest` (resolved to what 'latest' is now);
 * - a bare version name, as release-record tags hold them: matched by name within this definition
 *   (conservative: a record elsewhere naming '1.2.0' of another definition still keeps 1.2.0 here).
 * Anything else (a marketplace image, a managed image, another definition's version) names none.
 */
import type { GalleryVersionInfo } from '../azure/image-ports.js';
import { RECORD_TAGS } from '../deploy/record.js';
import { compareVersions } from '../publish/version.js';

/** A user's tag on a version that keeps it whatever the policy says (any value but 'false'). */
export const PROTECT_TAG = 'immutable-deploy.protect';

/** The release-record tags that name versions, with the words the summary uses for them. */
export const RECORD_VERSION_TAGS = [
  { name: RECORD_TAGS.current, role: 'live' },
  { name: RECORD_TAGS.previous, role: 'previous (kept for rollback)' },
  { name: RECORD_TAGS.target, role: 'being deployed' },
] as const;

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

export class InUse {
  private readonly reasons = new Map<string, string>();

  /** Keeps the first reason found for a version. */
  mark(version: string | undefined, why: string): void {
    if (version && !this.reasons.has(version)) this.reasons.set(version, why);
  }

  get(version: string): string | undefined {
    return this.reasons.get(version);
  }

  get map(): ReadonlyMap<string, string> {
    return this.reasons;
  }
}

/** The versions of one definition, and how references resolve to them. */
export class VersionIndex {
  private readonly names: ReadonlySet<string>;
  private readonly prefix: string;
  /** What 'latest' resolves to now: the highest succeeded version not excluded from latest. */
  readonly latest?: string;

  constructor(
    definitionId: string,
    versions: readonly Pick<GalleryVersionInfo, 'name' | 'excludeFromLatest' | 'provisioningState'>[],
  ) {
    this.names = new Set(versions.map((v) => v.name));
    this.prefix = `${lower(definitionId)}/versions/`;
    const eligible = versions.filter((v) => v.excludeFromLatest !== true && lower(v.provisioningState) === 'succeeded');
    const latest = eligible.map((v) => v.name).sort((a, b) => compareVersions(b, a))[0];
    if (latest) this.latest = latest;
    this.definitionId = lower(definitionId);
  }

  private readonly definitionId: string;

  /** The version of this definition an image id names ('latest' resolved), or undefined. */
  byId(id: string | undefined, exactVersion?: string): string | undefined {
    const l = lower(id);
    if (!l) return undefined;
    if (l === this.definitionId || l === `${this.prefix}latest`)
      return exactVersion && this.names.has(exactVersion) ? exactVersion : this.latest;
    if (!l.startsWith(this.prefix)) return undefined;
    const name = l.slice(this.prefix.length);
    return [...this.namesMatching(name)][0];
  }

  /** A tag value: a version id of this definition, or a bare version name. */
  byTagValue(value: string | undefined): string | undefined {
    const v = (value ?? '').trim();
    if (!v) return undefined;
    if (v.includes('/')) return this.byId(v);
    return this.names.has(v) ? v : undefined;
  }

  private *namesMatching(lowerName: string): Iterable<string> {
    if (this.names.has(lowerName)) yield lowerName;
    for (const n of this.names) if (n.toLowerCase() === lowerName) yield n;
  }
}

/** The user's protect tag, matched case-insensitively as Azure matches tag names. */
export function isProtected(tags: Readonly<Record<string, string>>): boolean {
  const entry = Object.entries(tags).find(([k]) => lower(k) === PROTECT_TAG);
  return entry !== undefined && lower(entry[1]) !== 'false';
}
