import { badRequest } from '../errors.js';
import type { Json, StoredResource } from '../state.js';
import type { ArmRequest } from '../types.js';
import type { LbRuleModel } from '../sim/lb-traffic.js';
import { DEFAULT_PROBE_INTERVAL_SECONDS, DEFAULT_PROBE_THRESHOLD, type ProbeModel } from '../sim/lb-probes.js';
import { deployWorld } from '../sim/world.js';
import { child } from './network-children.js';

/**
 * Load balancer bodies: sub-resources get ids/etags, cross references inside the LB are checked
 * (Azure answers InvalidResourceReference for a dangling one), and GET shows which scale set
 * NIC ip configurations sit in each backend pool (`backendIPConfigurations`, read-only).
 */
const COLLECTIONS = [
  'frontendIPConfigurations',
  'backendAddressPools',
  'loadBalancingRules',
  'probes',
  'inboundNatRules',
  'outboundRules',
] as const;

const props = (item: Json | undefined): Json => (item?.['properties'] as Json | undefined) ?? {};
const refId = (value: unknown): string | undefined => {
  const id = (value as Json | undefined)?.['id'];
  return typeof id === 'string' ? id : undefined;
};

export function normalizeLoadBalancer(req: ArmRequest, lbId: string, input: Json): Json {
  const out: Json = { ...props(input) };
  for (const collection of COLLECTIONS) {
    const items = (out[collection] as Json[] | undefined) ?? [];
    out[collection] = items.map((item) => child(lbId, collection, item, req));
  }
  checkReferences(lbId, out);
  return out;
}

function checkReferences(lbId: string, lb: Json): void {
  const known = new Set(
    COLLECTIONS.flatMap((c) => ((lb[c] as Json[] | undefined) ?? []).map((item) => String(item['id']).toLowerCase())),
  );
  for (const rule of (lb['loadBalancingRules'] as Json[] | undefined) ?? []) {
    const p = props(rule);
    const refs = [
      p['frontendIPConfiguration'],
      p['backendAddressPool'],
      p['probe'],
      ...((p['backendAddressPools'] as unknown[] | undefined) ?? []),
    ];
    for (const ref of refs.map(refId)) {
      if (ref && !known.has(ref.toLowerCase())) {
        throw badRequest(
          'InvalidResourceReference',
          `Resource ${ref} referenced by resource ${rule['id']} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
        );
      }
    }
  }
}

/** The rules the traffic simulation serves (first rule wins when two share a frontend port). */
export function lbRulesOf(res: StoredResource): LbRuleModel[] {
  const rules = (props(res.body)['loadBalancingRules'] as Json[] | undefined) ?? [];
  const probes = (props(res.body)['probes'] as Json[] | undefined) ?? [];
  const seen = new Set<number>();
  return rules.flatMap((rule) => {
    const p = props(rule);
    const frontendPort = Number(p['frontendPort']);
    if (!Number.isInteger(frontendPort) || seen.has(frontendPort)) return [];
    seen.add(frontendPort);
    const pool =
      refId(p['backendAddressPool']) ?? ((p['backendAddressPools'] as unknown[] | undefined) ?? []).map(refId)[0];
    return [
      {
        name: String(rule['name']),
        frontendPort,
        backendPort: Number(p['backendPort'] ?? frontendPort),
        backendPoolId: pool,
        probeId: refId(p['probe']),
        probe: probeModel(probes, refId(p['probe'])),
      },
    ];
  });
}

/**
 * A rule's probe: `intervalInSeconds` (default 15) and `probeThreshold` (default 1), as the Network
 * REST spec (`ProbePropertiesFormat`) and "Azure Load Balancer health probes" describe them.
 * `numberOfProbes` is not read: the spec gives it for taking an endpoint out of rotation only, and the
 * current doc says `probeThreshold` replaces it.
 */
function probeModel(probes: Json[], probeId: string | undefined): ProbeModel | undefined {
  if (!probeId) return undefined;
  const probe = probes.find((p) => String(p['id']).toLowerCase() === probeId.toLowerCase());
  const p = props(probe);
  const positive = (value: unknown, fallback: number) =>
    Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback;
  return {
    id: probeId.toLowerCase(),
    intervalSeconds: positive(p['intervalInSeconds'], DEFAULT_PROBE_INTERVAL_SECONDS),
    threshold: Math.round(positive(p['probeThreshold'], DEFAULT_PROBE_THRESHOLD)),
  };
}

export function loadBalancerView(req: ArmRequest, res: StoredResource): Json {
  const body = structuredClone(res.body);
  const world = deployWorld(req.emu);
  for (const pool of (props(body)['backendAddressPools'] as Json[] | undefined) ?? []) {
    const members = [...world.scaleSets.values()].flatMap(({ sim }) =>
      sim.poolMembers(String(pool['id'])).map((i) => ({ sim, i })),
    );
    if (members.length === 0) continue;
    (pool['properties'] as Json)['backendIPConfigurations'] = members.flatMap(({ sim, i }) =>
      nicIpConfigIds(sim.id, i.instanceId, i.profile, String(pool['id'])),
    );
  }
  return body;
}

function nicIpConfigIds(scaleSetId: string, instanceId: string, profile: unknown, poolId: string): Json[] {
  const nics =
    (((profile as Json)['networkProfile'] as Json | undefined)?.['networkInterfaceConfigurations'] as
      Json[] | undefined) ?? [];
  return nics.flatMap((nic) =>
    ((props(nic)['ipConfigurations'] as Json[] | undefined) ?? [])
      .filter((ip) =>
        ((props(ip)['loadBalancerBackendAddressPools'] as Json[] | undefined) ?? []).some(
          (p) => String(p['id']).toLowerCase() === poolId.toLowerCase(),
        ),
      )
      .map((ip) => ({
        id: `${scaleSetId}/virtualMachines/${instanceId}/networkInterfaces/${String(nic['name'])}/ipConfigurations/${String(ip['name'])}`,
      })),
  );
}
