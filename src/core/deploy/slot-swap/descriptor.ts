/** slot-swap, as the rest of the engine sees it: an App Service web app and its staging slot. */
import type { StrategyDescriptor } from '../descriptor.js';
import { summaryOf } from '../names.js';

export const slotSwapDescriptor: StrategyDescriptor<'slot-swap'> = {
  name: 'slot-swap',
  summary: summaryOf('slot-swap'),
  targetInputs: [{ input: 'app-service', expected: "the web app's name" }],
  artifact: 'web-artifact',
  recordHolder: (d, resourceGroup) =>
    d.appService ? { kind: 'web-app', resourceGroup, name: d.appService } : undefined,
  targetName: (d) => d.appService,
  targetChecks: (s) =>
    s.verify.instanceHealth || s.verify.remoteAccess !== 'allow'
      ? [`web app ${s.deploy.appService ?? ''} running its artifact`]
      : [],
  cleanupWritesTarget: () => false,
  canary: "App Service routing to the slot (the production site's ramp-up rule)",
  // After the swap the release serves from the production slot (the site itself); the staging slot
  // holds the previous release.
  monitored: (d, resourceGroup) => {
    if (!d.appService) return undefined;
    const site = { resourceGroup, path: `Microsoft.Web/sites/${d.appService}`, label: `web app ${d.appService}` };
    const slot = {
      resourceGroup,
      path: `Microsoft.Web/sites/${d.appService}/slots/${d.slot}`,
      label: `slot ${d.slot} of web app ${d.appService}`,
    };
    return { metrics: site, alerts: [site, slot] };
  },
  loadStrategy: async () => (await import('./strategy.js')).slotSwapStrategy,
};
