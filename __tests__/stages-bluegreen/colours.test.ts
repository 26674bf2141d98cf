/** Colour discovery (observePair) on hand-written port fakes: pure logic, no emulator. */
import { describe, expect, it } from 'vitest';
import type { LoadBalancerInfo } from '../../src/core/azure/load-balancer-port.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { ScaleSetInfo } from '../../src/core/azure/scale-set-port.js';
import { observePair } from '../../src/core/deploy/blue-green/colours.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { StageContext } from '../../src/core/stages/stage.js';

const LB = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb';
const pool = (name: string) => `${LB}/backendAddressPools/${name}`;

function lb(rules: Array<[string, number, string]>, pools = ['web-blue', 'web-green']): LoadBalancerInfo {
  return {
    id: LB,
    name: 'lb',
    resourceGroup: 'rg',
    location: 'westeurope',
    etag: '"1"',
    frontends: [{ id: `${LB}/frontendIPConfigurations/fe`, name: 'fe' }],
    pools: pools.map((p) => ({ id: pool(p), name: p, memberCount: 0 })),
    probes: [],
    rules: rules.map(([name, port, p]) => ({
      id: `${LB}/loadBalancingRules/${name}`,
      name,
      frontendPort: port,
      poolId: pool(p),
    })),
    tags: {},
  };
}

function ss(name: string, poolName: string, tags: Record<string, string> = {}): ScaleSetInfo {
  return {
    id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`,
    name,
    location: 'westeurope',
    imageId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/app/versions/1.0.0',
    imageDescription: 'x',
    upgradeMode: 'Manual',
    capacity: 2,
    tags,
    healthSignal: 'probe',
    network: { nsgIds: [], subnetIds: [], backendPoolIds: [pool(poolName).toLowerCase()], publicIpPerInstance: false },
  };
}

function ctxFor(
  balancer: LoadBalancerInfo,
  sets: ScaleSetInfo[],
  extra: Record<string, string> = {},
): { ctx: StageContext; ports: AzurePorts } {
  const inputs: Record<string, string> = {
    stages: 'deploy',
    'resource-group': 'rg',
    strategy: 'blue-green',
    'scale-set': 'web',
    'load-balancer': 'lb',
    'image-id': '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/app/versions/2.0.0',
    ...extra,
  };
  const settings = parseSettings((n) => inputs[n]);
  const ports = {
    loadBalancers: { getLoadBalancer: async (_rg: string, name: string) => (name === 'lb' ? balancer : undefined) },
    scaleSets: { get: async (ref: { name: string }) => sets.find((s) => s.name === ref.name) },
  } as unknown as AzurePorts;
  const ctx = { settings, signal: new AbortController().signal } as unknown as StageContext;
  return { ctx, ports };
}

const observe = ({ ctx, ports }: ReturnType<typeof ctxFor>) => observePair(ctx, ports, { signal: ctx.signal });

describe('blue-green colour discovery', () => {
  it('the live rule decides the active colour; the preview port names the preview rule', async () => {
    const pair = await observe(
      ctxFor(
        lb([
          ['http', 80, 'web-green'],
          ['preview', 8081, 'web-blue'],
        ]),
        [ss('web-blue', 'web-blue'), ss('web-green', 'web-green')],
        { 'preview-port': '8081' },
      ),
    );
    expect(pair.active.colour).toBe('green');
    expect(pair.idle.colour).toBe('blue');
    expect(pair.liveRules.map((r) => r.name)).toEqual(['http']);
    expect(pair.previewRule?.name).toBe('preview');
    expect(pair.adopting).toBe(false);
  });

  it('rules to both colours without preview-port: asks for it', async () => {
    await expect(
      observe(
        ctxFor(
          lb([
            ['http', 80, 'web-green'],
            ['preview', 8081, 'web-blue'],
          ]),
          [ss('web-blue', 'web-blue'), ss('web-green', 'web-green')],
        ),
      ),
    ).rejects.toMatchObject({
      kind: 'input',
      message: expect.stringMatching(/input 'preview-port': rules of load balancer 'lb' send traffic to both colours/),
    });
  });

  it('adopts an untagged single scale set as the colour its pool is named for, the other pool for the new colour', async () => {
    const pair = await observe(ctxFor(lb([['http', 80, 'green']], ['blue', 'green']), [ss('web', 'green')]));
    expect(pair.active).toMatchObject({ colour: 'green', ref: { name: 'web' }, poolName: 'green' });
    expect(pair.idle).toMatchObject({ colour: 'blue', ref: { name: 'web-blue' }, poolName: 'blue', info: undefined });
    expect(pair.adopting).toBe(true);
  });

  it('a colour tag on the plain scale set wins; a scale set outside the load balancer is refused', async () => {
    const tagged = await observe(
      ctxFor(lb([['http', 80, 'a']], ['a', 'b']), [ss('web', 'a', { 'immutable-deploy.colour': 'green' })]),
    );
    expect(tagged.active.colour).toBe('green');
    expect(tagged.idle.poolName).toBe('b');
    await expect(observe(ctxFor(lb([['http', 80, 'web-blue']]), [ss('web-blue', 'elsewhere')]))).rejects.toMatchObject({
      message: expect.stringMatching(
        /scale set 'web-blue' \(blue\) is in none of the backend pools of load balancer 'lb' \(web-blue, web-green\)/,
      ),
    });
  });

  it('no rule to either colour, or a live colour without its scale set, are input errors', async () => {
    await expect(
      observe(
        ctxFor(lb([['http', 80, 'web-green']], ['web-blue', 'web-green', 'other']), [ss('web-blue', 'web-blue')]),
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/no scale set 'web-green' exists/),
    });
    await expect(observe(ctxFor(lb([]), [ss('web-blue', 'web-blue')]))).rejects.toMatchObject({
      message: expect.stringMatching(/no rule of load balancer 'lb' sends traffic to the pool of either colour/),
    });
  });
});
