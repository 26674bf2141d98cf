import { preconditionFailed } from './errors.js';
import type { StoredResource } from './state.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { ArmRequest, Reply } from './types.js';

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
    const ok =
      existing !== undefined &&
      (wanted.includes('*') || (existing.etag !== undefined && wanted.includes(unquote(existing.etag))));
    if (!ok) throw preconditionFailed();
  }
  if (ifNoneMatch !== undefined && existing !== undefined) {
    const wanted = ifNoneMatch.split(',').map(unquote);
    if (wanted.includes('*') || (existing.etag !== undefined && wanted.includes(unquote(existing.etag)))) {
      throw preconditionFailed();
    }
  }
}

/**
 * If-Match / If-None-Match on a read (GET, HEAD), judged against the answer the handler built:
 * RFC 9110 §13.1.1-13.1.2 and §13.2.2 — conditions apply to every method, evaluated when the
 * answer would be 2xx. ARM's front door does the same, so an `If-Match` left on an operation's
 * status poll or final GET (which carry no or a newer ETag) fails with 412, as in Azure:
 *  - If-Match: *       → passes (the resource exists: the handler answered 2xx)
 *  - If-Match: "etag"  → 412 PreconditionFailed unless the answer's ETag is listed (no ETag: 412)
 *  - If-None-Match     → 304 Not Modified, no body, when it lists the answer's ETag (or `*`)
 */
export function checkReadPreconditions(headers: IncomingHttpHeaders, reply: Reply): Reply {
  if (reply.status < 200 || reply.status >= 300) return reply;
  const etagHeader = Object.entries(reply.headers ?? {}).find(([k]) => k.toLowerCase() === 'etag')?.[1];
  const current = etagHeader === undefined ? undefined : unquote(etagHeader);
  const ifMatch = headerOf(headers, 'if-match');
  if (ifMatch !== undefined) {
    const wanted = ifMatch.split(',').map(unquote);
    if (!wanted.includes('*') && (current === undefined || !wanted.includes(current))) {
      const err = preconditionFailed();
      return { status: err.status, body: err.toBody() };
    }
  }
  const ifNoneMatch = headerOf(headers, 'if-none-match');
  if (ifNoneMatch !== undefined) {
    const wanted = ifNoneMatch.split(',').map(unquote);
    if (wanted.includes('*') || (current !== undefined && wanted.includes(current))) {
      return { status: 304, headers: etagHeader === undefined ? {} : { ETag: etagHeader } };
    }
  }
  return reply;
}

function header(req: ArmRequest, name: string): string | undefined {
  return headerOf(req.headers, name);
}

function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}
