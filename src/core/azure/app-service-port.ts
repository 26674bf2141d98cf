/**
 * App Service sites and deployment slots for slot-swap. Implemented with
 * @azure/arm-appservice in src/azure/app-service.ts; faked in tests. The production site is the
 * slot named 'production'. Errors arrive as classified EngineErrors.
 */
export interface AppCallOptions {
  readonly signal: AbortSignal;
  /**
   * Longest the call may take (ms): what is left of the rollout's deadline. The implementation
   * gives up after it (a long-running swap included) with a transient EngineError.
   */
  readonly timeoutMs?: number;
}

export const PRODUCTION_SLOT = 'production';

export interface SlotRef {
  readonly resourceGroup: string;
  readonly site: string;
  /** 'production' for the site itself. */
  readonly slot: string;
}

/** What the engine reads of a site or slot: identity, host names, and the artifact it runs. */
export interface SlotInfo extends SlotRef {
  readonly id: string;
  readonly location: string;
  readonly state?: string;
  /** Azure's `{site}[-{slot}].azurewebsites.net`. */
  readonly defaultHostName?: string;
  readonly hostNames: readonly string[];
  /** `DOCKER|registry/image:tag` (Linux containers), when set. */
  readonly linuxFxVersion?: string;
  /** The `WEBSITE_RUN_FROM_PACKAGE` app setting, when set (secret: may be a SAS URL). */
  readonly runFromPackage?: string;
  readonly tags: Readonly<Record<string, string>>;
  /** The production site's ramp-up rules (config/web `experiments.rampUpRules`); empty for a slot. */
  readonly rampUp?: readonly RampUpRule[];
}

/** The immutable artifact a slot runs: one of the two. */
export type SlotArtifact =
  | { readonly containerImage: string; readonly packageUrl?: undefined }
  | { readonly packageUrl: string; readonly containerImage?: undefined };

/**
 * A ramp-up rule of the production site (config/web `experiments.rampUpRules`): `percent` of its
 * traffic goes to the slot whose host name is `actionHostName`.
 */
export interface RampUpRule {
  readonly name: string;
  readonly actionHostName: string;
  readonly percent: number;
}

export interface AppServicePort {
  /** How often long-running operations are polled (ms): the rollout's first backoff between attempts. */
  readonly pollIntervalMs: number;
  /** The site ('production') or slot with its config and run-from-package setting; undefined when absent. */
  getSlot(ref: SlotRef, options: AppCallOptions): Promise<SlotInfo | undefined>;
  /** Names of the site's deployment slots (without 'production'); undefined when the site does not exist. */
  listSlots(resourceGroup: string, site: string, options: AppCallOptions): Promise<string[] | undefined>;
  /**
   * Points the slot at the artifact: a container image (`linuxFxVersion = DOCKER|<image>`, one
   * PATCH of config/web) or a run-from-package URL (the `WEBSITE_RUN_FROM_PACKAGE` app setting,
   * read-modify-write of the app settings). Idempotent: writes nothing when already set.
   * Returns true when it wrote.
   */
  setArtifact(ref: SlotRef, artifact: SlotArtifact, options: AppCallOptions): Promise<boolean>;
  /** Restarts the slot and blocks until it has restarted (`synchronous=true`). */
  restart(ref: SlotRef, options: AppCallOptions): Promise<void>;
  /** Swaps `source` into `target` (e.g. staging → production); follows the operation to its end. */
  swap(source: SlotRef, targetSlot: string, options: AppCallOptions): Promise<void>;
  /** Swap with preview, phase one: applies `targetSlot`'s slot-specific config to `source`. */
  applySlotConfig(source: SlotRef, targetSlot: string, options: AppCallOptions): Promise<void>;
  /** Cancels a swap with preview: `source` gets its own config back. */
  resetSlotConfig(source: SlotRef, options: AppCallOptions): Promise<void>;
  /**
   * Sets (percent > 0) or removes (percent 0) the production site's ramp-up rule named `rule.name`,
   * keeping any other rule. Reads config/web first and writes (one PATCH) only when it differs, so
   * a retry is safe. Returns true when it wrote.
   */
  setRampUp(site: SlotRef, rule: RampUpRule, options: AppCallOptions): Promise<boolean>;
}
