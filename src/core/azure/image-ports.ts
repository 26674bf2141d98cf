/**
 * Ports for images: Compute Gallery, managed images, Azure Image Builder, marketplace
 * images. Named by intent and narrow: each call is one Azure request (or one SDK poller followed
 * to its end, where the doc says so). Implemented with the SDKs in src/azure/image-*.ts; faked in
 * tests. Every call takes the run's AbortSignal; errors arrive as EngineErrors already classified
 * (input / transient / terminal / cancelled) by the implementation.
 */
import type { StorageAccountType } from '../settings/types.js';

export interface CallOptions {
  readonly signal: AbortSignal;
  /** Longest the call may take (ms), a followed operation included; it then fails as transient. */
  readonly timeoutMs?: number;
}

/** An image definition in a gallery. */
export interface GalleryImageRef {
  readonly resourceGroup: string;
  readonly gallery: string;
  readonly definition: string;
}

export interface GalleryVersionRef extends GalleryImageRef {
  readonly version: string;
}

export interface GalleryInfo {
  readonly id: string;
  readonly location: string;
}

export interface ImageDefinitionInfo {
  readonly id: string;
  readonly location: string;
  readonly osType?: string;
  readonly hyperVGeneration?: string;
}

export interface DefinitionSpec {
  readonly location: string;
  readonly osType: 'Linux' | 'Windows';
  readonly hyperVGeneration: 'V1' | 'V2';
  readonly publisher: string;
  readonly offer: string;
  readonly sku: string;
}

export interface VersionRegion {
  readonly name: string;
  readonly replicas?: number;
  readonly storageAccountType?: string;
}

/** What the engine reads of a gallery image version. */
export interface GalleryVersionInfo {
  readonly id: string;
  readonly name: string;
  readonly location: string;
  readonly tags: Readonly<Record<string, string>>;
  /** Creating | Updating | Succeeded | Failed | Deleting | Migrating */
  readonly provisioningState?: string;
  /** storageProfile.source.id: the managed image (or other source) it was created from. */
  readonly sourceId?: string;
  readonly targetRegions: readonly VersionRegion[];
  readonly excludeFromLatest?: boolean;
  /** `publishingProfile.publishedDate` (ISO 8601), when Azure reports it: the version's age for retention. */
  readonly publishedDate?: string;
  /** `publishingProfile.endOfLifeDate` (ISO 8601), when set. */
  readonly endOfLifeDate?: string;
}

/** How clean-up retires a version without deleting it: one PATCH of its publishing profile. */
export interface VersionRetirement {
  /** Sets `publishingProfile.endOfLifeDate` (ISO 8601). */
  readonly endOfLifeDate?: string;
  /** Sets `publishingProfile.excludeFromLatest`. */
  readonly excludeFromLatest?: boolean;
}

/** The version to create: one PUT of a GalleryImageVersion. */
export interface VersionSpec {
  readonly location: string;
  readonly sourceId: string;
  readonly targetRegions: readonly {
    readonly name: string;
    readonly replicas: number;
    readonly storageAccountType: StorageAccountType;
  }[];
  readonly replicaCount: number;
  readonly storageAccountType: StorageAccountType;
  readonly excludeFromLatest: boolean;
  readonly endOfLifeDate?: string;
  readonly replicationMode: 'Full' | 'Shallow';
  readonly tags: Readonly<Record<string, string>>;
}

export type RegionState = 'Replicating' | 'Completed' | 'Failed' | 'Unknown';

export interface RegionReplication {
  readonly region: string;
  readonly state: RegionState;
  readonly progress?: number;
  readonly details?: string;
}

/** One poll of a version with `$expand=ReplicationStatus`. */
export interface ReplicationStatus {
  readonly provisioningState?: string;
  /** InProgress | Completed | Failed | Unknown */
  readonly aggregatedState?: string;
  readonly regions: readonly RegionReplication[];
  /** How long to wait before the next poll: Azure's Retry-After when it sent one, else the connection's interval. */
  readonly pollAfterMs: number;
}

