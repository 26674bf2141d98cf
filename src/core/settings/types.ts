/** The typed, frozen settings every stage receives a slice of. Built only by `parseSettings`. */
import type { ProbeSpec } from '../verify/probe-types.js';
import type { AnalysisGate } from '../analysis/types.js';
import type { StrategyName } from '../deploy/names.js';
import type { FleetMembership } from '../fleet/types.js';

export const STAGE_ORDER = ['bake', 'publish', 'deploy', 'promote', 'abort', 'verify', 'cleanup', 'rollback'] as const;
export type StageName = (typeof STAGE_ORDER)[number];
/** What `stages: all` means: a whole release; rollback runs only when asked or after a failed verify. */
export const ALL_STAGES: readonly StageName[] = ['bake', 'publish', 'deploy', 'verify', 'cleanup'];

export type Cloud = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud' | 'Custom';
export type AuthMode = 'auto' | 'oidc' | 'client-secret' | 'azure-cli' | 'static-token';

export interface AzureSettings {
  readonly cloud: Cloud;
  /** Resource Manager endpoint without a trailing slash. */
  readonly armEndpoint: string;
  readonly caFile?: string;
  readonly subscriptionId?: string;
  readonly tenantId?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly auth: AuthMode;
  readonly accessToken?: string;
}

export type Builder = 'packer' | 'image-builder' | 'none';

export interface BakeSettings {
  readonly builder: Builder;
  readonly packer?: {
    readonly template: string;
    readonly variables: Readonly<Record<string, string>>;
    readonly secretVariables: readonly string[];
    readonly varFiles: readonly string[];
    readonly only: readonly string[];
  };
  readonly imageBuilder?: {
    readonly source: string;
    readonly customizers: readonly Readonly<Record<string, unknown>>[];
    readonly vmSize: string;
    readonly identity?: string;
    readonly keepTemplate: boolean;
  };
  readonly baseImageVersion?: string;
  readonly timeoutMs: number;
  readonly force: boolean;
}

/** 'auto' | 'date' | 'git-tag' | an explicit Major.Minor.Patch. */
export type VersionScheme =
  | { readonly kind: 'auto' }
  | { readonly kind: 'date' }
  | { readonly kind: 'git-tag' }
  | { readonly kind: 'explicit'; readonly version: string };

export interface TargetRegion {
  readonly name: string;
  readonly replicas: number;
  readonly storageAccountType: StorageAccountType;
}

export type StorageAccountType = 'Standard_LRS' | 'Standard_ZRS' | 'Premium_LRS';

export interface PublishSettings {
  readonly galleryName?: string;
  readonly galleryResourceGroup?: string;
  readonly imageDefinition?: string;
  readonly version: VersionScheme;
  readonly imageId?: string;
  readonly managedImageId?: string;
  /** Empty means "the gallery's own region". */
  readonly targetRegions: readonly TargetRegion[];
  readonly replicaCount: number;
  readonly storageAccountType: StorageAccountType;
  readonly excludeFromLatest: boolean;
  readonly endOfLifeDate?: string;
  readonly replicationMode: 'Full' | 'Shallow';
  readonly replicationTimeoutMs: number;
  readonly createDefinition?: {
    readonly osType: 'Linux' | 'Windows';
    readonly hyperVGeneration: 'V1' | 'V2';
    readonly publisher: string;
    readonly offer: string;
    readonly sku: string;
  };
  readonly keepManagedImage: boolean;
}

/** A registered strategy's name (src/core/deploy/registry.ts). */
export type Strategy = StrategyName;
export type RolloutMode = 'auto' | 'rolling' | 'manual' | 'automatic';

export interface RollingOverrides {
  readonly maxBatchPercent?: number;
  readonly maxUnhealthyPercent?: number;
  readonly maxUnhealthyUpgradedPercent?: number;
  readonly pauseBetweenBatchesMs?: number;
  readonly maxSurge?: boolean;
  readonly prioritizeUnhealthy?: boolean;
}

export interface DeploySettings {
  readonly strategy: Strategy;
  readonly resourceGroup?: string;
  readonly scaleSet?: string;
  readonly rolloutMode: RolloutMode;
  readonly rolling: RollingOverrides;
  readonly loadBalancer?: string;
  readonly previewPort?: number;
  readonly scaleDownDelayMs: number;
  readonly appService?: string;
  readonly slot: string;
  readonly containerImage?: string;
  readonly packageUrl?: string;
  readonly warmupPath: string;
  readonly swapWithPreview: boolean;
  readonly timeoutMs: number;
  readonly lockTimeoutMs: number;
  /** A template deployment ('template' input): the model update of rolling, or the release itself. */
  readonly template?: TemplateSettings;
  /** 'canary-steps': shift traffic to the release step by step (strategies whose descriptor supports it). */
  readonly canary?: readonly CanaryStep[];
  /** 'front-door-origin-group': what carries a blue-green canary's traffic split. */
  readonly frontDoorOriginGroup?: FrontDoorOriginGroupRef;
}

