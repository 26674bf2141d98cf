import { ArmError, invalidParameter, operationNotAllowed } from '../errors.js';
import { pagedReply } from '../paging.js';
import type { Router } from '../router.js';
import type { Json } from '../state.js';
import type { ArmRequest, Reply, RouteDef } from '../types.js';
import { trackSimOperation } from '../sim/lro-bridge.js';
import { SimOperation } from '../sim/timeline.js';
import { locationOf, requireScaleSet, SCALE_SET_PATH, startRolling } from './compute-scalesets-target.js';
import { instanceView, rollingStatusView, scaleSetInstanceView, vmView } from './compute-scalesets-view.js';

/**
 * Scale set instance operations and rolling upgrades:
 * instanceView, VMs list/get (`$expand=instanceView`), manualupgrade (updateInstances), reimage,
 * rollingUpgrades/latest, osRollingUpgrade, rollingUpgrades/cancel.
 * POST actions answer 202 with Azure-AsyncOperation + Location and finish with the simulation.
 */
type RouteFactory = (
  method: RouteDef['method'],
  path: string,
  operation: string,
  handler: RouteDef['handler'],
) => RouteDef;

export function registerScaleSetActions(router: Router, route: RouteFactory): void {
  const vm = `${SCALE_SET_PATH}/virtualMachines/{instanceId}`;
  router.addAll([
    route('GET', `${SCALE_SET_PATH}/instanceView`, 'VirtualMachineScaleSets_GetInstanceView', getInstanceView),
    route('GET', `${SCALE_SET_PATH}/virtualMachines`, 'VirtualMachineScaleSetVMs_List', listVms),
    route('GET', vm, 'VirtualMachineScaleSetVMs_Get', getVm),
    route('GET', `${vm}/instanceView`, 'VirtualMachineScaleSetVMs_GetInstanceView', getVmInstanceView),
    route('POST', `${vm}/reimage`, 'VirtualMachineScaleSetVMs_Reimage', reimageVm),
    route('POST', `${SCALE_SET_PATH}/manualupgrade`, 'VirtualMachineScaleSets_UpdateInstances', updateInstances),
    route('POST', `${SCALE_SET_PATH}/reimage`, 'VirtualMachineScaleSets_Reimage', reimage),
    route(
      'GET',
      `${SCALE_SET_PATH}/rollingUpgrades/latest`,
      'VirtualMachineScaleSetRollingUpgrades_GetLatest',
      getLatest,
    ),
    route(
      'POST',
      `${SCALE_SET_PATH}/osRollingUpgrade`,
      'VirtualMachineScaleSetRollingUpgrades_StartOSUpgrade',
      startOsUpgrade,
    ),
    route('POST', `${SCALE_SET_PATH}/rollingUpgrades/cancel`, 'VirtualMachineScaleSetRollingUpgrades_Cancel', cancel),
  ]);
}

const expandsInstanceView = (req: ArmRequest): boolean =>
  (req.query.get('$expand') ?? '').toLowerCase() === 'instanceview';

function getInstanceView(req: ArmRequest): Reply {
  const { res, entry } = requireScaleSet(req);
  return { status: 200, body: scaleSetInstanceView(res, entry.sim) };
}

function listVms(req: ArmRequest): Reply {
  const { res, entry } = requireScaleSet(req);
  const expand = expandsInstanceView(req);
  return pagedReply(
    req,
    entry.sim.members().map((i) => vmView(res, entry.sim, i, expand)),
  );
}

function requireInstance(req: ArmRequest) {
  const { res, entry } = requireScaleSet(req);
  const instance = entry.sim.instances.get(req.params['instanceId'] ?? '');
  if (!instance) {
    throw new ArmError(
      404,
      'NotFound',
      `The Resource 'Microsoft.Compute/virtualMachineScaleSets/${res.body['name']}/virtualMachines/${req.params['instanceId']}' under resource group '${req.params['resourceGroupName']}' was not found.`,
    );
  }
  return { res, entry, instance };
}

