/** Deploy locks on the real SDKs against the emulator, for the lock's own tests. */
import { createAzurePorts } from '../../src/azure/index.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { LeaseTarget } from '../../src/core/azure/lease-port.js';
import { LOCK_TAG, parseLease } from '../../src/core/lock/lease.js';
import { DeployLock, type HeldLock, type LockDeps } from '../../src/core/lock/lock.js';
import { realSleep, systemClock } from '../../src/runtime/time.js';
import { credential, RG } from '../emulator-deploy/helpers.js';
import type { Harness } from '../stages-deploy/harness.js';

export const SCALE_SET: LeaseTarget = { kind: 'scale-set', resourceGroup: RG, name: 'web' };
export const LOAD_BALANCER: LeaseTarget = { kind: 'load-balancer', resourceGroup: RG, name: 'lb' };
export const WEB_APP: LeaseTarget = { kind: 'web-app', resourceGroup: RG, name: 'shop' };
export const HOUR = 3_600_000;

export function ports(h: Harness): Promise<AzurePorts> {
  return createAzurePorts({
    endpoint: h.emu.endpoint,
    caFile: h.emu.caFile,
    subscriptionId: h.emu.subscriptionId,
    credential,
    pollIntervalMs: 2,
  });
}

/** What a lock said: its info lines, warnings, and every `onChange` it made. */
export interface LockLog {
  readonly info: string[];
  readonly warnings: string[];
  readonly changes: Array<HeldLock | undefined>;
}

export function lockDeps(extra: Partial<LockDeps> = {}): LockDeps & { said: LockLog } {
  const said: LockLog = { info: [], warnings: [], changes: [] };
  return {
    clock: systemClock,
    sleep: realSleep,
    log: {
      info: (m) => void said.info.push(m),
      debug() {},
      warning: (m) => void said.warnings.push(m),
      error() {},
      group: (_n, fn) => fn(),
    },
    warn: (m) => void said.warnings.push(m),
    onChange: (held) => void said.changes.push(held),
    ...extra,
    said,
  };
}

export async function newLock(h: Harness, target: LeaseTarget, owner: string, extra: Partial<LockDeps> = {}) {
  const deps = lockDeps(extra);
  return { lock: new DeployLock((await ports(h)).leases, target, owner, HOUR, deps), said: deps.said };
}

const PROVIDER = {
  'scale-set': 'Microsoft.Compute/virtualMachineScaleSets',
  'load-balancer': 'Microsoft.Network/loadBalancers',
  'web-app': 'Microsoft.Web/sites',
  'resource-group': '',
} as const;
export const idOf = (h: Harness, t: LeaseTarget) =>
  t.kind === 'resource-group' ? h.rgId : `${h.rgId}/providers/${PROVIDER[t.kind]}/${t.name}`;

/** The target as the emulator stores it. */
export function stored(h: Harness, t: LeaseTarget): { tags: Record<string, string>; provisioningState?: string } {
  const body = h.emu.control.getResource(idOf(h, t)) as {
    tags?: Record<string, string>;
    properties?: { provisioningState?: string };
  };
  return { tags: body.tags ?? {}, provisioningState: body.properties?.provisioningState };
}

export const leaseOn = (h: Harness, t: LeaseTarget) => parseLease(stored(h, t).tags[LOCK_TAG]);
