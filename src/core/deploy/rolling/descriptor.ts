/** rolling, as the rest of the engine sees it: one scale set, replaced in place. */
import { scaleSetChecks, type StrategyDescriptor } from '../descriptor.js';
import { summaryOf } from '../names.js';
import { monitoredScaleSet } from './monitored.js';
import { recordHolder } from './record-home.js';

export const rollingDescriptor: StrategyDescriptor<'rolling'> = {
  name: 'rolling',
  summary: summaryOf('rolling'),
  targetInputs: [{ input: 'scale-set', expected: "the scale set's name" }],
  artifact: 'gallery-image',
  template: 'model',
  recordHolder,
  targetName: (d) => d.scaleSet,
  targetChecks: scaleSetChecks,
  cleanupWritesTarget: () => false,
  canary: "instance ratio: the share of the scale set's instances on the new model (Manual upgrade mode)",
  monitored: monitoredScaleSet,
  loadStrategy: async () => (await import('./strategy.js')).rollingStrategy,
};
