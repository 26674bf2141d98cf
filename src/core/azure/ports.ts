/**
 * The Azure ports: narrow interfaces named by intent, implemented with the @azure/* SDKs in
 * src/azure/ and faked in tests. Image ports (gallery, managed images, Image Builder) serve bake,
 * publish and clean-up; deploy ports (scale sets, load balancers, App Service, tags) serve deploy,
 * verify and rollback.
 */
import type { DeployPorts } from './deploy-ports.js';
import type { ImagePorts } from './image-ports.js';
import type { MonitorPorts } from './monitor-port.js';

export type AzurePorts = ImagePorts & DeployPorts & MonitorPorts;

/** Builds the ports on first use, so a run that needs no Azure never loads an Azure SDK. */
export type AzurePortsLoader = () => Promise<AzurePorts>;