/** An Azure Front Door origin group ('front-door-origin-group'); no resource group: the deploy's. */
export interface FrontDoorOriginGroupRef {
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
  readonly profile: string;
  readonly originGroup: string;
}

/** One canary step: a share of traffic on the new release, a timed pause, or the analysis checks. */
export type CanaryStep =
  | { readonly kind: 'weight'; readonly percent: number }
  | { readonly kind: 'pause'; readonly ms: number }
  /** A pause without a duration: the run ends in state 'paused' until a later 'promote' (or 'abort'). */
  | { readonly kind: 'stop' }
  | { readonly kind: 'analysis' };

/** What 'template' names: ARM JSON (read when the inputs are parsed) or Bicep (compiled before any write). */
export type TemplateKind = 'json' | 'bicep' | 'bicepparam';

/** One ARM parameter value as a deployment takes it: `{ value }` or a Key Vault `{ reference }`. */
export type TemplateParameterValue = Readonly<Record<string, unknown>>;

export interface TemplateSettings {
  /** The path as given (relative to the working directory). */
  readonly path: string;
  readonly kind: TemplateKind;
  /** The ARM template itself (kind 'json', read and checked when the inputs were parsed). */
  readonly json?: Readonly<Record<string, unknown>>;
  /** 'template-parameters' by name; the image parameter is set by the engine on top of them. */
  readonly parameters: Readonly<Record<string, TemplateParameterValue>>;
  /** The template parameter that receives the gallery image version id ('image-parameter'). */
  readonly imageParameter: string;
}

export type RemoteAccessGate = 'deny' | 'warn' | 'allow';

/** The probe-* settings without a URL: the thresholds of endpoint probes and of the instance-health check. */
export type ProbeDefaults = Omit<ProbeSpec, 'name' | 'url'>;

export interface VerifyCommand {
  readonly argv: readonly string[];
  readonly timeoutMs: number;
}

export interface VerifySettings {
  readonly probes: readonly ProbeSpec[];
  /** The probe-* settings (consecutive successes, failure limit, interval, timeout…). */
  readonly gate: ProbeDefaults;
  /** Production endpoint (live-url) and the preview endpoint (preview-url), probed with `gate`. */
  readonly liveUrl?: string;
  readonly previewUrl?: string;
  readonly command?: VerifyCommand;
  readonly instanceHealth: boolean;
  readonly remoteAccess: RemoteAccessGate;
  readonly autoRollback: boolean;
  readonly toVersion?: string;
}

export interface CleanupSettings {
  readonly keepVersions: number;
  readonly keepDays: number;
  readonly retire: 'delete' | 'end-of-life' | 'exclude';
  readonly failOnError: boolean;
  /** `cleanup-parallelism`: writes sent at once (1–64). */
  readonly parallelism?: number;
  /** `cleanup-max-deletes`: most version deletions / retirements per run. */
  readonly maxDeletes?: number;
  /** `cleanup-timeout` (ms): no delete starts after it; deletes not confirmed by then are failures. */
  readonly timeoutMs?: number;
}

export interface Settings {
  readonly stages: readonly StageName[];
  readonly dryRun: boolean;
  readonly resourceGroup?: string;
  readonly recordFile?: string;
  /** Receives `{ image_id, image_version }` (a `*.tfvars.json` path). */
  readonly tfvarsFile?: string;
  readonly azure: AzureSettings;
  readonly bake: BakeSettings;
  readonly publish: PublishSettings;
  readonly deploy: DeploySettings;
  readonly verify: VerifySettings;
  /** Analysis gates ('analysis'): judged by verify after a deploy and between Manual rolling batches. */
  readonly analysis: readonly AnalysisGate[];
  readonly cleanup: CleanupSettings;
  /** Every secret value the inputs hold; the host masks them before anything is logged. */
  readonly secrets: readonly string[];
  /** A fleet target's run ('fleet-file' + 'fleet-target'): which fleet and target (src/core/fleet/one-target.ts). */
  readonly fleet?: FleetMembership;
}
