/**
 * template, as the rest of the engine sees it: the resource group a template deploys to. Its lease
 * and release record are the group's tags (a deployment rewrites the tags of what it declares).
 * Verify has no target checks of its own: the probes (probe-urls, live-url) say whether it works.
 */
import type { StrategyDescriptor } from '../descriptor.js';
import { summaryOf } from '../names.js';
import { holderOf } from './holder.js';

export const templateDescriptor: StrategyDescriptor<'template'> = {
  name: 'template',
  summary: summaryOf('template'),
  targetInputs: [{ input: 'template', expected: 'an ARM JSON template, a Bicep file or a .bicepparam file' }],
  artifact: 'gallery-image',
  template: 'release',
  recordHolder: (d, resourceGroup) => (d.template ? holderOf(resourceGroup) : undefined),
  // No name for verify to check: what the template deploys is known to its probes only.
  targetName: () => undefined,
  targetChecks: () => [],
  cleanupWritesTarget: () => false,
  loadStrategy: async () => (await import('./strategy.js')).templateStrategy,
};
