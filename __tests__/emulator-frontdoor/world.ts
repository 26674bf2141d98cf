/**
 * A Front Door (Standard) in front of a blue-green world: one endpoint, one route `/*`, one origin
 * group with two origins — `live` on the load balancer's live rule port and `preview` on its preview
 * rule port — both at the load balancer's public IP address (Front Door forwards to that frontend).
 * Everything is created through `@azure/arm-cdn` (api-version 2024-02-01), so it is in the request
 * log like any other write; the load balancer frontend gets its public IP directly in state (no LB write).
 */
import { CdnManagementClient } from '@azure/arm-cdn';
import { armClientOptions } from '../../src/azure/transport.js';
import type { Emulator } from '../../src/emulator/index.js';
import { credential, poll, waitFor } from '../emulator-deploy/helpers.js';

export interface FrontDoorOptions {
  /** The load balancer whose rules the origins point at. */
  lbId: string;
  livePort: number;
  previewPort: number;
  /** Origin weights (default live 1000, preview 1: the preview side gets almost nothing). */
  weights?: { live: number; preview: number };
  /** Whether the preview origin starts enabled (default true). */
  previewEnabled?: boolean;
  /** Names (defaults `fd`, `web`, `og`, `live`, `preview`, `default`). */
  names?: Partial<Record<'profile' | 'endpoint' | 'originGroup' | 'live' | 'preview' | 'route', string>>;
}

export interface FrontDoorWorld {
  cdn: CdnManagementClient;
  resourceGroup: string;
  profileName: string;
  originGroupName: string;
  profileId: string;
  endpointId: string;
  originGroupId: string;
  liveOrigin: string;
  previewOrigin: string;
  /** `http://127.0.0.1:PORT` answering for the endpoint's host name (`<name>-<hash>.z01.azurefd.net`). */
  endpointUrl: string;
  hostName: string;
}

/** A CDN / Front Door management client against the emulator. */
export function cdnClient(emu: Emulator): CdnManagementClient {
  return new CdnManagementClient(
    credential,
    emu.subscriptionId,
    armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile }),
  );
}

/** Gives the load balancer's first frontend a public IP (seeded) unless it has one; returns the address. */
export function ensureLoadBalancerPublicIp(emu: Emulator, lbId: string): string {
  const lb = emu.control.getResource(lbId) as { properties: { frontendIPConfigurations: Fe[] } } | undefined;
  if (!lb) throw new Error(`addFrontDoor: no load balancer ${lbId}`);
  const fe = lb.properties.frontendIPConfigurations[0];
  if (!fe) throw new Error(`addFrontDoor: load balancer ${lbId} has no frontend`);
  const existing = fe.properties?.publicIPAddress?.id;
  if (existing) return String((emu.control.getResource(existing)?.['properties'] as Ip)?.ipAddress);
  const rgId = lbId.split('/providers/')[0]!;
  const ipId = `${rgId}/providers/Microsoft.Network/publicIPAddresses/${lbId.split('/').pop()}-pip`;
  const ipAddress = '203.0.113.80';
  emu.control.seedResource({
    id: ipId,
    body: {
      location: (emu.control.getResource(lbId)?.['location'] as string) ?? 'westeurope',
      sku: { name: 'Standard', tier: 'Regional' },
      properties: { ipAddress, publicIPAllocationMethod: 'Static', provisioningState: 'Succeeded' },
    },
  });
  fe.properties = { ...(fe.properties ?? {}), publicIPAddress: { id: ipId } };
  emu.control.context.state.touch();
  return ipAddress;
}

type Fe = { properties?: { publicIPAddress?: { id: string } } };
type Ip = { ipAddress?: string } | undefined;

/**
 * Creates the Front Door and waits (simulated propagation) until its configuration is in effect and
 * the endpoint answers. Call after the load balancer exists.
 */
export async function addFrontDoor(emu: Emulator, options: FrontDoorOptions): Promise<FrontDoorWorld> {
  const n = { profile: 'fd', endpoint: 'web', originGroup: 'og', live: 'live', preview: 'preview', route: 'default' };
  Object.assign(n, options.names ?? {});
  const rgId = options.lbId.split('/providers/')[0]!;
  const rg = rgId.split('/').pop()!;
  const cdn = cdnClient(emu);
  const ip = ensureLoadBalancerPublicIp(emu, options.lbId);
  const weights = options.weights ?? { live: 1000, preview: 1 };
  await cdn.profiles.beginCreateAndWait(
    rg,
    n.profile,
    { location: 'global', sku: { name: 'Standard_AzureFrontDoor' } },
    poll,
  );
  const endpoint = await cdn.afdEndpoints.beginCreateAndWait(
    rg,
    n.profile,
    n.endpoint,
    { location: 'global', enabledState: 'Enabled' },
    poll,
  );
  const group = await cdn.afdOriginGroups.beginCreateAndWait(
    rg,
    n.profile,
    n.originGroup,
    {
      loadBalancingSettings: { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 },
      healthProbeSettings: {
        probePath: '/health',
        probeRequestType: 'GET',
        probeProtocol: 'Http',
        probeIntervalInSeconds: 100,
      },
      sessionAffinityState: 'Disabled',
    },
    poll,
  );
  const origin = (name: string, port: number, weight: number, enabled: boolean) =>
    cdn.afdOrigins.beginCreateAndWait(
      rg,
      n.profile,
      n.originGroup,
      name,
      {
        hostName: ip,
        httpPort: port,
        httpsPort: 443,
        originHostHeader: ip,
        priority: 1,
        weight,
        enabledState: enabled ? 'Enabled' : 'Disabled',
        enforceCertificateNameCheck: false,
      },
      poll,
    );
  const live = await origin(n.live, options.livePort, weights.live, true);
  const preview = await origin(n.preview, options.previewPort, weights.preview, options.previewEnabled ?? true);
  await cdn.routes.beginCreateAndWait(
    rg,
    n.profile,
    n.endpoint,
    n.route,
    {
      originGroup: { id: group.id },
      patternsToMatch: ['/*'],
      supportedProtocols: ['Http', 'Https'],
      forwardingProtocol: 'HttpOnly',
      linkToDefaultDomain: 'Enabled',
      httpsRedirect: 'Disabled',
      enabledState: 'Enabled',
    },
    poll,
  );
  await waitForFrontDoor(emu, group.id!);
  return {
    cdn,
    resourceGroup: rg,
    profileName: n.profile,
    originGroupName: n.originGroup,
    profileId: `${rgId}/providers/Microsoft.Cdn/profiles/${n.profile}`,
    endpointId: endpoint.id!,
    originGroupId: group.id!,
    liveOrigin: live.id!,
    previewOrigin: preview.id!,
    endpointUrl: emu.control.frontDoorUrl(endpoint.id!)!,
    hostName: endpoint.hostName!,
  };
}

/** Waits until the origin group's stored origins are the ones Front Door routes by (propagated). */
export async function waitForFrontDoor(emu: Emulator, originGroupId: string): Promise<void> {
  await waitFor(() => emu.control.frontDoorPropagated(originGroupId));
}
