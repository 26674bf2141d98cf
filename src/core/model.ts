/**
 * The data every part of the engine passes around — summary items, planned writes, releases and
 * rollback plans, verify results — in one leaf module that imports nothing, so that the modules
 * that produce and consume them never import each other for a type.
 */

/** What a write does to its resource. */
export type PlanOperation =
  | 'create' // a new resource (gallery version, image definition, scale set, Image Builder template)
  | 'update' // a model / configuration write (image reference, slot artifact, rolling policy)
  | 'delete' // a resource goes away (intermediate managed image, template, old version)
  | 'run' // a build runs (Packer, Image Builder)
  | 'replace' // instances are re-imaged onto the model (one write per batch)
  | 'scale' // capacity changes
  | 'switch' // load balancer rules move to another pool
  | 'swap' // App Service slots swap
  | 'restart' // a slot restarts
  | 'cancel' // a running operation is asked to stop
  | 'deploy' // a template deployment (ARM / Bicep) applies a template to a resource group
  | 'tag'; // tags merged or removed (the release record, provenance, scale-down time)

export interface PlannedWrite {
  /** The resource in words, e.g. 'scale set web', 'gallery image version gal/web 1.4.3'. */
  readonly resource: string;
  readonly operation: PlanOperation;
  readonly before?: string;
  readonly after?: string;
  /** Why this write: the input, the observed state or the rule that calls for it. */
  readonly why: string;
}

/** One line of a stage's story in the summary: a check, a fact or an action taken. */
export interface SummaryItem {
  readonly kind: 'fact' | 'check' | 'action';
  readonly label: string;
  readonly value: string;
  /** For checks: whether it passed. */
  readonly ok?: boolean;
  /** Plan mode: the write this item describes (kind 'action', label 'planned'); it was not made. */
  readonly write?: PlannedWrite;
}

/** What a deploy rolls out. */
export interface ReleaseArtifact {
  /** Gallery image version resource id (scale-set strategies). */
  readonly imageId?: string;
  readonly imageVersion?: string;
  /** Container image reference or run-from-package URL (slot-swap). */
  readonly containerImage?: string;
  readonly packageUrl?: string;
}

/**
 * What is live on a target, recorded on Azure itself as tags on the target (current version,
 * previous version, deployed at, run URL), so any later step on any runner knows it.
 */
export interface ReleaseRecord {
  readonly current?: string;
  readonly previous?: string;
  readonly deployedAt?: string;
  readonly runUrl?: string;
  /** Blue-green: the live colour; slot-swap: the slot that holds the previous release. */
  readonly activeSlot?: string;
  /** A version a run set out to make live and has not finished (cancelled or failed mid-way). */
  readonly target?: string;
  /** 'deploying' | 'live' | 'rolling-back' | 'rolled-back' | 'paused' (a canary) | 'aborted' */
  readonly state?: string;
  /** The last version rolled back from: never a rollback target. */
  readonly failed?: string;
  /** A paused canary ('paused'): the step it stopped at (1-based, as text) and the share (%) on `target`. */
  readonly canaryStep?: string;
  readonly canaryWeight?: string;
}

/** An endpoint verify probes: production traffic, or the idle colour / staging slot before a switch. */
export interface Endpoint {
  readonly role: 'live' | 'preview';
  readonly url: string;
}

/** One target health check (instance health, remote-access gate…), for verify's summary and outputs. */
export interface TargetCheck {
  readonly name: string;
  readonly passed: boolean;
  /** A finding that does not fail the gate (remote-access: warn). */
  readonly warning?: boolean;
  readonly detail: string;
}

/** Everything a strategy needs to undo a deploy, as plain data. */
export interface RollbackPlan {
  /** The strategy's name (src/core/deploy/registry.ts). */
  readonly strategy: string;
  /** What becomes live again: an image id/version, a colour, a slot's previous artifact. */
  readonly to: ReleaseArtifact & { readonly slot?: string };
  /** One sentence: "scale set web: image 1.4.3 → 1.4.2". */
  readonly description: string;
  /**
   * What the release record says once the rollback is done: `previous` is the last good version
   * before the one returned to (never the version rolled back), `failed` the version rolled back.
   */
  readonly record?: { readonly previous?: string; readonly failed?: string };
}

export interface ProbeResult {
  name: string;
  url: string;
  passed: boolean;
  attempts: number;
  /** Consecutive successes at the end (equals `successes` when passed). */
  consecutiveSuccesses: number;
  /** Status of the last answer, when the last attempt got one. */
  lastStatus?: number;
  /** Why the last attempt failed (status, body or request error), when it did. */
  lastError?: string;
  /** One human sentence for logs and summaries. */
  reason: string;
  /** From start to end on the injected clock. */
  durationMs: number;
}
