/**
 * The load balancer of a blue-green pair as the worlds build it: frontend 'fe', pools
 * `<base>-blue` / `<base>-green`, an HTTP probe on 8080, the live rule 'http' on port 80 to blue
 * and the preview rule 'preview' on 8081 to green. Returns its id.
 */
import { LOCATION, RG, poll, type Harness } from '../emulator-deploy/helpers.js';

export async function createPairLoadBalancer(h: Harness, name: string, base: string): Promise<string> {
  const id = `${h.rgId}/providers/Microsoft.Network/loadBalancers/${name}`;
  const rule = (ruleName: string, port: number, pool: string) => ({
    name: ruleName,
    protocol: 'Tcp' as const,
    frontendPort: port,
    backendPort: 8080,
    frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/fe` },
    backendAddressPool: { id: `${id}/backendAddressPools/${pool}` },
    probe: { id: `${id}/probes/http` },
  });
  await h.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    name,
    {
      location: LOCATION,
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: `${base}-blue` }, { name: `${base}-green` }],
      probes: [{ name: 'http', protocol: 'Http', port: 8080, requestPath: '/health' }],
      loadBalancingRules: [rule('http', 80, `${base}-blue`), rule('preview', 8081, `${base}-green`)],
    },
    poll,
  );
  return id;
}
