/** NetworkSecurityPort on @azure/arm-network (NSG and subnet reads for the remote-access gate), loaded lazily. */
import type { SecurityRule } from '@azure/arm-network';
import type { NetworkSecurityPort, SecurityRuleInfo } from '../core/azure/scale-set-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { orUndefined } from './errors.js';
import { call } from './scale-sets.js';

export function networkSecurityPort(conn: AzureConnection): NetworkSecurityPort {
  const network = clientsFor(conn).network;
  return {
    getSecurityGroup: (id, o) =>
      call(`reading network security group ${id}`, o, async (signal) => {
        const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/networkSecurityGroups\/([^/]+)$/i.exec(id);
        if (!m) return undefined;
        const c = await network();
        const nsg = await orUndefined(() => c.networkSecurityGroups.get(m[1]!, m[2]!, { abortSignal: signal }));
        if (!nsg) return undefined;
        return {
          id: nsg.id ?? id,
          rules: [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])].map(toRule),
        };
      }),
    subnetSecurityGroupId: (subnetId, o) =>
      call(`reading subnet ${subnetId}`, o, async (signal) => {
        const m =
          /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i.exec(
            subnetId,
          );
        if (!m) return undefined;
        const c = await network();
        const subnet = await orUndefined(() => c.subnets.get(m[1]!, m[2]!, m[3]!, { abortSignal: signal }));
        return subnet?.networkSecurityGroup?.id;
      }),
  };
}

function toRule(r: SecurityRule): SecurityRuleInfo {
  const list = (one: string | undefined, many: string[] | undefined) => [...(one ? [one] : []), ...(many ?? [])];
  return {
    name: r.name ?? '',
    direction: r.direction ?? '',
    access: r.access ?? '',
    priority: r.priority ?? 0,
    protocol: r.protocol ?? '*',
    sourcePrefixes: list(r.sourceAddressPrefix, r.sourceAddressPrefixes),
    destinationPorts: list(r.destinationPortRange, r.destinationPortRanges),
  };
}
