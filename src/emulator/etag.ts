import { preconditionFailed } from './errors.js';
import type { StoredResource } from './state.js';
import type { ArmRequest } from './types.js';

/** A new quoted ETag value from the seeded random stream. */
export function newEtag(req: ArmRequest): string {
  return `"${req.emu.random.uuid()}"`;
}

const unquote = (v: string): string => v.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

/**
 * Enforces If-Match / If-None-Match against the current resource (undefined = absent):
 *  - If-Match: *        → resource must exist
 *  - If-Match: "etag"   → resource must exist with that ETag
 *  - If-None-Match: *   → resource must not exist (create-only)
 * Anything else → 412 PreconditionFailed.
 */
export function checkPreconditions(req: ArmRequest, existing: StoredResource | undefined): void {
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  if (ifMatch !== undefined) {
    const wanted = ifMatch.split(',').map(unquote);
    const ok = existing !== undefined && (wanted.includes('*') || (existing.etag !== undefined && wanted.includes(unquote(existing.etag))));
    if (!ok) throw preconditionFailed();
  }
  if (ifNoneMatch !== undefined && existing !== undefined) {
    const wanted = ifNoneMatch.split(',').map(unquote);
    if (wanted.includes('*') || (existing.etag !== undefined && wanted.includes(unquote(existing.etag)))) {
      throw preconditionFailed();
    }
  }
}

function header(req: ArmRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}
