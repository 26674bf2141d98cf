/**
 * What the scale-set routes share: the resource type and path, the stored scale set a request
 * addresses, and starting a rolling upgrade (the model write and the action routes both do).
 */
import { resourceNotFound } from '../errors.js';
import { requireScope } from '../resource-kit.js';
import { policyWithDefaults, RollingUpgrade, type RollingPolicy } from '../sim/rolling-upgrade.js';
import { deployWorld, type ScaleSetEntry } from '../sim/world.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';

export const TYPE = 'Microsoft.Compute/virtualMachineScaleSets';
export const SCALE_SET_PATH =
  '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets/{vmScaleSetName}';

/** The stored scale set addressed by `{vmScaleSetName}` (404 ResourceNotFound otherwise). */
export function requireScaleSet(req: ArmRequest): { res: StoredResource; entry: ScaleSetEntry } {
  const id = `/subscriptions/${req.params['subscriptionId']}/resourceGroups/${req.params['resourceGroupName']}/providers/${TYPE}/${req.params['vmScaleSetName']}`;
  requireScope(req, id, TYPE);
  const res = req.emu.state.get(id);
  const entry = res && deployWorld(req.emu).scaleSets.get(res.id.toLowerCase());
  if (!res || !entry) throw resourceNotFound(TYPE, req.params['vmScaleSetName'] ?? '', req.params['resourceGroupName']);
  return { res, entry };
}

export function locationOf(res: StoredResource): string {
  return String(res.body['location'] ?? '');
}

/** Starts a rolling upgrade over the out-of-date instances (none may be running). */
export function startRolling(res: StoredResource, entry: ScaleSetEntry): RollingUpgrade {
  const policy = policyWithDefaults(
    upgradePolicyOf(res.body)['rollingUpgradePolicy'] as Partial<RollingPolicy> | undefined,
  );
  entry.rolling = new RollingUpgrade(entry.sim, policy, entry.sim.now());
  return entry.rolling;
}

export function upgradePolicyOf(body: Json): Json {
  return ((body['properties'] as Json | undefined)?.['upgradePolicy'] as Json | undefined) ?? {};
}
