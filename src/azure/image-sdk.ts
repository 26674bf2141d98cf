/**
 * Shared plumbing of the image ports: lazily loaded SDK clients (the GitHub bundle must not load an
 * Azure SDK before a stage needs it), call options and Retry-After. Errors: ./errors.ts.
 */
import type { ComputeManagementClient } from '@azure/arm-compute';
import type { ImageBuilderClient } from '@azure/arm-imagebuilder';
import { EngineError } from '../core/errors.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';

/** Without a usable Retry-After: how long between polls of replication / builds on real Azure. */
export const DEFAULT_POLL_MS = 15_000;

export interface ImageSdk {
  readonly conn: AzureConnection;
  compute(): Promise<ComputeManagementClient>;
  imageBuilder(): Promise<ImageBuilderClient>;
  /** Interval between polls when Azure names none (Retry-After absent or 0). */
  readonly pollMs: number;
  /** Options for an SDK poller followed to its end. */
  lro(signal: AbortSignal): { abortSignal: AbortSignal; updateIntervalInMs?: number };
}

export function imageSdk(conn: AzureConnection): ImageSdk {
  const clients = clientsFor(conn);
  return {
    conn,
    pollMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
    compute: clients.compute,
    imageBuilder: clients.imageBuilder,
    lro: clients.lro,
  };
}

/** Records the Retry-After of the responses of one call (seconds; HTTP dates ignored). */
export function retryAfterProbe(): {
  onResponse: (r: { headers: { get(name: string): string | undefined } }) => void;
  ms(fallback: number): number;
} {
  let seconds: number | undefined;
  return {
    onResponse: (r) => {
      const raw = r.headers.get('retry-after');
      const n = raw === undefined ? NaN : Number(raw);
      if (Number.isFinite(n) && n >= 0) seconds = n;
    },
    ms: (fallback) => (seconds !== undefined && seconds > 0 ? seconds * 1000 : fallback),
  };
}

/** `{ resourceGroup, name }` of a resource id of the given provider type (e.g. Microsoft.Compute/images). */
export function parseId(id: string, type: string): { resourceGroup: string; name: string } {
  const m = new RegExp(`/resourceGroups/([^/]+)/providers/${type.replace('.', '\\.')}/([^/]+)$`, 'i').exec(id);
  if (!m) throw new EngineError('input', `'${id}' is not a ${type} resource id`);
  return { resourceGroup: m[1]!, name: m[2]! };
}
