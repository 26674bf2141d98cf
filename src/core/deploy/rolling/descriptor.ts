/** rolling, as the rest of the engine sees it: one scale set, replaced in place. */
import { scaleSetChecks, type StrategyDescriptor } from '../descriptor.js';
import { summaryOf } from '../names.js';
import { rollingStrategy } from './strategy.js';

export const rollingDescriptor: StrategyDescriptor<'rolling'> = {
  name: 'rolling',
  summary: summaryOf('rolling'),
  targetInputs: [{ input: 'scale-set', expected: "the scale set's name" }],
  artifact: 'gallery-image',
  recordHolder: (d, resourceGroup) => (d.scaleSet ? { kind: 'scale-set', resourceGroup, name: d.scaleSet } : undefined),
  targetName: (d) => d.scaleSet,
  targetChecks: scaleSetChecks,
  cleanupWritesTarget: () => false,
  strategy: rollingStrategy,
};
