import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';
import { child } from './network-children.js';

/**
 * Network security groups: user `securityRules` get ids, and Azure's six
 * `defaultSecurityRules` (priority 65000+) are always present, as on a real NSG.
 */
const DEFAULT_RULES: Array<[string, string, string, string, string, number]> = [
  // name, direction, access, source, destination, priority
  ['AllowVnetInBound', 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork', 65000],
  ['AllowAzureLoadBalancerInBound', 'Inbound', 'Allow', 'AzureLoadBalancer', '*', 65001],
  ['DenyAllInBound', 'Inbound', 'Deny', '*', '*', 65500],
  ['AllowVnetOutBound', 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork', 65000],
  ['AllowInternetOutBound', 'Outbound', 'Allow', '*', 'Internet', 65001],
  ['DenyAllOutBound', 'Outbound', 'Deny', '*', '*', 65500],
];

export function normalizeNsg(req: ArmRequest, nsgId: string, input: Json): Json {
  const props: Json = { ...((input['properties'] as Json | undefined) ?? {}) };
  props['securityRules'] = ((props['securityRules'] as Json[] | undefined) ?? []).map((rule) =>
    child(nsgId, 'securityRules', rule, req),
  );
  props['defaultSecurityRules'] = DEFAULT_RULES.map(([name, direction, access, source, destination, priority]) =>
    child(
      nsgId,
      'defaultSecurityRules',
      {
        name,
        properties: {
          description: name,
          protocol: '*',
          sourcePortRange: '*',
          destinationPortRange: '*',
          sourceAddressPrefix: source,
          destinationAddressPrefix: destination,
          access,
          priority,
          direction,
        },
      },
      req,
    ),
  );
  props['resourceGuid'] ??= req.emu.random.uuid();
  return props;
}

export function nsgView(res: StoredResource): Json {
  return res.body;
}
