/**
 * Ports for deploy targets on scale sets: the scale set itself, its instances and
 * rolling upgrades, the network facts the remote-access gate needs, and resource tags (the release
 * record). Named by intent and narrow; implemented with @azure/arm-compute / @azure/arm-network /
 * @azure/arm-resources in src/azure/scale-sets*.ts, src/azure/network-security.ts and
 * src/azure/resource-tags.ts; faked in tests.
 *
 * Every call takes the run's AbortSignal and, for calls that follow a long-running operation, an
 * optional `timeoutMs` (what is left of deploy-timeout) after which the implementation stops
 * waiting. Errors arrive as EngineErrors already classified (input / transient / terminal /
 * cancelled); "not found" on a read is `undefined`, never an error.
 *
 * Stability: the signatures in the first section are stable (blue-green builds on them). Methods
 * other strategies need (create from a copy of a model, scale, reimage…) go in their own marked
 * section below.
 */

export interface DeployCallOptions {
  readonly signal: AbortSignal;
  /** Longest to wait for a long-running operation (ms); the implementation gives up after it. */
  readonly timeoutMs?: number;
}

export interface ScaleSetRef {
  readonly resourceGroup: string;
  readonly name: string;
}

export type UpgradeMode = 'Automatic' | 'Manual' | 'Rolling';

/** `upgradePolicy.rollingUpgradePolicy` as Azure names it; absent fields keep Azure's defaults. */
export interface RollingUpgradePolicy {
  readonly maxBatchInstancePercent?: number;
  readonly maxUnhealthyInstancePercent?: number;
  readonly maxUnhealthyUpgradedInstancePercent?: number;
  /** ISO 8601 duration, e.g. 'PT30S'. */
  readonly pauseTimeBetweenBatches?: string;
  readonly maxSurge?: boolean;
  readonly prioritizeUnhealthyInstances?: boolean;
}

/** The NIC-level facts of the model the remote-access gate and blue-green need. */
export interface ScaleSetNetwork {
  /** NSGs attached to the model's NIC configurations. */
  readonly nsgIds: readonly string[];
  /** Subnets the model's ip configurations join (their NSGs apply too). */
  readonly subnetIds: readonly string[];
  /** Load balancer backend pools the model's ip configurations join (lower-case ids). */
  readonly backendPoolIds: readonly string[];
  /** `networkProfile.healthProbe.id`, when the scale set uses a load balancer probe. */
  readonly healthProbeId?: string;
  /** True when an ip configuration has a `publicIPAddressConfiguration` (each instance gets a public IP). */
  readonly publicIpPerInstance: boolean;
}

export interface ScaleSetInfo {
  readonly id: string;
  readonly name: string;
  readonly location: string;
  /** The model's ETag, for If-Match on writes. */
  readonly etag?: string;
  readonly provisioningState?: string;
  /** `storageProfile.imageReference.id`; undefined for marketplace / shared / community images. */
  readonly imageId?: string;
  /** The image reference in words, for messages ('Canonical:ubuntu-24_04-lts:server:latest', an id…). */
  readonly imageDescription: string;
  readonly upgradeMode: UpgradeMode;
  readonly rollingPolicy?: RollingUpgradePolicy;
  readonly capacity: number;
  readonly tags: Readonly<Record<string, string>>;
  /** How instances report health: an LB probe, the Application Health extension, or nothing. */
  readonly healthSignal: 'probe' | 'extension' | 'none';
  readonly osType?: 'Linux' | 'Windows';
  /** Linux: `osProfile.linuxConfiguration.disablePasswordAuthentication` is not true. Undefined for Windows. */
  readonly linuxPasswordAuth?: boolean;
  readonly network: ScaleSetNetwork;
}

export type InstanceHealth = 'healthy' | 'unhealthy' | 'unknown' | 'none';

