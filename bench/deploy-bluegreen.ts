/**
 * Budget of a blue-green deploy: writes (by operation) and reads against the emulator for N
 * instances per colour — first release (creates the idle colour) and second (re-uses it). The
 * switch must be ONE load balancer write. wallMs is engine and emulator work with the emulator at time
 * scale 600 and the engine on an accelerated clock (runStages' fastTime): a cost, not an overhead ratio.
 * Run: npx tsx bench/deploy-bluegreen.ts   Not a timed test: prints figures.
 */
import { LOCATION, RG, poll, seedImageVersion, startHarness } from '../__tests__/emulator-deploy/helpers.js';
import { runStages } from '../__tests__/stages-slotswap/context.js';

for (const n of [2, 10, 40]) {
  const h = await startHarness({ timeScale: 600, pageSize: 50 });
  const gallery = `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
  h.emu.control.seedResource({
    id: gallery,
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
  });
  h.emu.control.seedResource({
    id: `${gallery}/images/app`,
    body: { location: LOCATION, properties: { osType: 'Linux', provisioningState: 'Succeeded' } },
  });
  const v = ['1.0.0', '2.0.0', '3.0.0'].map((x) => seedImageVersion(h, x));
  const lb = `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
  const rule = (name: string, port: number, pool: string) => ({
    name,
    protocol: 'Tcp' as const,
    frontendPort: port,
    backendPort: 8080,
    frontendIPConfiguration: { id: `${lb}/frontendIPConfigurations/fe` },
    backendAddressPool: { id: `${lb}/backendAddressPools/${pool}` },
    probe: { id: `${lb}/probes/http` },
  });
  await h.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: 'web-blue' }, { name: 'web-green' }],
      probes: [{ name: 'http', protocol: 'Http', port: 8080, requestPath: '/health' }],
      loadBalancingRules: [rule('http', 80, 'web-blue'), rule('preview', 8081, 'web-green')],
    },
    poll,
  );
  await h.compute.virtualMachineScaleSets.createOrUpdate(
    RG,
    'web-blue',
    {
      location: LOCATION,
      sku: { name: 'Standard_B2s', capacity: n },
      upgradePolicy: { mode: 'Manual' },
      virtualMachineProfile: {
        storageProfile: { imageReference: { id: v[0] } },
        networkProfile: {
          healthProbe: { id: `${lb}/probes/http` },
          networkInterfaceConfigurations: [
            {
              name: 'nic',
              ipConfigurations: [
                { name: 'ipc', loadBalancerBackendAddressPools: [{ id: `${lb}/backendAddressPools/web-blue` }] },
              ],
            },
          ],
        },
      },
    },
    poll,
  );
  for (const [release, image] of [
    ['first', v[1]!],
    ['second', v[2]!],
  ] as const) {
    h.emu.control.clearRequests();
    const t0 = performance.now();
    const { result } = await runStages(h.emu, {
      stages: 'deploy',
      'resource-group': RG,
      strategy: 'blue-green',
      'scale-set': 'web',
      'load-balancer': 'lb',
      'preview-port': '8081',
      'image-id': image,
      'live-url': `${h.emu.control.endpointFor(lb, 80)}/`,
      'preview-url': `${h.emu.control.endpointFor(lb, 8081)}/`,
    });
    const log = h.emu.requests;
    const byOp: Record<string, number> = {};
    for (const r of log.filter((x) => x.write)) byOp[r.operation ?? r.path] = (byOp[r.operation ?? r.path] ?? 0) + 1;
    console.log(
      JSON.stringify({
        n,
        release,
        status: result.status,
        // Every LB PUT but one switches rules: the deploy lock's lease is an If-Match PUT of the LB's
        // tags (released through the Tags API), taken once per run.
        lbWrites: byOp['LoadBalancers_CreateOrUpdate'] ?? 0,
        switchWrites: (byOp['LoadBalancers_CreateOrUpdate'] ?? 0) - 1,
        writes: byOp,
        reads: log.filter((r) => !r.write).length,
        listPages: log.filter((r) => r.operation === 'VirtualMachineScaleSetVMs_List').length,
        lroPolls: log.filter((r) => /operationStatuses|operationResults/i.test(r.path)).length,
        wallMs: Math.round(performance.now() - t0),
      }),
    );
  }
  await h.emu.close();
}
