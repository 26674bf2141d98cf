/**
 * Gallery image versions that ended provisioning state Failed. Such a version can never serve an
 * image, yet it holds its name: publish replaces one that has the requested name (delete, then
 * create again) unless a scale set still references it, and never counts one when computing the
 * next version. A version this run created that ends Failed is deleted (see `discardFailed`).
 */
import type { GalleryVersionInfo, GalleryVersionRef } from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import { EngineError } from '../errors.js';
import type { Clock, Logger, Sleep } from '../ports.js';
import { attemptWithin } from './attempt.js';
import { describeRef } from './target.js';

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

export const isFailed = (v: { readonly provisioningState?: string }): boolean =>
  lower(v.provisioningState) === 'failed';

/** The names that count for 'next' and 'latest': Failed versions left out. */
export const usableNames = (versions: readonly GalleryVersionInfo[]): string[] =>
  versions.filter((v) => !isFailed(v)).map((v) => v.name);

export interface FailedVersionWork {
  readonly ports: AzurePorts;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly log: Logger;
  /** Bound of each write (input 'replication-timeout'). */
  readonly timeoutMs: number;
}

/**
 * Deleting a version a scale set references breaks that scale set's scale-out and reimage, so a
 * Failed version in use is not replaced: the error says how to proceed. One paged list of the
 * subscription's scale sets.
 */
export async function refuseIfInUse(
  w: FailedVersionWork,
  vref: GalleryVersionRef,
  version: GalleryVersionInfo,
): Promise<void> {
  const sets = await w.ports.scaleSets.listAllInSubscription({ signal: w.signal });
  const users = sets.filter((s) => lower(s.imageId) === lower(version.id)).map((s) => s.name);
  if (users.length === 0) return;
  throw new EngineError(
    'terminal',
    `version ${vref.version} of ${describeRef(vref)} ended provisioning state Failed, but scale set ${users.join(', ')} ` +
      "references it, so it is not deleted and replaced (that would break the scale set's scale-out and reimage). " +
      "To proceed: publish under another 'image-version' (or 'auto', which skips Failed versions), " +
      `or move ${users.length === 1 ? 'that scale set' : 'those scale sets'} to another version and re-run`,
  );
}

/** Deletes the Failed version: one DELETE followed to its end, bounded and retried while transient. */
export async function deleteFailed(w: FailedVersionWork, vref: GalleryVersionRef): Promise<void> {
  await attemptWithin({
    clock: w.clock,
    sleep: w.sleep,
    signal: w.signal,
    timeoutMs: w.timeoutMs,
    what: `deleting the Failed version ${vref.version}`,
    bound: 'replication-timeout',
    call: (options) => w.ports.gallery.deleteVersion(vref, options),
  });
}

/**
 * A version this run created that ended Failed is deleted rather than marked `excludeFromLatest`:
 * Azure documents that flag only as keeping VMs deployed from the definition's 'latest' off the
 * version (publishingProfile.excludeFromLatest, Compute Gallery REST API); the version would still
 * hold its name, count against the definition and be offered to explicit references, and a PATCH
 * of a Failed version is itself an update Azure may refuse. Best effort: when the delete fails,
 * the next run replaces the version (explicit name) or skips it ('auto').
 */
export async function discardFailed(w: FailedVersionWork, vref: GalleryVersionRef): Promise<string> {
  w.log.info(
    `version ${vref.version} ended provisioning state Failed: deleting it, so that 'latest' never resolves to it`,
  );
  try {
    await deleteFailed(w, vref);
    return `the Failed version ${vref.version} was deleted; a re-run publishes it again`;
  } catch (err) {
    if (w.signal.aborted) throw err;
    const why = err instanceof Error ? err.message : String(err);
    return `the Failed version ${vref.version} could not be deleted (${why}); a re-run replaces it`;
  }
}
