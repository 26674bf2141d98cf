/** blue-green, as the rest of the engine sees it: two scale sets behind one load balancer. */
import { scaleSetChecks, type StrategyDescriptor } from '../descriptor.js';
import { summaryOf } from '../names.js';

export const blueGreenDescriptor: StrategyDescriptor<'blue-green'> = {
  name: 'blue-green',
  summary: summaryOf('blue-green'),
  targetInputs: [
    { input: 'scale-set', expected: "the base name of the pair ('<name>-blue', '<name>-green')" },
    { input: 'load-balancer', expected: 'the load balancer in front of both colours' },
  ],
  artifact: 'gallery-image',
  // The release record and the lease live on the load balancer: it is what the switch writes.
  recordHolder: (d, resourceGroup) =>
    d.loadBalancer ? { kind: 'load-balancer', resourceGroup, name: d.loadBalancer } : undefined,
  targetName: (d) => d.scaleSet,
  targetChecks: scaleSetChecks,
  // Clean-up scales in the retired colour after its scale-down delay.
  cleanupWritesTarget: (d) => !!d.scaleSet && !!d.loadBalancer,
  // Loaded when clean-up asks: it reads the load balancer's pools, which parsing the inputs never needs.
  retiredCapacity: async (ctx, ports) => (await import('./retired.js')).idleColour(ctx, ports),
  // Azure Load Balancer has no weights: a canary's split is made by the Front Door in front of the pair.
  canary: "the weights of the colours' origins in an Azure Front Door origin group ('front-door-origin-group')",
  canaryInput: 'front-door-origin-group',
  // Live traffic reaches the release through the load balancer; alerts may fire on it or on a colour
  // (or on a scale set adopted as the first colour, named like the pair).
  monitored: (d, resourceGroup) => {
    if (!d.scaleSet || !d.loadBalancer) return undefined;
    const lb = {
      resourceGroup,
      path: `Microsoft.Network/loadBalancers/${d.loadBalancer}`,
      label: `load balancer ${d.loadBalancer}`,
    };
    const sets = [d.scaleSet, `${d.scaleSet}-blue`, `${d.scaleSet}-green`].map((name) => ({
      resourceGroup,
      path: `Microsoft.Compute/virtualMachineScaleSets/${name}`,
      label: `scale set ${name}`,
    }));
    return { metrics: lb, alerts: [lb, ...sets] };
  },
  loadStrategy: async () => (await import('./strategy.js')).blueGreenStrategy,
};
