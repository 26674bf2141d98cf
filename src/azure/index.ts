/**
 * Builds the Azure ports on the SDKs. Each port module loads its SDK lazily, on first call, so a
 * run pays only for the Azure services its stages use.
 */
import type { AzurePorts } from '../core/azure/ports.js';
import { appServicePort } from './app-service.js';
import type { AzureConnection } from './connection.js';
import { deploymentPort } from './deployments.js';
import { frontDoorPort } from './front-door.js';
import { createImagePorts } from './image-ports.js';
import { leasePort } from './leases.js';
import { loadBalancerPort } from './load-balancers.js';
import { monitorPort } from './monitor.js';
import { createScaleSetPorts } from './scale-sets-ports.js';
import { usagePort } from './usage-scan.js';

export async function createAzurePorts(conn: AzureConnection): Promise<AzurePorts> {
  return {
    ...createImagePorts(conn),
    loadBalancers: loadBalancerPort(conn),
    appService: appServicePort(conn),
    frontDoor: frontDoorPort(conn),
    ...createScaleSetPorts(conn),
    leases: leasePort(conn),
    deployments: deploymentPort(conn),
    usage: usagePort(conn),
    monitor: monitorPort(conn),
  };
}
