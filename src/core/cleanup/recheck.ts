/**
 * The re-check right before a version is deleted: a fresh, cheap read of what can start using a
 * version while clean-up runs — the release records of every target (a deploy marks its
 * target-version before its first write), scale set models, and the instances of the scale sets
 * that use this definition. Deletes running side by side share one read, but only a read that
 * STARTED after a delete asked for it counts for that delete (a read already under way may predate
 * the mark it has to see). A failed read fails the check: that version is not deleted.
 */
import type { ScaleSetRef } from '../azure/scale-set-port.js';
import type { AzurePorts } from '../azure/ports.js';
import { markRecords, markScaleSets, usagePortOf, type ScanOptions } from './scan.js';
import { InUse, type VersionIndex } from './usage.js';

export interface UsageCheck {
  /** Why `version` is in use now, or undefined when it is not. */
  inUse(version: string): Promise<string | undefined>;
  /** Fresh reads made so far. */
  readonly reads: number;
}

export function recheckUsage(
  ports: AzurePorts,
  index: VersionIndex,
  watch: readonly ScaleSetRef[],
  o: () => ScanOptions,
): UsageCheck {
  const watched = new Set(watch.map((r) => `${r.resourceGroup}/${r.name}`.toLowerCase()));
  let reads = 0;
  const read = async (): Promise<InUse> => {
    reads += 1;
    const usage = usagePortOf(ports);
    const options = o();
    const inUse = new InUse();
    const [scaleSets] = await Promise.all([
      ports.scaleSets.listAllInSubscription(options),
      markRecords(usage, index, inUse, options),
    ]);
    const uses = (id: string, imageId?: string) => index.byId(imageId) !== undefined || watched.has(key(id));
    await markScaleSets(usage, scaleSets, (s) => s.capacity > 0 && uses(s.id, s.imageId), index, inUse, options);
    return inUse;
  };
  const fresh = coalesce(read);
  return {
    get reads() {
      return reads;
    },
    inUse: async (version) => (await fresh()).get(version),
  };
}

const key = (id: string) => {
  const m = /\/resourceGroups\/([^/]+)\/providers\/.+\/([^/]+)$/i.exec(id);
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : id.toLowerCase();
};

/**
 * A read shared by concurrent callers, each served by a read that started no earlier than its call:
 * a caller arriving while a read runs waits for the next one, which every such caller shares.
 */
export function coalesce<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const p = read();
    running = p;
    const clear = () => {
      if (running === p) running = undefined;
    };
    p.then(clear, clear);
    return p;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
