/**
 * Template deployments at resource-group scope (Microsoft.Resources/deployments): validate and
 * what-if (reads: they change nothing), start one and look at it, the operations of a failed one,
 * the group's deployment history and its pruning. Implemented in src/azure/deployments.ts; faked in
 * tests. REST: specification/resources/resource-manager/Microsoft.Resources/deployments/stable/
 * <api-version>/deployments.json (Deployments_*, DeploymentOperations_List).
 *
 * Every call takes the run's AbortSignal and a `timeoutMs` bound (what is left of the step's
 * deadline); errors arrive as classified EngineErrors; "not found" on a read is `undefined`.
 */
import type { DeployCallOptions } from './scale-set-port.js';

export interface DeploymentRef {
  readonly resourceGroup: string;
  /** 1–64 characters of letters, digits, '-', '_', '.', '(' and ')' (Azure's pattern). */
  readonly name: string;
}

/** What a deployment deploys: always incremental mode (resources not in the template are left alone). */
export interface DeploymentInput {
  readonly template: Readonly<Record<string, unknown>>;
  /** ARM parameter values by name: `{ value }` or a Key Vault `{ reference }`. */
  readonly parameters: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Tags of the deployment itself (who made it), never of the resources it deploys. */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Azure's error shape (ErrorResponse): a code, a message, the target and nested details. */
export interface DeploymentError {
  readonly code: string;
  readonly message: string;
  readonly target?: string;
  readonly details?: readonly DeploymentError[];
}

export type DeploymentState =
  'Accepted' | 'Running' | 'Succeeded' | 'Failed' | 'Canceled' | 'Deleting' | 'NotSpecified' | string;

export interface DeploymentInfo {
  readonly name: string;
  readonly id: string;
  readonly provisioningState: DeploymentState;
  /** When the deployment last changed (ISO 8601), for ordering the history. */
  readonly timestamp?: string;
  readonly error?: DeploymentError;
  readonly tags: Readonly<Record<string, string>>;
  /** The parameter values it was deployed with (secure ones are never returned by Azure). */
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** One failed operation of a deployment: the resource it acted on and Azure's answer. */
export interface OperationFailure {
  /** 'Microsoft.Compute/virtualMachineScaleSets web' (type and name), or the resource id. */
  readonly resource: string;
  readonly resourceId?: string;
  /** The HTTP status of the resource provider's answer ('BadRequest', 'Conflict'…), when given. */
  readonly statusCode?: string;
  readonly error?: DeploymentError;
}

/** One property change of a what-if (WhatIfPropertyChange). */
export interface PropertyChange {
  readonly path: string;
  readonly change: 'Create' | 'Delete' | 'Modify' | 'Array' | 'NoEffect' | string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly children?: readonly PropertyChange[];
}

/** One resource of a what-if (WhatIfChange). */
export interface ResourceChange {
  readonly resourceId: string;
  readonly change: 'Create' | 'Delete' | 'Ignore' | 'Deploy' | 'NoChange' | 'Modify' | 'Unsupported' | string;
  readonly delta: readonly PropertyChange[];
  /** Why Azure cannot predict it (changeType Unsupported). */
  readonly unsupportedReason?: string;
}

export type ValidationResult = { readonly ok: true } | { readonly ok: false; readonly error: DeploymentError };

export type WhatIfResult =
  | { readonly ok: true; readonly changes: readonly ResourceChange[] }
  | { readonly ok: false; readonly error: DeploymentError };

export interface DeploymentPort {
  /** Between looks at a running deployment when Azure gives no Retry-After: the connection's poll interval. */
  readonly pollIntervalMs: number;
  /** The resource id of a group of the connection's subscription ('/subscriptions/…/resourceGroups/rg'). */
  resourceGroupId(resourceGroup: string): string;
  /** Azure's validation of the template and parameters (POST validate, followed to its end); no change is made. */
  validate(ref: DeploymentRef, input: DeploymentInput, options: DeployCallOptions): Promise<ValidationResult>;
  /** The changes the deployment would make (POST whatIf, followed to its end); no change is made. */
  whatIf(ref: DeploymentRef, input: DeploymentInput, options: DeployCallOptions): Promise<WhatIfResult>;
  /**
   * Starts the deployment (one PUT) and returns once Azure accepted it; `get` follows it. A
   * deployment with this name already running answers Conflict ('DeploymentActive').
   */
  start(ref: DeploymentRef, input: DeploymentInput, options: DeployCallOptions): Promise<void>;
  /** The deployment (one GET), or undefined when there is none of that name. */
  get(ref: DeploymentRef, options: DeployCallOptions): Promise<DeploymentInfo | undefined>;
  /** The operations of a deployment that failed (one paged list), the failed ones only. */
  failedOperations(ref: DeploymentRef, options: DeployCallOptions): Promise<OperationFailure[]>;
  /** Every deployment in the group's history (one paged list). */
  list(resourceGroup: string, options: DeployCallOptions): Promise<DeploymentInfo[]>;
  /** Deletes a deployment from the history (not its resources), followed to its end; absent is fine. */
  delete(ref: DeploymentRef, options: DeployCallOptions): Promise<void>;
  /** Asks a running deployment to stop (POST cancel); best effort, not followed. */
  cancel(ref: DeploymentRef, options: DeployCallOptions): Promise<void>;
}
