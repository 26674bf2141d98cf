import { ArmError, type ArmErrorBody } from './errors.js';
import type { SimClock } from './clock.js';
import type { RandomSource } from './random.js';
import type { Scheduler } from './scheduler.js';
import type { ArmRequest, Reply } from './types.js';

export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';

export interface OperationRecord {
  id: string;
  /** Provider namespace used in the status URL, e.g. Microsoft.Compute. */
  namespace: string;
  location: string;
  status: OperationStatus;
  startMs: number;
  endMs?: number;
  /** Simulated ms at which it completes; undefined = never (the `lro-never-ends` fault). */
  dueMs?: number;
  error?: ArmErrorBody;
  /** Final answer of the Location (operationResults) URL once Succeeded; default 204. */
  result?: () => Reply;
}

export interface LroStartOptions {
  /** Id of the resource the operation acts on (gives namespace and, with `location`, the status URL). */
  resourceId: string;
  /** Azure region of the resource; defaults to the resource id's subscription-level 'global'. */
  location?: string;
  /** Simulated duration in seconds. */
  durationSeconds: number;
  /** Applies the final state. Throwing an ArmError turns the operation Failed with that error. */
  onSuccess?: () => void;
  /** Applies the failed state (e.g. provisioningState Failed). */
  onFailure?: (error: ArmErrorBody) => void;
  /** Body of the Location URL after success (POST actions with results); default 204 No Content. */
  result?: () => Reply;
  /** Scripted failure decided by the provider: the operation ends Failed with this error. */
  failWith?: ArmErrorBody;
}

export interface LroHeaderOptions {
  /** Emit Azure-AsyncOperation (default true). */
  asyncOperation?: boolean;
  /** Emit Location (default true). */
  location?: boolean;
  /** Simulated seconds a client should wait before polling (default 10, scaled). */
  retryAfterSeconds?: number;
}

/**
 * Tracks asynchronous operations. Completion runs through the Scheduler on simulated time; the
 * generic status routes (see operation-routes.ts) read these records.
 */
export class LroManager {
  private readonly ops = new Map<string, OperationRecord>();

  constructor(
    private readonly clock: SimClock,
    private readonly scheduler: Scheduler,
    private readonly random: RandomSource,
    private readonly baseUrl: () => string,
  ) {}

  start(req: ArmRequest, options: LroStartOptions): OperationRecord {
    const op: OperationRecord = {
      id: this.random.uuid(),
      namespace: namespaceOf(options.resourceId),
      location: (options.location ?? 'global').toLowerCase().replace(/\s+/g, ''),
      status: 'InProgress',
      startMs: this.clock.now(),
      result: options.result,
    };
    this.ops.set(op.id, op);
    if (req.lroFault?.kind === 'lro-never-ends') return op;
    const failure =
      req.lroFault?.kind === 'lro-failed'
        ? (req.lroFault.error ?? { code: 'InternalOperationError', message: 'The operation failed (injected fault).' })
        : options.failWith;
    op.dueMs = op.startMs + options.durationSeconds * 1000;
    this.scheduler.at(op.dueMs, () => this.finish(op, options, failure));
    return op;
  }

  get(id: string): OperationRecord | undefined {
    return this.ops.get(id);
  }

  /** Headers for a 201/202 answer, with api-version carried into the polling URLs. */
  headers(req: ArmRequest, op: OperationRecord, options: LroHeaderOptions = {}): Record<string, string> {
    const base = `${this.baseUrl()}/subscriptions/${req.emu.subscriptionId}/providers/${op.namespace}/locations/${op.location}`;
    const q = `?api-version=${encodeURIComponent(req.apiVersion)}`;
    const headers: Record<string, string> = { 'Retry-After': this.clock.retryAfter(options.retryAfterSeconds ?? 10) };
    if (options.asyncOperation !== false) headers['Azure-AsyncOperation'] = `${base}/operationStatuses/${op.id}${q}`;
    if (options.location !== false) headers['Location'] = `${base}/operationResults/${op.id}${q}`;
    return headers;
  }

  /** Body of the operation-status resource (Azure-AsyncOperation URL). */
  statusBody(op: OperationRecord): Record<string, unknown> {
    const body: Record<string, unknown> = {
      id: `/subscriptions/providers/${op.namespace}/locations/${op.location}/operationStatuses/${op.id}`,
      name: op.id,
      status: op.status,
      startTime: new Date(op.startMs).toISOString(),
    };
    if (op.endMs !== undefined) body['endTime'] = new Date(op.endMs).toISOString();
    if (op.status === 'InProgress' && op.dueMs !== undefined) {
      const total = Math.max(1, op.dueMs - op.startMs);
      body['percentComplete'] = Math.min(99, Math.floor(((this.clock.now() - op.startMs) / total) * 100));
    }
    if (op.error) body['error'] = op.error;
    return body;
  }

  private finish(op: OperationRecord, options: LroStartOptions, failure: ArmErrorBody | undefined): void {
    op.endMs = this.clock.now();
    if (failure) return this.fail(op, options, failure);
    try {
      options.onSuccess?.();
      op.status = 'Succeeded';
    } catch (e) {
      if (!(e instanceof ArmError)) throw e;
      this.fail(op, options, e.toBody().error);
    }
  }

  private fail(op: OperationRecord, options: LroStartOptions, error: ArmErrorBody): void {
    op.status = 'Failed';
    op.error = error;
    options.onFailure?.(error);
  }
}

/** `Microsoft.Compute` from `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g`. */
export function namespaceOf(resourceId: string): string {
  const parts = resourceId.split('/');
  const i = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
  return i >= 0 && parts[i + 1] ? parts[i + 1]! : 'Microsoft.Resources';
}
