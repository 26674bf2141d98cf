/**
 * Load balancers for blue-green: read the rules, pools, probes and frontends with the
 * ETag, and switch rules to other pools in ONE ETag-guarded write. Implemented with
 * @azure/arm-network in src/azure/load-balancers.ts; faked in tests. Errors arrive as classified
 * EngineErrors; a stale ETag (HTTP 412) is a 'transient' one: nothing was written.
 */
export interface LbCallOptions {
  readonly signal: AbortSignal;
  /** Longest to wait for the call, its long-running operation included (what is left of the step's deadline). */
  readonly timeoutMs?: number;
}

export interface LbFrontend {
  readonly id: string;
  readonly name: string;
  readonly publicIpAddressId?: string;
  readonly privateIpAddress?: string;
}

export interface LbPool {
  readonly id: string;
  readonly name: string;
  /** NIC ip configurations currently in the pool (read-only in Azure). */
  readonly memberCount: number;
}

export interface LbProbe {
  readonly id: string;
  readonly name: string;
  readonly protocol?: string;
  readonly port?: number;
  readonly requestPath?: string;
}

export interface LbRule {
  readonly id: string;
  readonly name: string;
  readonly protocol?: string;
  readonly frontendPort: number;
  readonly backendPort?: number;
  readonly frontendId?: string;
  /** The rule's backend pool (`backendAddressPool`, or the first of `backendAddressPools`). */
  readonly poolId?: string;
  readonly probeId?: string;
}

export interface LoadBalancerInfo {
  readonly id: string;
  readonly name: string;
  readonly resourceGroup: string;
  readonly location: string;
  /** The ETag every write to this load balancer is guarded by. */
  readonly etag: string;
  readonly provisioningState?: string;
  readonly frontends: readonly LbFrontend[];
  readonly pools: readonly LbPool[];
  readonly probes: readonly LbProbe[];
  readonly rules: readonly LbRule[];
  readonly tags: Readonly<Record<string, string>>;
}

export interface LoadBalancerPort {
  /** The load balancer, or undefined when it does not exist. One GET. */
  getLoadBalancer(resourceGroup: string, name: string, options: LbCallOptions): Promise<LoadBalancerInfo | undefined>;
  /**
   * Points each named rule at its new backend pool (`{ ruleName → poolId }`) in ONE PUT of the
   * load balancer guarded by `If-Match: etag`, followed to its end. A stale ETag fails with a
   * 'transient' EngineError and nothing changes. Returns the load balancer as written.
   */
  switchRules(
    lb: LoadBalancerInfo,
    switches: Readonly<Record<string, string>>,
    etag: string,
    options: LbCallOptions,
  ): Promise<LoadBalancerInfo>;
  /** The address of a public IP resource, or undefined when it has none (or does not exist). */
  publicIpAddress(publicIpId: string, options: LbCallOptions): Promise<string | undefined>;
}
