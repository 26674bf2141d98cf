/**
 * Ports for deploy targets: scale sets (src/core/azure/scale-set-port.ts), the network
 * facts the remote-access gate reads, and resource tags (the release record). Load balancers and
 * App Service are added by the blue-green / slot-swap strategies.
 */
import type { AppServicePort } from './app-service-port.js';
import type { DeploymentPort } from './deployment-port.js';
import type { FrontDoorPort } from './front-door-port.js';
import type { LeasePort } from './lease-port.js';
import type { LoadBalancerPort } from './load-balancer-port.js';
import type { NetworkSecurityPort, ScaleSetPort, TagsPort } from './scale-set-port.js';
import type { UsagePort } from './usage-port.js';

export type * from './scale-set-port.js';

export interface DeployPorts {
  readonly scaleSets: ScaleSetPort;
  readonly networkSecurity: NetworkSecurityPort;
  readonly tags: TagsPort;
  readonly loadBalancers: LoadBalancerPort;
  readonly appService: AppServicePort;
  /** Azure Front Door origin groups (the blue-green canary's traffic split). */
  readonly frontDoor: FrontDoorPort;
  /** Template deployments (the 'template' input) and the group's deployment history. */
  readonly deployments: DeploymentPort;
  /** The deploy lock's lease tag on the target. */
  readonly leases: LeasePort;
  /** What uses image versions across the subscription (clean-up); absent: clean-up deletes nothing. */
  readonly usage?: UsagePort;
}
