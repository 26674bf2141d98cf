/** Ports for deploy targets: scale sets, load balancers, App Service, tags (issue #5). */
export type DeployPorts = Record<never, never>;