export interface GalleryPort {
  /** The gallery, or undefined when it does not exist. */
  getGallery(resourceGroup: string, gallery: string, options: CallOptions): Promise<GalleryInfo | undefined>;
  /** The image definition, or undefined when it does not exist. */
  findDefinition(ref: GalleryImageRef, options: CallOptions): Promise<ImageDefinitionInfo | undefined>;
  /** Creates the image definition (Generalized) and follows the operation to its end. */
  createDefinition(ref: GalleryImageRef, spec: DefinitionSpec, options: CallOptions): Promise<ImageDefinitionInfo>;
  /** Every version of the definition (all pages). */
  listVersions(ref: GalleryImageRef, options: CallOptions): Promise<GalleryVersionInfo[]>;
  /**
   * The definition's versions page by page, as Azure pages them (nextLink by nextLink): a caller
   * that keeps only what it needs of each page holds one page at a time, however many versions.
   */
  listVersionsPaged(ref: GalleryImageRef, options: CallOptions): AsyncIterable<readonly GalleryVersionInfo[]>;
  /** One version, or undefined when it does not exist. */
  getVersion(ref: GalleryVersionRef, options: CallOptions): Promise<GalleryVersionInfo | undefined>;
  /**
   * Creates the version: ONE write (the SDK's retry policy rides out 429/5xx). Returns once Azure
   * has accepted it; replication goes on and is followed with `replicationStatus`.
   */
  publishVersion(
    ref: GalleryVersionRef,
    spec: VersionSpec,
    options: CallOptions,
  ): Promise<{ version: GalleryVersionInfo; pollAfterMs: number }>;
  /** One GET of the version with `$expand=ReplicationStatus` (every region in one answer). */
  replicationStatus(ref: GalleryVersionRef, options: CallOptions): Promise<ReplicationStatus>;
  /** Merges tags into the version's tags (one PATCH, followed to its end). */
  tagVersion(ref: GalleryVersionRef, tags: Readonly<Record<string, string>>, options: CallOptions): Promise<void>;

  // ----- clean-up -------------------------------------------------------------------
  /** Deletes the version and follows the operation to its end; absent is fine. */
  deleteVersion(ref: GalleryVersionRef, options: CallOptions): Promise<void>;
  /**
   * Sends the DELETE and returns once Azure has accepted it (202, or 200/204 when already done;
   * absent is fine) WITHOUT following the operation: the version shows provisioningState
   * 'Deleting' until it is gone. Whether it went is for the caller to confirm (clean-up lists the
   * definition's versions in bulk). `pollAfterMs`: Azure's Retry-After, else the connection's interval.
   */
  startDeleteVersion(ref: GalleryVersionRef, options: CallOptions): Promise<{ pollAfterMs: number }>;
  /** Marks the version end-of-life and/or excluded from latest (one PATCH, followed to its end). */
  retireVersion(ref: GalleryVersionRef, change: VersionRetirement, options: CallOptions): Promise<void>;
}

export interface ManagedImageInfo {
  readonly id: string;
  readonly location: string;
  readonly provisioningState?: string;
  /** Present on listed images (clean-up finds a bake's leftovers by tag). */
  readonly tags?: Readonly<Record<string, string>>;
}

export interface ManagedImagesPort {
  /** The managed image, or undefined when it does not exist. */
  get(id: string, options: CallOptions): Promise<ManagedImageInfo | undefined>;
  /** Deletes it and follows the operation to its end; absent is fine. */
  delete(id: string, options: CallOptions): Promise<void>;
  /** Every managed image of the resource group that carries tag `tagName` (all pages; clean-up). */
  listByTag(resourceGroup: string, tagName: string, options: CallOptions): Promise<ManagedImageInfo[]>;
}

export interface ImageTemplateRef {
  readonly resourceGroup: string;
  readonly name: string;
}

