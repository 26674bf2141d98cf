/** In-memory ARM resource store keyed by case-insensitive resource id. */
export type Json = Record<string, unknown>;

export interface StoredResource {
  /** Canonical id as first created (ARM preserves the casing of the create call). */
  id: string;
  /** Full resource type, e.g. `Microsoft.Compute/galleries/images`. */
  type: string;
  /** The JSON body GET returns (id, name, type, location, tags, properties, ...). */
  body: Json;
  /** Current ETag value (quoted), or undefined when the type has no ETags. */
  etag?: string;
  /** Simulated epoch ms of creation. */
  createdAtMs: number;
  /** Provider-private data that is never returned on the wire (timers, scripted failures...). */
  meta: Json;
}

export interface StateSnapshot {
  version: 1;
  resources: StoredResource[];
}

const key = (id: string): string => id.replace(/\/+$/, '').toLowerCase();

export class StateStore {
  private readonly resources = new Map<string, StoredResource>();
  /** Bumped on every write so persistence knows when to flush. */
  revision = 0;

  get(id: string): StoredResource | undefined {
    return this.resources.get(key(id));
  }

  has(id: string): boolean {
    return this.resources.has(key(id));
  }

  put(resource: StoredResource): StoredResource {
    this.resources.set(key(resource.id), resource);
    this.revision++;
    return resource;
  }

  /** Marks a resource as changed after in-place mutation of its body/meta. */
  touch(): void {
    this.revision++;
  }

  /** Removes the resource and everything nested below it (children, resources in a group). */
  delete(id: string): boolean {
    const k = key(id);
    const existed = this.resources.delete(k);
    for (const other of [...this.resources.keys()]) {
      if (other.startsWith(`${k}/`)) this.resources.delete(other);
    }
    this.revision++;
    return existed;
  }

  /**
   * Resources of `type` (case-insensitive) whose id lies under `scopeId`
   * (a subscription, resource group or parent resource id). Sorted by id for stable paging.
   */
  list(type: string, scopeId: string): StoredResource[] {
    const prefix = `${key(scopeId)}/`;
    const t = type.toLowerCase();
    return [...this.resources.entries()]
      .filter(([k, r]) => k.startsWith(prefix) && r.type.toLowerCase() === t)
      .map(([, r]) => r)
      .sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()));
  }

  all(): StoredResource[] {
    return [...this.resources.values()];
  }

  snapshot(): StateSnapshot {
    return { version: 1, resources: structuredClone(this.all()) };
  }

  restore(snapshot: StateSnapshot): void {
    this.resources.clear();
    for (const r of snapshot.resources) this.resources.set(key(r.id), r);
    this.revision++;
  }
}
