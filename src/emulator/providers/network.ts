import { networkAnotherOperation } from '../conflicts.js';
import { ArmError, resourceNotFound } from '../errors.js';
import { registerTrackedResource, type TrackedResourceSpec } from '../resource-kit.js';
import { Router } from '../router.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest, Provider } from '../types.js';
import { deployWorld } from '../sim/world.js';
import { lbRulesOf, loadBalancerView, normalizeLoadBalancer } from './network-loadbalancers.js';
import { child } from './network-children.js';
import { nsgView, normalizeNsg } from './network-security.js';

/**
 * Microsoft.Network: load balancers (with real loopback endpoints per rule, see
 * sim/lb-traffic.ts), network security groups, public IP addresses and virtual networks.
 * All use the generic tracked-resource CRUD (ETags on, as Network resources have them).
 */
export const NETWORK_API_VERSIONS = [
  '2025-05-01',
  '2025-03-01',
  '2025-01-01',
  '2024-10-01',
  '2024-07-01',
  '2024-05-01',
  '2024-03-01',
] as const;
const RG = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network';
const SUB = '/subscriptions/{subscriptionId}/providers/Microsoft.Network';

function spec(
  type: string,
  collection: string,
  nameParam: string,
  opPrefix: string,
  build: TrackedResourceSpec['build'],
  extra: Partial<TrackedResourceSpec> = {},
): TrackedResourceSpec {
  return {
    type: `Microsoft.Network/${type}`,
    path: `${RG}/${collection}/{${nameParam}}`,
    nameParam,
    apiVersions: NETWORK_API_VERSIONS,
    etag: true,
    operations: {
      createOrUpdate: `${opPrefix}_CreateOrUpdate`,
      update: `${opPrefix}_UpdateTags`,
      get: `${opPrefix}_Get`,
      delete: `${opPrefix}_Delete`,
      listByParent: { path: `${RG}/${collection}`, operation: `${opPrefix}_List` },
      listBySubscription: { path: `${SUB}/${collection}`, operation: `${opPrefix}_ListAll` },
    },
    build,
    // Network's answer to a write while another operation updates the resource (conflicts.ts).
    busy: {
      operation: `Put${type[0]!.toUpperCase()}${type.slice(1, -1)}Operation`,
      error: (req, res, op) => networkAnotherOperation(req.emu, res.id, op),
    },
    ...extra,
  };
}

const idOf = (req: ArmRequest, spec: TrackedResourceSpec): string =>
  `/subscriptions/${req.params['subscriptionId']}/resourceGroups/${req.params['resourceGroupName']}/providers/${spec.type}/${req.params[spec.nameParam]}`;

const loadBalancers = spec(
  'loadBalancers',
  'loadBalancers',
  'loadBalancerName',
  'LoadBalancers',
  (req, input, existing) => ({
    properties: normalizeLoadBalancer(req, existing?.id ?? idOf(req, loadBalancers), input),
    extra: {
      sku: (input['sku'] as Json | undefined) ?? existing?.body['sku'] ?? { name: 'Standard', tier: 'Regional' },
    },
  }),
  {
    // The PUT's rules take effect together once the change has propagated (sim/lb-traffic.ts);
    // listeners were opened before (see register).
    onProvisioned: (req, res) => deployWorld(req.emu).traffic.configure(res.id, lbRulesOf(res)),
    beforeDelete: (req, res) => void deployWorld(req.emu).traffic.remove(res.id),
    view: (req, res) => loadBalancerView(req, res),
  },
);

const securityGroups = spec(
  'networkSecurityGroups',
  'networkSecurityGroups',
  'networkSecurityGroupName',
  'NetworkSecurityGroups',
  (req, input, existing) => ({
    properties: normalizeNsg(req, existing?.id ?? idOf(req, securityGroups), input),
  }),
  { view: (_req, res) => nsgView(res) },
);

const publicIps = spec(
  'publicIPAddresses',
  'publicIPAddresses',
  'publicIpAddressName',
  'PublicIPAddresses',
  (req, input, existing) => {
    const props = { ...((input['properties'] as Json | undefined) ?? {}) };
    const previous = existing?.body['properties'] as Json | undefined;
    // A documentation-range address, stable for the resource's life (never routable).
    props['ipAddress'] ??= previous?.['ipAddress'] ?? `203.0.113.${1 + Math.floor(req.emu.random.next() * 254)}`;
    props['publicIPAllocationMethod'] ??= 'Static';
    props['publicIPAddressVersion'] ??= 'IPv4';
    return {
      properties: props,
      extra: { sku: (input['sku'] as Json | undefined) ?? { name: 'Standard', tier: 'Regional' } },
    };
  },
);

const virtualNetworks = spec(
  'virtualNetworks',
  'virtualNetworks',
  'virtualNetworkName',
  'VirtualNetworks',
  (req, input, existing) => {
    const id = existing?.id ?? idOf(req, virtualNetworks);
    const props = { ...((input['properties'] as Json | undefined) ?? {}) };
    props['subnets'] = ((props['subnets'] as Json[] | undefined) ?? []).map((s) => child(id, 'subnets', s, req));
    return { properties: props };
  },
);

