/** The deploy ports: scale sets, NSG reads for the remote-access gate, resource tags. */
import type { NetworkSecurityPort, ScaleSetPort, TagsPort } from '../core/azure/scale-set-port.js';
import type { AzureConnection } from './connection.js';
import { networkSecurityPort } from './network-security.js';
import { blueGreenScaleSetMethods } from './scale-sets-bluegreen.js';
import { cleanupScaleSetMethods } from './scale-sets-cleanup.js';
import { tagsPort } from './resource-tags.js';
import { scaleSetPort } from './scale-sets.js';

export function createScaleSetPorts(conn: AzureConnection): {
  scaleSets: ScaleSetPort;
  networkSecurity: NetworkSecurityPort;
  tags: TagsPort;
} {
  return {
    scaleSets: { ...scaleSetPort(conn), ...blueGreenMethods(conn), ...cleanupScaleSetMethods(conn) },
    networkSecurity: networkSecurityPort(conn),
    tags: tagsPort(conn),
  };
}

// ----- blue-green: src/azure/scale-sets-bluegreen.ts ---------------------------
function blueGreenMethods(
  conn: AzureConnection,
): Pick<ScaleSetPort, 'createFromModel' | 'rewriteModel' | 'setCapacity'> {
  return blueGreenScaleSetMethods(conn);
}
