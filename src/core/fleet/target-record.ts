/**
 * Where a fleet target stands, read from its release record on Azure (the tags on the resource that
 * holds the target's deploy lock: scale set, load balancer, web app), so that `fleet run` skips a
 * target already on the version, `fleet resume` picks up where a halt left off and `fleet rollback`
 * returns only the targets that took the version — whichever runner released them.
 *
 * A target's version is what its release record holds once released: the image version of the
 * fleet's 'image-id' for image strategies, the web artifact's label (container image tag, package
 * name) for App Service targets, which deploy their own artifact, not the gallery image.
 */
import type { LeasePort } from '../azure/lease-port.js';
import { recordFromTags } from '../deploy/record.js';
import { descriptorOf } from '../deploy/registry.js';
import { versionOf } from '../deploy/slot-swap/artifact.js';
import { lockTarget } from '../lock/lock.js';
import type { ReleaseRecord } from '../model.js';
import type { CallOptions } from '../azure/image-ports.js';
import { versionRef } from './gallery.js';
import type { FleetTarget } from './types.js';

/** Whether the target deploys the gallery image version (and so waits for its replication). */
export const takesImage = (target: FleetTarget): boolean =>
  descriptorOf(target.settings.deploy.strategy).artifact === 'gallery-image';

/** The version the target's release record holds once the fleet released it. */
export function releaseVersion(target: FleetTarget): string | undefined {
  const d = target.settings.deploy;
  if (takesImage(target)) return versionRef(target.settings.publish.imageId)?.version;
  if (d.containerImage) return versionOf({ containerImage: d.containerImage });
  return d.packageUrl ? versionOf({ packageUrl: d.packageUrl }) : undefined;
}

/**
 * 'on': the record says the version is live; 'unfinished': a release of the version started and
 * did not finish (a failed deploy left as it was, a cancelled one, a paused canary), so part of the
 * target may run it; 'off': anything else (another version, a release rolled back, no record).
 */
export type Standing = 'on' | 'unfinished' | 'off';

export function standingOf(record: ReleaseRecord | undefined, version: string | undefined): Standing {
  if (!record || !version) return 'off';
  if (record.current === version) return 'on';
  // A run set out to make the version live and has not finished (failed, cancelled, a paused canary).
  return record.target === version ? 'unfinished' : 'off';
}

/** The target's release record; undefined when the target (or its record holder) does not exist. One GET. */
export async function readTargetRecord(
  leases: LeasePort,
  target: FleetTarget,
  options: CallOptions,
): Promise<ReleaseRecord | undefined> {
  const holder = lockTarget(target.settings);
  if (!holder) return undefined;
  const state = await leases.read(holder, options);
  return state ? recordFromTags(state.tags) : undefined;
}

/** In words, for the summary: what the record says the target runs. */
export const describeRecord = (record: ReleaseRecord | undefined): string =>
  record?.current ? `runs ${record.current}` : 'has no release record';

export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
