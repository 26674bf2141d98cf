/** blue-green, as the rest of the engine sees it: two scale sets behind one load balancer. */
import { scaleSetChecks, type StrategyDescriptor } from '../descriptor.js';
import { summaryOf } from '../names.js';
import { idleColour } from './retired.js';
import { blueGreenStrategy } from './strategy.js';

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
  retiredCapacity: idleColour,
  strategy: blueGreenStrategy,
};
