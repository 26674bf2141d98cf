import type { ArmRequest, Reply } from './types.js';

/**
 * Answers a list call with one page of `items` and an absolute `nextLink` (ARM style, carrying
 * api-version and a `$skiptoken`) when more remain. Page size is EmulatorOptions.pageSize.
 */
export function pagedReply(req: ArmRequest, items: unknown[]): Reply {
  const size = Math.max(1, req.emu.pageSize);
  const start = Math.max(0, Number.parseInt(req.query.get('$skiptoken') ?? '0', 10) || 0);
  const top = Number.parseInt(req.query.get('$top') ?? '', 10);
  const limit = Number.isFinite(top) && top > 0 ? Math.min(top, items.length) : items.length;
  const end = Math.min(start + size, limit);
  const body: { value: unknown[]; nextLink?: string } = { value: items.slice(start, end) };
  if (end < limit) {
    const next = new URL(req.url.toString());
    next.searchParams.set('$skiptoken', String(end));
    body.nextLink = next.toString();
  }
  return { status: 200, body };
}
