import type { Json, StoredResource } from '../state.js';
import type { RollingUpgrade } from '../sim/rolling-upgrade.js';
import type { ScaleSetSim, SimInstance } from '../sim/scale-set.js';

/**
 * Wire bodies of scale sets, their VMs, instance views and rolling upgrade status, shaped as
 * the Compute REST spec (2026-03-01 / 2025-04-01 examples) defines them.
 */
const iso = (ms: number): string => new Date(ms).toISOString();

/** GET body of a scale set: the stored body without secrets Azure never returns. */
export function scaleSetView(res: StoredResource): Json {
  const body = structuredClone(res.body);
  const osProfile = ((body['properties'] as Json | undefined)?.['virtualMachineProfile'] as Json | undefined)?.[
    'osProfile'
  ] as Json | undefined;
  if (osProfile) {
    delete osProfile['adminPassword'];
    delete osProfile['customData'];
  }
  return body;
}

const PROVISIONING_TEXT: Record<string, string> = {
  Creating: 'Creating',
  Updating: 'Updating',
  Succeeded: 'Provisioning succeeded',
  Failed: 'Provisioning failed',
  Deleting: 'Deleting',
};

const POWER_TEXT: Record<string, string> = {
  starting: 'VM starting',
  running: 'VM running',
  stopped: 'VM stopped',
  deallocated: 'VM deallocated',
};

function statusList(sim: ScaleSetSim, i: SimInstance): Json[] {
  const failed = i.provisioningState === 'Failed';
  return [
    {
      code: failed
        ? 'ProvisioningState/failed/OSProvisioningTimedOut'
        : `ProvisioningState/${i.provisioningState.toLowerCase()}`,
      level: failed ? 'Error' : 'Info',
      displayStatus: PROVISIONING_TEXT[i.provisioningState],
      time: iso(sim.now()),
    },
    { code: `PowerState/${i.power}`, level: 'Info', displayStatus: POWER_TEXT[i.power] },
  ];
}

/** `VirtualMachineScaleSetVMInstanceView`. `vmHealth` only when the instance reports health. */
export function instanceView(sim: ScaleSetSim, i: SimInstance): Json {
  const view: Json = {
    platformUpdateDomain: Number(i.instanceId) % 5,
    platformFaultDomain: Number(i.instanceId) % 3,
    computerName: i.computerName,
    statuses: statusList(sim, i),
  };
  if (sim.reportsHealth(i)) {
    const health = sim.healthOf(i);
    view['vmHealth'] = {
      status: {
        code: `HealthState/${health}`,
        level: health === 'unhealthy' ? 'Warning' : 'Info',
        displayStatus: `The VM is reporting ${health === 'unknown' ? 'unknown health' : health}`,
      },
    };
  }
  return view;
}

/** `VirtualMachineScaleSetVM`, with `instanceView` when `$expand=instanceView`. */
export function vmView(scaleSet: StoredResource, sim: ScaleSetSim, i: SimInstance, expand: boolean): Json {
  const profile = (i.profile ?? {}) as Json;
  const storage = (profile['storageProfile'] as Json | undefined) ?? {};
  const osProfile = { ...((profile['osProfile'] as Json | undefined) ?? {}) };
  delete osProfile['adminPassword'];
  delete osProfile['customData'];
  delete osProfile['computerNamePrefix'];
  const nics =
    ((profile['networkProfile'] as Json | undefined)?.['networkInterfaceConfigurations'] as Json[] | undefined) ?? [];
  const id = `${scaleSet.id}/virtualMachines/${i.instanceId}`;
  const sku = scaleSet.body['sku'] as Json | undefined;
  const properties: Json = {
    latestModelApplied: sim.isLatestModel(i),
    vmId: vmIdOf(scaleSet.id, i.instanceId),
    provisioningState: i.provisioningState,
    storageProfile: { imageReference: storage['imageReference'], osDisk: storage['osDisk'] },
    osProfile: { ...osProfile, computerName: i.computerName },
    networkProfile: { networkInterfaces: nics.map((n) => ({ id: `${id}/networkInterfaces/${String(n['name'])}` })) },
    networkProfileConfiguration: { networkInterfaceConfigurations: nics },
  };
  if (expand) properties['instanceView'] = instanceView(sim, i);
  return {
    id,
    name: i.name,
    type: 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
    location: scaleSet.body['location'],
    instanceId: i.instanceId,
    ...(sku ? { sku: { name: sku['name'], tier: sku['tier'] } } : {}),
    properties,
  };
}

/** `VirtualMachineScaleSetInstanceView`: overall status plus a per-status summary. */
export function scaleSetInstanceView(res: StoredResource, sim: ScaleSetSim): Json {
  const counts = new Map<string, number>();
  for (const i of sim.members()) {
    for (const s of statusList(sim, i)) counts.set(String(s['code']), (counts.get(String(s['code'])) ?? 0) + 1);
  }
  const state = String((res.body['properties'] as Json | undefined)?.['provisioningState'] ?? 'Succeeded');
  return {
    virtualMachine: { statusesSummary: [...counts].map(([code, count]) => ({ code, count })) },
    statuses: [
      {
        code: `ProvisioningState/${state.toLowerCase()}`,
        level: state === 'Failed' ? 'Error' : 'Info',
        displayStatus: PROVISIONING_TEXT[state] ?? state,
        time: iso(sim.now()),
      },
    ],
    orchestrationServices: [],
  };
}

/** `RollingUpgradeStatusInfo` (GET rollingUpgrades/latest). */
export function rollingStatusView(res: StoredResource, run: RollingUpgrade): Json {
  const properties: Json = {
    policy: run.policy,
    runningStatus: {
      code: run.code,
      startTime: iso(run.startTimeMs),
      lastAction: run.lastAction,
      lastActionTime: iso(run.lastActionTimeMs),
    },
    progress: run.progress(),
  };
  if (run.error) properties['error'] = { code: run.error.code, message: run.error.message };
  return {
    id: `${res.id}/rollingUpgrades/latest`,
    name: 'latest',
    type: 'Microsoft.Compute/virtualMachineScaleSets/rollingUpgrades',
    location: res.body['location'],
    properties,
  };
}

/** A stable GUID-shaped vmId per instance. */
function vmIdOf(scaleSetId: string, instanceId: string): string {
  let h = 2166136261;
  for (const c of `${scaleSetId.toLowerCase()}/${instanceId}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const hex = (h.toString(16).padStart(8, '0') + ((h ^ 0x5bd1e995) >>> 0).toString(16).padStart(8, '0'))
    .repeat(2)
    .slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