export type ImageBuilderSource =
  | {
      readonly type: 'PlatformImage';
      readonly publisher: string;
      readonly offer: string;
      readonly sku: string;
      readonly version: string;
    }
  | { readonly type: 'ManagedImage'; readonly imageId: string }
  | { readonly type: 'SharedImageVersion'; readonly imageVersionId: string };

/** An Image Builder template that distributes to one gallery image version. */
export interface ImageTemplateSpec {
  readonly location: string;
  readonly identityId: string;
  readonly source: ImageBuilderSource;
  /** Customizers as the user wrote them (type Shell, PowerShell, File, ...): passed through. */
  readonly customizers: readonly Readonly<Record<string, unknown>>[];
  readonly vmSize: string;
  readonly buildTimeoutInMinutes: number;
  /** The gallery image version id to distribute to, at the exact version the engine chose. */
  readonly galleryImageVersionId: string;
  readonly runOutputName: string;
  readonly targetRegions: readonly {
    readonly name: string;
    readonly replicas: number;
    readonly storageAccountType: StorageAccountType;
  }[];
  readonly excludeFromLatest: boolean;
  readonly replicationMode: 'Full' | 'Shallow';
  /** Tags Image Builder puts on the distributed version (artifactTags). */
  readonly artifactTags: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
}

export interface ImageTemplateStatus {
  readonly exists: boolean;
  readonly provisioningState?: string;
  /** Running | Canceling | Succeeded | PartiallySucceeded | Failed | Canceled */
  readonly runState?: string;
  readonly runSubState?: string;
  readonly message?: string;
  readonly pollAfterMs: number;
}

export interface RunOutputInfo {
  readonly name: string;
  readonly artifactId?: string;
  readonly artifactUri?: string;
}

/** An Image Builder template as clean-up sees it. */
export interface ImageTemplateInfo extends ImageTemplateRef {
  readonly id: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly provisioningState?: string;
  /** `lastRunStatus.runState`: Running | Canceling | Succeeded | PartiallySucceeded | Failed | Canceled; absent when never run. */
  readonly runState?: string;
}

export interface ImageBuilderPort {
  /** Creates the template and follows the operation to its end. */
  createTemplate(ref: ImageTemplateRef, spec: ImageTemplateSpec, options: CallOptions): Promise<void>;
  /** Starts a build (one POST); returns once accepted. Follow it with `status`. */
  run(ref: ImageTemplateRef, options: CallOptions): Promise<{ pollAfterMs: number }>;
  /** The template's provisioning state and last run status (one GET). */
  status(ref: ImageTemplateRef, options: CallOptions): Promise<ImageTemplateStatus>;
  runOutput(ref: ImageTemplateRef, runOutputName: string, options: CallOptions): Promise<RunOutputInfo | undefined>;
  /** Asks a running build to stop (one POST, not followed). */
  cancel(ref: ImageTemplateRef, options: CallOptions): Promise<void>;
  /** Deletes the template and follows the operation to its end; absent is fine. */
  deleteTemplate(ref: ImageTemplateRef, options: CallOptions): Promise<void>;
  /** Every template of the resource group that carries tag `tagName` (all pages; clean-up). */
  listByTag(resourceGroup: string, tagName: string, options: CallOptions): Promise<ImageTemplateInfo[]>;
}

export interface MarketplaceImage {
  readonly publisher: string;
  readonly offer: string;
  readonly sku: string;
}

export interface MarketplacePort {
  /** The newest version of a marketplace image in a region (what `latest` means right now), or undefined when none. */
  resolveVersion(image: MarketplaceImage, location: string, options: CallOptions): Promise<string | undefined>;
}

export interface ImagePorts {
  readonly gallery: GalleryPort;
  readonly managedImages: ManagedImagesPort;
  readonly imageBuilder: ImageBuilderPort;
  readonly marketplace: MarketplacePort;
}
