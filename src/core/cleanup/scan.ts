/**
 * Clean-up's "in use" scan across the subscription, one paged read per kind of user (never a GET
 * per resource): scale set models (one list) and the instances of every scale set that has any
 * (one list each: in Manual mode an instance keeps running its image after the model moved on),
 * virtual machines (one list), the release records of every target (one list per record tag:
 * current, previous and the target-version mark a deploy writes before its first write), and
 * Image Builder templates building from a version (one list). Every read must succeed: a failed
 * read fails the scan, and clean-up then deletes nothing.
 */
import type { ScaleSetImageUse, ScaleSetRef } from '../azure/scale-set-port.js';
import type { TaggedResource, UsagePort } from '../azure/usage-port.js';
import type { AzurePorts } from '../azure/ports.js';
import { EngineError } from '../errors.js';
import { workerSignals } from './signals.js';
import { InUse, RECORD_VERSION_TAGS, type VersionIndex } from './usage.js';

export interface ScanOptions {
  readonly signal: AbortSignal;
  /** What is left of clean-up's deadline, for each read. */
  readonly timeoutMs?: number;
  /** Instance lists read at once. */
  readonly parallelism: number;
}

export interface UsageScan {
  readonly inUse: InUse;
  readonly scaleSets: readonly ScaleSetImageUse[];
  /** Scale sets whose model or instances use this definition: the re-check before a delete reads their instances again. */
  readonly watch: readonly ScaleSetRef[];
}

const KINDS: Record<string, string> = {
  'microsoft.compute/virtualmachinescalesets': 'scale set',
  'microsoft.network/loadbalancers': 'load balancer',
  'microsoft.web/sites': 'App Service',
  'microsoft.web/sites/slots': 'App Service slot',
};

export function usagePortOf(ports: AzurePorts): UsagePort {
  if (!ports.usage)
    throw new EngineError(
      'terminal',
      'clean-up cannot see what uses image versions (no usage scan on this Azure connection); nothing is deleted',
    );
  return ports.usage;
}

/** `/subscriptions/s/resourceGroups/rg/providers/…/name` → { resourceGroup, name }. */
export function refOf(id: string): ScaleSetRef | undefined {
  const m = /\/resourceGroups\/([^/]+)\/providers\/.+\/([^/]+)$/i.exec(id);
  return m ? { resourceGroup: m[1]!, name: m[2]! } : undefined;
}

/** Marks the versions the release records of every target name (one paged read per record tag). */
export async function markRecords(usage: UsagePort, index: VersionIndex, inUse: InUse, o: ScanOptions): Promise<void> {
  const lists = await Promise.all(
    RECORD_VERSION_TAGS.map(async (t) => ({ t, found: await usage.listByTagName(t.name, o) })),
  );
  for (const { t, found } of lists) {
    for (const r of found)
      inUse.mark(
        index.byTagValue(tagValue(r, t.name)),
        `${t.role} on ${KINDS[r.type.toLowerCase()] ?? r.type} ${r.name} (its release record)`,
      );
  }
}

const tagValue = (r: TaggedResource, name: string) =>
  Object.entries(r.tags).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

/** Marks what scale set models and the instances of `which` scale sets run; returns the scale sets that use this definition. */
export async function markScaleSets(
  usage: UsagePort,
  scaleSets: readonly ScaleSetImageUse[],
  which: (s: ScaleSetImageUse) => boolean,
  index: VersionIndex,
  inUse: InUse,
  o: ScanOptions,
): Promise<ScaleSetRef[]> {
  const users = new Map<string, ScaleSetRef>();
  for (const ss of scaleSets) {
    const v = index.byId(ss.imageId);
    if (v)
      inUse.mark(
        v,
        `${ss.imageId?.toLowerCase().includes('/versions/') ? '' : "'latest' of the definition, "}used by scale set ${ss.name}`,
      );
    if (v && refOf(ss.id)) users.set(ss.id.toLowerCase(), refOf(ss.id)!);
  }
  const lists = await mapBounded(scaleSets.filter(which), o.parallelism, o.signal, async (ss, signal) => {
    const ref = refOf(ss.id);
    return { ss, ref, machines: ref ? await usage.listInstanceImages(ref, { ...o, signal }) : [] };
  });
  for (const { ss, ref, machines } of lists) {
    for (const m of machines) {
      const v = index.byId(m.imageId, m.exactVersion);
      if (v) inUse.mark(v, `running on ${m.machine}`);
      if (v && ref) users.set(ss.id.toLowerCase(), ref);
    }
  }
  return [...users.values()];
}

/** The full scan, before any write. */
export async function scanUsage(ports: AzurePorts, index: VersionIndex, o: ScanOptions): Promise<UsageScan> {
  const usage = usagePortOf(ports);
  const inUse = new InUse();
  const [scaleSets, machines, templates] = await Promise.all([
    ports.scaleSets.listAllInSubscription(o),
    usage.listVirtualMachines(o),
    usage.listImageTemplates(o),
    markRecords(usage, index, inUse, o),
  ]);
  const watch = await markScaleSets(usage, scaleSets, (s) => s.capacity > 0, index, inUse, o);
  for (const m of machines) inUse.mark(index.byId(m.imageId, m.exactVersion), `running on ${m.machine}`);
  for (const t of templates) inUse.mark(index.byId(t.imageVersionId), `source of Image Builder template ${t.name}`);
  return { inUse, scaleSets, watch };
}

/**
 * Runs `fn` over `items`, at most `limit` at a time, results in input order; each worker calls with
 * its own signal (signals.ts), so the run's signal holds one listener, not `limit`.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (own: AbortSignal) => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, own);
    }
  };
  const signals = workerSignals(signal, Math.max(1, Math.min(limit, items.length)));
  try {
    await Promise.all(signals.list.map(worker));
  } finally {
    signals.dispose();
  }
  return out;
}
