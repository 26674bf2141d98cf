import { request } from 'node:https';
import type { TokenCredential } from '@azure/core-auth';
import { MonitorClient } from '@azure/arm-monitor';
import { LogsQueryClient } from '@azure/monitor-query-logs';
import { armClientOptions } from '../../src/azure/transport.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { validateWorld } from '../../src/emulator/world.js';

/** Any bearer token is accepted by the emulator. */
export const credential: TokenCredential = {
  getToken: async () => ({ token: 'emulator-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/**
 * A world with a blue-green pair of scale sets behind `web-lb` (live rule :80), a web app `shop`
 * with a `staging` slot, an Application Insights component and a Log Analytics workspace.
 */
export const WORLD = {
  name: 'signals',
  resourceGroup: 'rg-sig',
  gallery: { name: 'gal', images: [{ name: 'web', versions: ['1.0.0', '2.0.0'] }] },
  targets: [
    { name: 'web', strategy: 'blue-green', image: 'web', version: '1.0.0', capacity: 2 },
    { name: 'shop', strategy: 'slot-swap', container: 'contoso.azurecr.io/shop:1.0.0' },
  ],
  monitoring: {
    components: [{ name: 'appi-sig' }],
    workspaces: [{ name: 'log-sig' }],
  },
};

export interface Harness {
  emu: Emulator;
  monitor: MonitorClient;
  logs: LogsQueryClient;
  rgId: string;
  ids: { site: string; slot: string; lb: string; blue: string; component: string; workspace: string };
  /** The workspace's customerId (the query API's workspace id). */
  workspaceId: string;
}

/**
 * The emulator with WORLD built, then a time scale of 0.001 (a real second is a simulated
 * millisecond): simulated time moves only by `advanceTime`, so what the tests measure does not
 * depend on machine speed.
 */
export async function startSignals(world: unknown = WORLD): Promise<Harness> {
  const emu = await startEmulator({ seed: 5, world: validateWorld(world, 'test world') });
  emu.control.setTimeScale(0.001);
  const options = armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile });
  const rgId = `/subscriptions/${emu.subscriptionId}/resourceGroups/rg-sig`;
  const ws = emu.control.getResource(`${rgId}/providers/Microsoft.OperationalInsights/workspaces/log-sig`);
  return {
    emu,
    monitor: new MonitorClient(credential, emu.subscriptionId, options),
    logs: new LogsQueryClient(credential, { endpoint: `${emu.endpoint}/v1`, tlsOptions: { ca: emu.caPem } }),
    rgId,
    ids: {
      site: `${rgId}/providers/Microsoft.Web/sites/shop`,
      slot: `${rgId}/providers/Microsoft.Web/sites/shop/slots/staging`,
      lb: `${rgId}/providers/Microsoft.Network/loadBalancers/web-lb`,
      blue: `${rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-blue`,
      component: `${rgId}/providers/Microsoft.Insights/components/appi-sig`,
      workspace: `${rgId}/providers/Microsoft.OperationalInsights/workspaces/log-sig`,
    },
    workspaceId: String((ws?.['properties'] as Record<string, unknown> | undefined)?.['customerId'] ?? ''),
  };
}

/** Moves simulated time to the next whole minute (if not on one), so intervals line up; returns it. */
export function alignToMinute(emu: Emulator): number {
  const now = emu.control.now().getTime();
  const next = Math.ceil(now / 60_000) * 60_000;
  if (next > now) emu.control.advanceTime((next - now) / 1000);
  return next;
}

/** A raw ARM GET (no SDK for Microsoft.AlertsManagement is installed). */
export function armGet(emu: Emulator, path: string, method = 'GET'): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, emu.endpoint),
      { method, ca: emu.caPem, headers: { authorization: 'Bearer test' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