function getVm(req: ArmRequest): Reply {
  const { res, entry, instance } = requireInstance(req);
  return { status: 200, body: vmView(res, entry.sim, instance, expandsInstanceView(req)) };
}

function getVmInstanceView(req: ArmRequest): Reply {
  const { entry, instance } = requireInstance(req);
  return { status: 200, body: instanceView(entry.sim, instance) };
}

/** `instanceIds` of a VirtualMachineScaleSetVMInstanceIDs body; each must be an active instance. */
function instanceIdsOf(req: ArmRequest, required: boolean): string[] | undefined {
  const { entry } = requireScaleSet(req);
  const ids = (req.body as Json | undefined)?.['instanceIds'];
  if (ids === undefined || ids === null) {
    if (required) throw invalidParameter("Required parameter 'instanceIds' is missing (null).", 'instanceIds');
    return undefined;
  }
  if (!Array.isArray(ids)) throw invalidParameter("The value of parameter 'instanceIds' is invalid.", 'instanceIds');
  const wanted = ids.map(String);
  const all = wanted.includes('*');
  for (const id of wanted) {
    if (id !== '*' && !entry.sim.instances.has(id)) {
      throw invalidParameter(
        `The provided instanceId ${id} is not an active Virtual Machine Scale Set VM instanceId.`,
        'instanceIds',
      );
    }
  }
  return all ? entry.sim.members().map((i) => i.instanceId) : wanted;
}

function accepted(req: ArmRequest, resourceId: string, location: string, simOp: SimOperation): Reply {
  // Compute action results answer 200 with no body once done (spec examples: 200 {} / 202).
  const op = trackSimOperation(req, simOp, { resourceId, location, result: () => ({ status: 200 }) });
  return { status: 202, headers: req.emu.lro.headers(req, op) };
}

function updateInstances(req: ArmRequest): Reply {
  const ids = instanceIdsOf(req, true)!;
  const { res, entry } = requireScaleSet(req);
  return accepted(req, res.id, locationOf(res), entry.sim.updateInstances(ids));
}

function reimage(req: ArmRequest): Reply {
  const ids = instanceIdsOf(req, false);
  const { res, entry } = requireScaleSet(req);
  return accepted(req, res.id, locationOf(res), entry.sim.reimage(ids));
}

function reimageVm(req: ArmRequest): Reply {
  const { res, entry, instance } = requireInstance(req);
  return accepted(req, res.id, locationOf(res), entry.sim.reimage([instance.instanceId]));
}

function getLatest(req: ArmRequest): Reply {
  const { res, entry } = requireScaleSet(req);
  if (!entry.rolling) {
    throw new ArmError(
      404,
      'NotFound',
      `No rolling upgrade was found for virtual machine scale set '${res.body['name']}'.`,
    );
  }
  return { status: 200, body: rollingStatusView(res, entry.rolling) };
}

/**
 * Starts a rolling upgrade of every instance not on the latest model, with the scale set's
 * rollingUpgradePolicy. The LRO ends with the upgrade: Succeeded (Completed), Failed
 * (Faulted, with the policy error) or Canceled.
 */
function startOsUpgrade(req: ArmRequest): Reply {
  const { res, entry } = requireScaleSet(req);
  if (entry.rolling?.running)
    throw operationNotAllowed('A rolling upgrade is already in progress for this virtual machine scale set.');
  return accepted(req, res.id, locationOf(res), startRolling(res, entry).op);
}

/** Stops the running upgrade before its next batch; the LRO ends when it has stopped. */
function cancel(req: ArmRequest): Reply {
  const { res, entry } = requireScaleSet(req);
  const run = entry.rolling;
  if (!run?.running)
    throw operationNotAllowed('There is no rolling upgrade in progress to cancel for this virtual machine scale set.');
  const now = req.emu.clock.now();
  run.cancel(now);
  // The upgrade itself ends Canceled; the cancel action succeeds once it has stopped.
  const stopped = new SimOperation(now);
  run.op.onDone((o) => stopped.succeed(o.endTimeMs ?? now));
  return accepted(req, res.id, locationOf(res), stopped);
}