export const networkProvider: Provider = {
  name: 'Microsoft.Network',
  register(router) {
    for (const s of [securityGroups, publicIps, virtualNetworks]) registerTrackedResource(router, s);
    // Load balancer PUTs open the rule listeners before the generic handler stores the body,
    // so endpointFor() answers as soon as the PUT has been accepted.
    const inner = new Router();
    registerTrackedResource(inner, loadBalancers);
    for (const def of inner.list()) {
      if (def.method !== 'PUT') router.add(def);
      else
        router.add({
          ...def,
          handler: async (req) => {
            await deployWorld(req.emu).traffic.prepare(idOf(req, loadBalancers), frontendPorts(req.body));
            return def.handler(req);
          },
        });
    }
    registerSecurityRuleReads(router);
    registerSubnetReads(router);
  },
  /** After a reload, rule listeners reopen (on new ports: ask control.endpointFor again), rules in effect. */
  onRestore(emu) {
    const traffic = deployWorld(emu).traffic;
    for (const res of emu.state.list(loadBalancers.type, `/subscriptions/${emu.subscriptionId}`)) {
      const rules = lbRulesOf(res);
      void traffic
        .prepare(
          res.id,
          rules.map((r) => r.frontendPort),
        )
        .then(() => traffic.setRules(res.id, rules));
    }
  },
};

function frontendPorts(body: Json | undefined): number[] {
  const rules = ((body?.['properties'] as Json | undefined)?.['loadBalancingRules'] as Json[] | undefined) ?? [];
  return rules.map((r) => Number((r['properties'] as Json | undefined)?.['frontendPort'])).filter(Number.isInteger);
}

/** GET .../securityRules and .../securityRules/{name}, read from the NSG body. */
function registerSecurityRuleReads(router: Router): void {
  const base = `${RG}/networkSecurityGroups/{networkSecurityGroupName}/securityRules`;
  const rulesOf = (req: ArmRequest): { nsg: StoredResource; rules: Json[] } => {
    const nsg = req.emu.state.get(idOf(req, securityGroups));
    if (!nsg)
      throw resourceNotFound(
        securityGroups.type,
        req.params['networkSecurityGroupName'] ?? '',
        req.params['resourceGroupName'],
      );
    return { nsg, rules: ((nsg.body['properties'] as Json)['securityRules'] as Json[] | undefined) ?? [] };
  };
  const common = {
    apiVersions: NETWORK_API_VERSIONS,
    resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
  };
  router.add({
    ...common,
    method: 'GET',
    path: base,
    operation: 'SecurityRules_List',
    handler: (req) => ({ status: 200, body: { value: rulesOf(req).rules } }),
  });
  router.add({
    ...common,
    method: 'GET',
    path: `${base}/{securityRuleName}`,
    operation: 'SecurityRules_Get',
    handler: (req) => {
      const { nsg, rules } = rulesOf(req);
      const rule = rules.find((r) => String(r['name']).toLowerCase() === req.params['securityRuleName']?.toLowerCase());
      if (!rule) {
        throw new ArmError(
          404,
          'NotFound',
          `Resource ${nsg.id}/securityRules/${req.params['securityRuleName']} not found.`,
        );
      }
      return { status: 200, body: rule };
    },
  });
}

/**
 * GET .../virtualNetworks/{vnet}/subnets and .../subnets/{name} (Subnets_List / Subnets_Get,
 * Microsoft.Network virtualNetwork.json), read from the virtual network body: a subnet carries its
 * `networkSecurityGroup` reference there, which the remote-access gate must see.
 */
function registerSubnetReads(router: Router): void {
  const base = `${RG}/virtualNetworks/{virtualNetworkName}/subnets`;
  const subnetsOf = (req: ArmRequest): { vnet: StoredResource; subnets: Json[] } => {
    const vnet = req.emu.state.get(idOf(req, virtualNetworks));
    if (!vnet)
      throw resourceNotFound(
        virtualNetworks.type,
        req.params['virtualNetworkName'] ?? '',
        req.params['resourceGroupName'],
      );
    return { vnet, subnets: ((vnet.body['properties'] as Json)['subnets'] as Json[] | undefined) ?? [] };
  };
  const common = { apiVersions: NETWORK_API_VERSIONS, resourceType: 'Microsoft.Network/virtualNetworks/subnets' };
  router.add({
    ...common,
    method: 'GET',
    path: base,
    operation: 'Subnets_List',
    handler: (req) => ({ status: 200, body: { value: subnetsOf(req).subnets } }),
  });
  router.add({
    ...common,
    method: 'GET',
    path: `${base}/{subnetName}`,
    operation: 'Subnets_Get',
    handler: (req) => {
      const { vnet, subnets } = subnetsOf(req);
      const subnet = subnets.find((s) => String(s['name']).toLowerCase() === req.params['subnetName']?.toLowerCase());
      if (!subnet)
        throw new ArmError(404, 'NotFound', `Resource ${vnet.id}/subnets/${req.params['subnetName']} not found.`);
      const headers: Record<string, string> = typeof subnet['etag'] === 'string' ? { ETag: subnet['etag'] } : {};
      return { status: 200, body: subnet, headers };
    },
  });
}
