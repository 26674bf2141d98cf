/**
 * The deploy lock's storage: one tag on the deploy target itself, written so that two
 * runs can never both believe they hold it. Implemented in src/azure/leases.ts; faked in tests.
 *
 * Which write guards the tag, per target (Azure's own concurrency semantics):
 * - scale set (rolling): `VirtualMachineScaleSets_Update` (PATCH of `tags` only) with `If-Match:
 *   <etag>`. Tags are not part of the VM model: no instance is touched.
 * - load balancer (blue-green, where the release record lives): Network resources take `If-Match`
 *   on PUT (`LoadBalancers_UpdateTags` takes none), so the whole load balancer is written back as
 *   read, with the tag changed and `If-Match: <etag>`.
 * - web app (slot-swap): `Microsoft.Web/sites` takes no `If-Match` (no ETag in the REST spec or in
 *   @azure/arm-appservice), so the write is a Tags merge and `guarded` is false: the lock then
 *   confirms the write by reading it back after a pause (see src/core/lock/lock.ts).
 * - resource group (template deployments: a deployment rewrites the tags of every resource it
 *   declares, so the lease lives on the group; `name` is the group): a Tags merge at the group's
 *   scope, unguarded like a web app (resource groups have no ETag).
 *
 * Releasing never needs the ETag: `Tags_UpdateAtScope` with operation Delete and the tag's name AND
 * value deletes it only while it still holds that value (Azure: "selectively deleting tags based
 * on given names or name/value pairs"), so a run never removes a lease another run took over.
 */
export interface LeaseCallOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs?: number;
}

export type LeaseTargetKind = 'scale-set' | 'load-balancer' | 'web-app' | 'resource-group';

export interface LeaseTarget {
  readonly kind: LeaseTargetKind;
  readonly resourceGroup: string;
  readonly name: string;
}

/** The target's tags with the ETag that guards the next write (undefined when the kind has none). */
export interface LeaseState {
  readonly tags: Readonly<Record<string, string>>;
  readonly etag?: string;
  /**
   * The target's provisioning state is Failed (e.g. a lease write's operation ended Failed): it
   * must be written again before anything else relies on it (see `rewrite`).
   */
  readonly failed?: boolean;
}

export interface LeasePort {
  /** How long to wait between looks at a held lease: the connection's poll interval. */
  readonly pollIntervalMs: number;
  /** Whether writes to this kind of target are guarded by If-Match (web apps: no). */
  guarded(kind: LeaseTargetKind): boolean;
  /** The target's tags (and ETag); undefined when the target does not exist. One GET. */
  read(target: LeaseTarget, options: LeaseCallOptions): Promise<LeaseState | undefined>;
  /**
   * Sets tag `name` to `value`, keeping the other tags of `state`: ONE write guarded by
   * `If-Match: state.etag` where the kind supports it. Returns false when the target changed since
   * `state` was read (HTTP 412): nothing was written.
   */
  writeTag(
    target: LeaseTarget,
    state: LeaseState,
    name: string,
    value: string,
    options: LeaseCallOptions,
  ): Promise<boolean>;
  /**
   * Writes the target again exactly as `state` read it, guarded by `If-Match: state.etag`: repairs a
   * provisioning state Failed that a lease write left behind. Azure's remedy for a resource in a
   * Failed provisioning state is to re-apply its goal state (GET, then PUT/PATCH it unchanged):
   * https://learn.microsoft.com/troubleshoot/azure/virtual-network/troubleshoot-network-provisioning-state
   * Returns false on HTTP 412 (the target changed since `state` was read). Web apps: nothing to do.
   */
  rewrite(target: LeaseTarget, state: LeaseState, options: LeaseCallOptions): Promise<boolean>;
  /** Deletes tag `name` only while it holds `value` (Tags API, operation Delete by name/value); absent is fine. */
  removeTagIfValue(target: LeaseTarget, name: string, value: string, options: LeaseCallOptions): Promise<void>;
}
