/**
 * The deploy lock's lease, as one tag on the deploy target:
 * `immutable-deploy.lock = <owner>;<expiry ISO 8601>;<run URL>` (Azure: values up to 256 characters;
 * the run URL is clipped last). Pure: parsing, formatting, expiry.
 */
import { clip } from '../deploy/record.js';

export const LOCK_TAG = 'immutable-deploy.lock';

export interface Lease {
  /** Identifies the process that holds it: run id, job, attempt and a random part (owner.ts). */
  readonly owner: string;
  /** Epoch ms after which anyone may take it over. */
  readonly expiresAt: number;
  readonly runUrl?: string;
}

export function formatLease(lease: Lease): string {
  return clip(`${lease.owner};${new Date(lease.expiresAt).toISOString()};${lease.runUrl ?? ''}`);
}

/** The lease a tag value holds; undefined for an empty or unreadable value (treated as free). */
export function parseLease(value: string | undefined): Lease | undefined {
  if (!value) return undefined;
  const [owner = '', expiry = '', ...url] = value.split(';');
  const expiresAt = Date.parse(expiry);
  if (!owner || Number.isNaN(expiresAt)) return undefined;
  const runUrl = url.join(';');
  return { owner, expiresAt, ...(runUrl ? { runUrl } : {}) };
}

/** The lease tag's value among `tags` (tag names are case-insensitive in Azure). */
export function leaseTagValue(tags: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(tags).find(([k]) => k.toLowerCase() === LOCK_TAG)?.[1];
}

export const describeHolder = (lease: Lease): string => `run ${lease.owner}${lease.runUrl ? ` (${lease.runUrl})` : ''}`;