/** One instance as the paged `virtualMachines?$expand=instanceView` list shows it. */
export interface InstanceInfo {
  readonly instanceId: string;
  readonly name: string;
  /** The image the instance runs (`storageProfile.imageReference.id`). */
  readonly imageId?: string;
  readonly latestModelApplied: boolean;
  /** `vmHealth.status.code` HealthState/*; 'none' when the instance reports no health. */
  readonly health: InstanceHealth;
  /** From `ProvisioningState/*` of the instance view, e.g. 'succeeded', 'updating', 'failed'. */
  readonly provisioningState?: string;
  /** From `PowerState/*`, e.g. 'running', 'starting'. */
  readonly power?: string;
}

export type RollingUpgradeCode = 'RollingForward' | 'Cancelled' | 'Completed' | 'Faulted';

/** `rollingUpgrades/latest`. */
export interface RollingUpgradeInfo {
  readonly code: RollingUpgradeCode | string;
  /** Identifies the run: a new upgrade has a new start time. */
  readonly startTime?: string;
  readonly lastAction?: string;
  readonly successful: number;
  readonly failed: number;
  readonly inProgress: number;
  readonly pending: number;
  /** 'Code: message' of a faulted run. */
  readonly error?: string;
}

export interface ImageVersionInfo {
  readonly id: string;
  /** The version name, e.g. '1.4.2'. */
  readonly version: string;
  readonly provisioningState?: string;
  /** Regions the version is published to (lower-case, no spaces). */
  readonly regions: readonly string[];
}

export interface ScaleSetPort {
  // ----- stable ------------------------------------------------------------
  /** How long to wait between polls of this port's reads (rolling upgrade status, instance health): the connection's interval. */
  readonly pollIntervalMs: number;
  /** The scale set model (one GET), or undefined when it does not exist. */
  get(ref: ScaleSetRef, options: DeployCallOptions): Promise<ScaleSetInfo | undefined>;
  /**
   * Points the model at `imageId` (one PATCH with If-Match: `etag`), optionally with a rolling
   * upgrade policy override, and follows the operation to its end (Rolling mode: Azure then runs
   * the upgrade in the background; Automatic: every instance is updated before it ends; Manual:
   * no instance is touched). A stale ETag fails with kind 'transient' (someone changed it).
   */
  setImage(
    ref: ScaleSetRef,
    change: { readonly imageId: string; readonly etag?: string; readonly rollingPolicy?: RollingUpgradePolicy },
    options: DeployCallOptions,
  ): Promise<ScaleSetInfo>;
  /** Writes the rolling upgrade policy only (one PATCH with If-Match), e.g. to restore it after an override. */
  setRollingPolicy(
    ref: ScaleSetRef,
    policy: RollingUpgradePolicy,
    etag: string | undefined,
    options: DeployCallOptions,
  ): Promise<ScaleSetInfo>;
  /** Every instance, from ONE paged list with `$expand=instanceView` (never one GET per instance). */
  listInstances(ref: ScaleSetRef, options: DeployCallOptions): Promise<InstanceInfo[]>;
  /** Brings the instances to the latest model (manualupgrade) and follows the operation to its end. */
  updateInstances(ref: ScaleSetRef, instanceIds: readonly string[], options: DeployCallOptions): Promise<void>;
  /** Starts a rolling upgrade of the stale instances (osRollingUpgrade); returns once Azure accepted it. */
  startRollingUpgrade(ref: ScaleSetRef, options: DeployCallOptions): Promise<void>;
  /** `rollingUpgrades/latest`, or undefined when the scale set never had one. */
  latestRollingUpgrade(ref: ScaleSetRef, options: DeployCallOptions): Promise<RollingUpgradeInfo | undefined>;
  /** Asks the running upgrade to stop before its next batch (returns once accepted, not followed). */
  cancelRollingUpgrade(ref: ScaleSetRef, options: DeployCallOptions): Promise<void>;
  /** A gallery image version by resource id (one GET), or undefined when it does not exist. */
  getImageVersion(imageId: string, options: DeployCallOptions): Promise<ImageVersionInfo | undefined>;

