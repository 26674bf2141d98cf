/** The template strategy's lease and record home (light: the descriptor imports it when inputs are parsed). */
import type { LeaseTarget } from '../../azure/lease-port.js';

/** The lease's and the record's home: the resource group. */
export const holderOf = (resourceGroup: string): LeaseTarget => ({
  kind: 'resource-group',
  resourceGroup,
  name: resourceGroup,
});
