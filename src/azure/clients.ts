/**
 * The SDK clients of one Azure connection, each loaded on first use (the GitHub bundle must not
 * load an Azure SDK before a stage needs it) and shared by every port built from that connection.
 */
import type { ComputeManagementClient } from '@azure/arm-compute';
import type { ImageBuilderClient } from '@azure/arm-imagebuilder';
import type { MonitorClient } from '@azure/arm-monitor';
import type { NetworkManagementClient } from '@azure/arm-network';
import type { WebSiteManagementClient } from '@azure/arm-appservice';
import type { ResourceManagementClient } from '@azure/arm-resources';
import type { AzureConnection } from './connection.js';
import { armClientOptions } from './transport.js';

export interface AzureClients {
  compute(): Promise<ComputeManagementClient>;
  network(): Promise<NetworkManagementClient>;
  web(): Promise<WebSiteManagementClient>;
  resources(): Promise<ResourceManagementClient>;
  imageBuilder(): Promise<ImageBuilderClient>;
  monitor(): Promise<MonitorClient>;
  /** Poller options: the connection's poll interval, when it sets one (the emulator does). */
  readonly poll: { readonly updateIntervalInMs?: number };
  /** Options for an SDK poller followed to its end. */
  lro(signal: AbortSignal): { abortSignal: AbortSignal; updateIntervalInMs?: number };
}

const byConnection = new WeakMap<AzureConnection, AzureClients>();

export function clientsFor(conn: AzureConnection): AzureClients {
  let clients = byConnection.get(conn);
  if (!clients) {
    clients = createClients(conn);
    byConnection.set(conn, clients);
  }
  return clients;
}

type Ctor<T> = new (
  credential: AzureConnection['credential'],
  subscriptionId: string,
  options: ReturnType<typeof armClientOptions>,
) => T;

function createClients(conn: AzureConnection): AzureClients {
  const options = armClientOptions({ endpoint: conn.endpoint, caFile: conn.caFile });
  const lazy = <T>(load: () => Promise<Ctor<T>>): (() => Promise<T>) => {
    let client: Promise<T> | undefined;
    return () => (client ??= load().then((Client) => new Client(conn.credential, conn.subscriptionId, options)));
  };
  const poll = conn.pollIntervalMs !== undefined ? { updateIntervalInMs: conn.pollIntervalMs } : {};
  return {
    compute: lazy(async () => (await import('@azure/arm-compute')).ComputeManagementClient),
    network: lazy(async () => (await import('@azure/arm-network')).NetworkManagementClient),
    web: lazy(async () => (await import('@azure/arm-appservice')).WebSiteManagementClient),
    resources: lazy(async () => (await import('@azure/arm-resources')).ResourceManagementClient),
    imageBuilder: lazy(async () => (await import('@azure/arm-imagebuilder')).ImageBuilderClient),
    monitor: lazy(async () => (await import('@azure/arm-monitor')).MonitorClient),
    poll,
    lro: (signal) => ({ abortSignal: signal, ...poll }),
  };
}
