/**
 * What a fleet reads and writes on the gallery image version it releases: the version's
 * replication to each wave's regions, and the halt marker.
 *
 * The halt marker is a tag on the image version (`immutable-deploy.fleet-halt.<fleet>`), so every
 * later run of that fleet with that version sees it wherever it runs, with no state of ours
 * elsewhere; another version (the fix) starts clean. Its value says which wave halted and why.
 */
import type { CallOptions, GalleryPort, GalleryVersionRef } from '../azure/image-ports.js';
import { EngineError } from '../errors.js';
import type { Clock, Sleep } from '../ports.js';
import { normalizeRegion } from './parse.js';

export const HALT_TAG_PREFIX = 'immutable-deploy.fleet-halt.';
export const haltTag = (fleet: string): string => `${HALT_TAG_PREFIX}${fleet}`;
/** Azure tag values hold at most 256 characters. */
const TAG_VALUE_MAX = 256;

/** The gallery image version an 'image-id' names, or undefined for anything else. */
export function versionRef(imageId: string | undefined): GalleryVersionRef | undefined {
  const m = imageId?.match(
    /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i,
  );
  return m ? { resourceGroup: m[1]!, gallery: m[2]!, definition: m[3]!, version: m[4]! } : undefined;
}

/** The halt marker this fleet left on the version, if any. */
export async function readHalt(
  gallery: GalleryPort,
  ref: GalleryVersionRef,
  fleet: string,
  options: CallOptions,
): Promise<string | undefined> {
  const version = await gallery.getVersion(ref, options);
  if (!version)
    throw new EngineError(
      'terminal',
      `the image version ${ref.definition}/${ref.version} does not exist in gallery ${ref.gallery}`,
    );
  return version.tags[haltTag(fleet)];
}

export async function writeHalt(
  gallery: GalleryPort,
  ref: GalleryVersionRef,
  fleet: string,
  reason: string,
  options: CallOptions,
): Promise<void> {
  const value = reason.length > TAG_VALUE_MAX ? `${reason.slice(0, TAG_VALUE_MAX - 3)}...` : reason;
  await gallery.tagVersion(ref, { [haltTag(fleet)]: value }, options);
}

/** The call's result, or undefined after a transient failure (logged); other errors are thrown. */
async function transientAsUndefined<T>(call: () => Promise<T>, log: (line: string) => void): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof EngineError) || err.kind !== 'transient') throw err;
    log(`${err.message} (trying again)`);
    return undefined;
  }
}

/**
 * Runs a gallery call, trying it again after a transient failure (throttling, a server error, a
 * timeout) up to `attempts` times with a growing pause on the engine's clock.
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  deps: { readonly sleep: Sleep; readonly signal: AbortSignal; readonly log: (line: string) => void },
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (!(err instanceof EngineError) || err.kind !== 'transient' || attempt >= attempts) throw err;
      deps.log(`${err.message} (trying again)`);
      await deps.sleep(2_000 * 2 ** (attempt - 1), deps.signal);
    }
  }
}

export interface ReplicationWait {
  readonly gallery: GalleryPort;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
  /** Each call's own bound (ms). */
  readonly callTimeoutMs: number;
}

/**
 * Waits until the version is replicated (Completed) to every region, reading its replication
 * status (`$expand=ReplicationStatus`) until `timeoutMs` passes on the engine's clock. A region
 * whose replication failed ends the wait at once. A version created without replication tracking
 * (no per-region status at all) counts its listed target regions as replicated. The version's
 * own provisioning must have succeeded too: while Azure is still creating or updating it, a deploy
 * refuses it (src/core/deploy/gallery-image.ts), so the wave waits for that as well.
 */
export async function waitForReplication(
  w: ReplicationWait,
  ref: GalleryVersionRef,
  regions: readonly string[],
  timeoutMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const wanted = [...new Set(regions.map(normalizeRegion))];
  const until = w.clock.now() + timeoutMs;
  let told = '';
  for (;;) {
    const options = { timeoutMs: w.callTimeoutMs, signal: w.signal };
    const read = await transientAsUndefined(async () => {
      const status = await w.gallery.replicationStatus(ref, options);
      const version = status.regions.length === 0 ? await w.gallery.getVersion(ref, options) : undefined;
      return { status, version };
    }, w.log);
    if (!read) {
      // A throttled or failed read is tried again at the next poll, within the same timeout.
      if (w.clock.now() >= until)
        return {
          ok: false,
          reason: `the replication status of ${ref.version} could not be read within 'replication-timeout'`,
        };
      await w.sleep(Math.min(10_000, until - w.clock.now()), w.signal);
      continue;
    }
    const { status, version } = read;
    const listed =
      status.regions.length === 0 ? new Set(version?.targetRegions.map((r) => normalizeRegion(r.name))) : undefined;
    const stateOf = (region: string) =>
      listed
        ? listed.has(region)
          ? 'Completed'
          : 'absent'
        : (status.regions.find((r) => normalizeRegion(r.region) === region)?.state ?? 'absent');
    const failed = wanted.filter((r) => stateOf(r) === 'Failed');
    if (failed.length > 0) return { ok: false, reason: `replication of ${ref.version} to ${failed.join(', ')} failed` };
    const provisioning = status.provisioningState ?? 'Succeeded';
    if (/^failed$/i.test(provisioning)) return { ok: false, reason: `publishing ${ref.version} failed` };
    const pending = wanted.filter((r) => stateOf(r) !== 'Completed');
    const settled = /^succeeded$/i.test(provisioning);
    if (pending.length === 0 && settled) return { ok: true };
    const now = w.clock.now();
    if (now >= until) {
      const what = pending.length > 0 ? `replicated to ${pending.join(', ')}` : `published (it is ${provisioning})`;
      return { ok: false, reason: `${ref.version} was not ${what} within 'replication-timeout'` };
    }
    const line =
      pending.length > 0
        ? `waiting for ${ref.version} to replicate to ${pending.map((r) => `${r} (${stateOf(r)})`).join(', ')}`
        : `waiting for ${ref.version} to finish publishing (it is ${provisioning})`;
    if (line !== told) w.log(line);
    told = line;
    await w.sleep(Math.min(Math.max(status.pollAfterMs, 1_000), until - now), w.signal);
  }
}
