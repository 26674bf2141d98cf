import { resourceNotFound } from '../errors.js';
import { pagedReply } from '../paging.js';
import { idFromPath, requireResourceGroup, requireScope, requireSubscription } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { ArmRequest, Provider, Reply, RouteDef } from '../types.js';
import { COMPUTE_API_VERSIONS, RG_PROVIDERS } from './compute-api.js';

/**
 * Microsoft.Compute/virtualMachines, read side only (virtualMachine.json, api-version 2026-03-01 /
 * 2025-04-01): `VirtualMachines_ListAll` (GET /subscriptions/{subscriptionId}/providers/
 * Microsoft.Compute/virtualMachines), `VirtualMachines_List` (per resource group) and
 * `VirtualMachines_Get`. Virtual machines are seeded (control.seedResource); their stored body is
 * the VM as Azure returns it (a VM runs the image of its own `storageProfile.imageReference`).
 */
const TYPE = 'Microsoft.Compute/virtualMachines';
const VM_PATH = `${RG_PROVIDERS}/${TYPE}/{vmName}`;

const route = (path: string, operation: string, handler: RouteDef['handler']): RouteDef => ({
  method: 'GET',
  path,
  operation,
  handler,
  apiVersions: COMPUTE_API_VERSIONS,
  resourceType: TYPE,
});

export const computeVirtualMachinesProvider: Provider = {
  name: 'compute-virtualmachines',
  register(router: Router) {
    router.addAll([
      route(
        '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/virtualMachines',
        'VirtualMachines_ListAll',
        listAll,
      ),
      route(`${RG_PROVIDERS}/${TYPE}`, 'VirtualMachines_List', listByGroup),
      route(VM_PATH, 'VirtualMachines_Get', get),
    ]);
  },
};

function listAll(req: ArmRequest): Reply {
  requireSubscription(req);
  return pagedReply(
    req,
    req.emu.state.list(TYPE, `/subscriptions/${req.emu.subscriptionId}`).map((r) => r.body),
  );
}

function listByGroup(req: ArmRequest): Reply {
  const group = requireResourceGroup(req);
  return pagedReply(
    req,
    req.emu.state.list(TYPE, group.id).map((r) => r.body),
  );
}

function get(req: ArmRequest): Reply {
  const id = idFromPath(req);
  requireScope(req, id, TYPE);
  const res = req.emu.state.get(id);
  if (!res) throw resourceNotFound(TYPE, req.params['vmName'] ?? '', req.params['resourceGroupName']);
  return { status: 200, body: res.body };
}
