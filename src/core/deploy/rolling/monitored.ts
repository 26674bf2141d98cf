/** What Azure Monitor watches of a rolling target (analysis gates' 'target'): the scale set. */
import type { MonitoredTarget } from '../../azure/monitor-port.js';
import type { DeploySettings } from '../../settings/types.js';

export function monitoredScaleSet(d: DeploySettings, resourceGroup: string): MonitoredTarget | undefined {
  if (!d.scaleSet) return undefined;
  const set = {
    resourceGroup,
    path: `Microsoft.Compute/virtualMachineScaleSets/${d.scaleSet}`,
    label: `scale set ${d.scaleSet}`,
  };
  return { metrics: set, alerts: [set] };
}
