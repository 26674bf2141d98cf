/**
 * Azure Front Door (Standard/Premium) for the blue-green canary: read an origin group with its
 * origins, and set one origin's weight and enabled state. Implemented with @azure/arm-cdn
 * (api-version 2024-02-01) in src/azure/front-door.ts. Errors arrive as classified EngineErrors.
 */
export interface FrontDoorCallOptions {
  readonly signal: AbortSignal;
  /** Longest to wait for the call, its long-running operation included (what is left of the step's deadline). */
  readonly timeoutMs?: number;
}

/** An origin group: `Microsoft.Cdn/profiles/{profile}/originGroups/{originGroup}`. */
export interface OriginGroupRef {
  /** Absent: the connection's subscription. */
  readonly subscriptionId?: string;
  readonly resourceGroup: string;
  readonly profile: string;
  readonly originGroup: string;
}

export interface FrontDoorOrigin {
  readonly id: string;
  readonly name: string;
  /** The address Front Door forwards to (a DNS name or an IP address). */
  readonly hostName: string;
  readonly httpPort?: number;
  readonly httpsPort?: number;
  /** 1..1000; Azure treats an unset weight as 50. */
  readonly weight?: number;
  /** 1..5: only the lowest priority with a healthy origin takes traffic. */
  readonly priority?: number;
  readonly enabled: boolean;
  readonly provisioningState?: string;
  /** The resource's ETag when Azure sends one (2024-02-01 sends none for origins). */
  readonly etag?: string;
}

export interface FrontDoorOriginGroup {
  readonly id: string;
  readonly name: string;
  readonly provisioningState?: string;
  readonly origins: readonly FrontDoorOrigin[];
}

/** What a write sets on one origin. */
export interface OriginChange {
  /** 1..1000; absent: left as it is. */
  readonly weight?: number;
  readonly enabled: boolean;
}

export interface FrontDoorPort {
  /** How often long-running operations are polled (ms): the rollout's first backoff between attempts. */
  readonly pollIntervalMs: number;
  /** The origin group and its origins, or undefined when the group (or its profile) does not exist. */
  getOriginGroup(ref: OriginGroupRef, options: FrontDoorCallOptions): Promise<FrontDoorOriginGroup | undefined>;
  /**
   * Sets the origin's weight and enabled state: reads it first and writes (one PATCH, If-Match
   * when it has an ETag, followed until its provisioning ends) only when Azure holds other values,
   * so a retry is safe. Returns true when it wrote.
   */
  setOrigin(ref: OriginGroupRef, origin: string, change: OriginChange, options: FrontDoorCallOptions): Promise<boolean>;
}