  // ----- added by other strategies (blue-green) -----------------------------
  /**
   * Creates `target` from a copy of `source`'s model with a new image, its load balancer backend
   * pools mapped (`poolMap`: old pool id → new pool id, case-insensitive), a capacity and extra
   * tags: ONE PUT with `If-None-Match: *` (never overwrites an existing scale set), followed to
   * its end. Secrets the GET does not return (admin password) are not copied: the copy relies on
   * the SSH keys of the model, or fails with Azure's error.
   */
  createFromModel(
    source: ScaleSetRef,
    target: ScaleSetRef,
    change: {
      readonly imageId: string;
      readonly poolMap: Readonly<Record<string, string>>;
      readonly capacity: number;
      readonly tags?: Readonly<Record<string, string>>;
    },
    options: DeployCallOptions,
  ): Promise<ScaleSetInfo>;
  /**
   * Writes the scale set's own model back as it reads (one PUT with If-Match: `etag`), followed to
   * its end: Azure's way out of provisioning state Failed after a write that did not complete.
   */
  rewriteModel(ref: ScaleSetRef, etag: string | undefined, options: DeployCallOptions): Promise<ScaleSetInfo>;
  /** Sets `sku.capacity` (one PATCH with If-Match: `etag` when given), followed to its end. */
  setCapacity(
    ref: ScaleSetRef,
    capacity: number,
    etag: string | undefined,
    options: DeployCallOptions,
  ): Promise<ScaleSetInfo>;

  // ----- added by clean-up ---------------------------------------------------------
  /**
   * Every scale set of the subscription with the image its model references: ONE paged list
   * (`virtualMachineScaleSets/listAll`, every page followed), never one GET per scale set.
   */
  listAllInSubscription(options: DeployCallOptions): Promise<ScaleSetImageUse[]>;
}

/** A scale set and the image its model references, as the subscription-wide list shows it. */
export interface ScaleSetImageUse {
  readonly id: string;
  readonly name: string;
  /** `storageProfile.imageReference.id` (gallery version, gallery definition = latest, managed image); undefined for marketplace images. */
  readonly imageId?: string;
  readonly capacity: number;
}

/** One inbound security rule, as the remote-access gate reads it. */
export interface SecurityRuleInfo {
  readonly name: string;
  readonly direction: 'Inbound' | 'Outbound' | string;
  readonly access: 'Allow' | 'Deny' | string;
  readonly priority: number;
  readonly protocol: string;
  /** sourceAddressPrefix plus sourceAddressPrefixes. */
  readonly sourcePrefixes: readonly string[];
  /** destinationPortRange plus destinationPortRanges ('22', '20-30', '*'). */
  readonly destinationPorts: readonly string[];
}

export interface NetworkSecurityPort {
  /** An NSG's user and default rules (one GET), or undefined when it does not exist. */
  getSecurityGroup(
    id: string,
    options: DeployCallOptions,
  ): Promise<{ readonly id: string; readonly rules: readonly SecurityRuleInfo[] } | undefined>;
  /** The NSG attached to a subnet (one GET of the subnet), or undefined when none / no subnet. */
  subnetSecurityGroupId(subnetId: string, options: DeployCallOptions): Promise<string | undefined>;
}

/** Tags of any resource, through Microsoft.Resources/tags at the resource's scope (no model write). */
export interface TagsPort {
  /** Merges `tags` into the resource's tags (one PATCH, operation Merge). */
  merge(resourceId: string, tags: Readonly<Record<string, string>>, options: DeployCallOptions): Promise<void>;
  /** Deletes the named tags (one PATCH, operation Delete); absent names are fine. */
  remove(resourceId: string, names: readonly string[], options: DeployCallOptions): Promise<void>;
}
