import type { Json } from '../state.js';
import type { EmulatorContext } from '../types.js';
import type { OriginModel } from './front-door-config.js';
import type { DeployWorld } from './world.js';

/**
 * Where an origin's requests go inside the emulator. An origin names a host name and ports
 * (AFDOriginProperties `hostName`, `httpPort`, `httpsPort`); the emulator answers for:
 * - the public IP address (or its `dnsSettings.fqdn`) of a load balancer frontend: the rule whose
 *   `frontendPort` is the port answers (sim/lb-traffic.ts: its probes, rotation and telemetry apply);
 * - an App Service default host name (`{site}.azurewebsites.net`, `{site}-{slot}.azurewebsites.net`):
 *   that slot's app.
 * Anything else resolves to nothing (Front Door answers 502, as for an unreachable origin).
 */
export function resolveOrigin(
  emu: EmulatorContext,
  world: DeployWorld,
  origin: OriginModel,
  port: number,
): string | undefined {
  const host = origin.hostName.toLowerCase();
  const app = [...world.appListeners.values()].find((l) => l.hostName === host);
  if (app) return app.url;
  const lbId = loadBalancerForHost(emu, host);
  return lbId ? world.traffic.endpointFor(lbId, port) : undefined;
}

const props = (body: Json | undefined): Json => (body?.['properties'] as Json | undefined) ?? {};

function loadBalancerForHost(emu: EmulatorContext, host: string): string | undefined {
  for (const lb of emu.state.list('Microsoft.Network/loadBalancers', `/subscriptions/${emu.subscriptionId}`)) {
    const frontends = (props(lb.body)['frontendIPConfigurations'] as Json[] | undefined) ?? [];
    for (const fe of frontends) {
      const ipId = (props(fe)['publicIPAddress'] as Json | undefined)?.['id'];
      if (typeof ipId !== 'string') continue;
      const ip = props(emu.state.get(ipId)?.body);
      const fqdn = (ip['dnsSettings'] as Json | undefined)?.['fqdn'];
      if (ip['ipAddress'] === host || (typeof fqdn === 'string' && fqdn.toLowerCase() === host)) return lb.id;
    }
  }
  return undefined;
}
