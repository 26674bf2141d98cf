import { isObject, type ObjectValue } from '../arm-template/errors.js';
import { predicted, propertyChanges } from '../arm-template/what-if.js';
import type { Router } from '../router.js';
import type { Json } from '../state.js';
import type { ArmRequest } from '../types.js';
import { callProvider } from './resources-deployments-dispatch.js';
import type { Prepared } from './resources-deployments-preflight.js';
import { DEPLOYMENT_TYPE } from './resources-deployments-view.js';

/**
 * What-if changes (WhatIfChange, deployments.json 2026-06-01): each template resource is read
 * through its provider's GET (as the provider shows it) and compared with the template
 * (arm-template/what-if.ts): absent → Create, differing → Modify with `delta`, else NoChange.
 * Tracked resources of the group the template does not name → Ignore (Incremental mode leaves
 * them alone). `whatIfSettings.resultFormat: ResourceIdOnly` drops before / after / delta.
 * Nothing is written.
 */
export async function whatIfChanges(req: ArmRequest, router: Router, prepared: Prepared): Promise<Json[]> {
  const changes: Json[] = [];
  const named = new Set<string>();
  for (const r of prepared.evaluated.resources) {
    named.add(r.id.toLowerCase());
    const current = await callProvider(router, req.emu, 'GET', r.id, r.apiVersion);
    const identity = { id: r.id, name: r.name.split('/').pop(), type: r.type, apiVersion: r.apiVersion };
    if (current.status === 404) {
      changes.push({ resourceId: r.id, changeType: 'Create', after: { ...identity, ...r.body } });
    } else if (current.error || !isObject(current.body)) {
      const reason = current.error?.message ?? 'the provider returned no resource body';
      changes.push({ resourceId: r.id, changeType: 'Unsupported', unsupportedReason: reason });
    } else {
      const before = { ...(current.body as ObjectValue), apiVersion: r.apiVersion };
      const delta = propertyChanges(before, r.body);
      changes.push({
        resourceId: r.id,
        changeType: delta.length > 0 ? 'Modify' : 'NoChange',
        before,
        after: predicted(before, r.body),
        ...(delta.length > 0 ? { delta } : {}),
      });
    }
  }
  changes.push(...ignored(req, prepared, named));
  const format = String((prepared.properties['whatIfSettings'] as Json | undefined)?.['resultFormat'] ?? '');
  return format.toLowerCase() === 'resourceidonly'
    ? changes.map(({ before: _b, after: _a, delta: _d, ...c }) => c)
    : changes;
}

/** Top-level tracked resources of the group (`…/providers/NS/type/name`) that the template does not name. */
function ignored(req: ArmRequest, prepared: Prepared, named: Set<string>): Json[] {
  const prefix = `${prepared.group.id}/providers/`.toLowerCase();
  return (
    req.emu.state
      .all()
      .filter((r) => {
        const id = r.id.toLowerCase();
        return (
          id.startsWith(prefix) &&
          id.slice(prefix.length).split('/').length === 3 &&
          r.type.toLowerCase() !== DEPLOYMENT_TYPE.toLowerCase() &&
          typeof r.body['location'] === 'string' &&
          !named.has(id)
        );
      })
      .sort((a, b) => a.id.localeCompare(b.id))
      // No `before`: the stored body may hold write-only values (passwords) a provider GET would hide.
      .map((r) => ({ resourceId: r.id, changeType: 'Ignore' }))
  );
}
