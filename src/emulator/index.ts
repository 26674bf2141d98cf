import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createCerts } from './certs.js';
import { SimClock } from './clock.js';
import { createControl, type EmulatorControl } from './control.js';
import { createControlApi, isControlPath } from './control-api.js';
import { FaultEngine, type FaultRule } from './faults.js';
import { LroManager } from './lro.js';
import { registerOperationRoutes } from './operation-routes.js';
import { loadState, saveState } from './persistence.js';
import { handleRequest, type RecordedExchange } from './pipeline.js';
import { providers } from './providers/index.js';
import { createRandom } from './random.js';
import type { RequestLogEntry } from './request-log.js';
import { provisioningState, setProvisioningState } from './resource-kit.js';
import { Router } from './router.js';
import { Scheduler } from './scheduler.js';
import { StateStore } from './state.js';
import { closeDeployWorld } from './sim/world.js';
import type { EmulatorContext } from './types.js';
import type { World } from './world.js';
import type { WorldInfo } from './world-build.js';

export type { EmulatorControl } from './control.js';
export type { FaultKind, FaultRule } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export type { RecordedExchange } from './pipeline.js';
export type { World } from './world.js';
export type { WorldInfo } from './world-build.js';
export type { ArmRequest, EmulatorContext, Handler, Provider, Reply, RouteDef } from './types.js';

export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0/undefined = any free port. */
  port?: number;
  /** Simulated seconds per real second (default 60). */
  timeScale?: number;
  /** Seed for ids, ETags and operation ids (default 1). */
  seed?: number;
  /** Fault rules active from the start. */
  faults?: FaultRule[];
  /** Items per page of list calls (default 50). */
  pageSize?: number;
  /** JSON file to load state from at start and save to after every change. */
  statePath?: string;
  /** The one subscription the emulator serves. */
  subscriptionId?: string;
  /**
   * Opt-in traffic recorder: called with every answered request/response pair (not for dropped
   * connections), e.g. to write `oav validate-traffic` payloads. Off by default.
   */
  record?: (exchange: RecordedExchange) => void;
  /** Built before startEmulator resolves (README "Worlds"); the request log starts empty after it. */
  world?: World;
}

export interface Emulator {
  /** https://127.0.0.1:PORT */
  endpoint: string;
  /** PEM file of the CA that signed the server certificate. */
  caFile: string;
  caPem: string;
  subscriptionId: string;
  requests: RequestLogEntry[];
  control: EmulatorControl;
  /** The world's targets and their release inputs, when started with `world`. */
  world?: WorldInfo;
  close(): Promise<void>;
}

export const DEFAULT_SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000001';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const certs = await createCerts();
  const persisted = options.statePath ? loadState(options.statePath) : undefined;
  const clock = new SimClock(options.timeScale ?? 60, Math.max(Date.now(), persisted?.simNowMs ?? 0));
  const scheduler = new Scheduler(clock);
  const random = createRandom(options.seed ?? 1);
  let baseUrl = '';
  const emu: EmulatorContext = {
    subscriptionId: options.subscriptionId ?? DEFAULT_SUBSCRIPTION_ID,
    baseUrl: '',
    state: new StateStore(),
    clock,
    scheduler,
    random,
    lro: new LroManager(clock, scheduler, random, () => baseUrl),
    pageSize: options.pageSize ?? 50,
    scripts: new Map(),
    faults: [...(options.faults ?? [])],
  };
  const router = new Router();
  registerOperationRoutes(router);
  for (const p of providers) p.register(router, emu);
  if (persisted) restore(emu, persisted);

  const requests: RequestLogEntry[] = [];
  const save = (): void => {
    if (options.statePath) saveState(options.statePath, { ...emu.state.snapshot(), simNowMs: clock.now() });
  };
  const deps = {
    emu,
    router,
    faults: new FaultEngine(emu.faults),
    log: requests,
    afterWrite: save,
    record: options.record,
  };
  // The control API (control-api.ts) shares the port under /_emulator: ARM paths never start so.
  const self: { emulator?: Emulator } = {};
  const controlApi = createControlApi(() => self.emulator!);
  const server = createServer({ key: certs.serverKey, cert: certs.serverCert, keepAlive: true }, (req, res) => {
    if (isControlPath(req.url)) {
      controlApi(req, res).catch(() => res.headersSent || res.writeHead(500).end());
      return;
    }
    handleRequest(deps, req, res).catch((e: unknown) => {
      console.error('[azure-emulator] request failed', e);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await listen(server, options.port ?? 0);
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  emu.baseUrl = baseUrl;

  const emulator: Emulator = {
    endpoint: baseUrl,
    caFile: certs.caFile,
    caPem: certs.caPem,
    subscriptionId: emu.subscriptionId,
    requests,
    control: createControl(emu, requests),
    close: async () => {
      save();
      await closeDeployWorld(emu);
      await closeServer(server);
    },
  };
  self.emulator = emulator;
  if (options.world) {
    const { buildWorld } = await import('./world-build.js');
    emulator.world = await buildWorld(emulator, options.world).catch(async (e: unknown) => {
      await emulator.close();
      throw e;
    });
  }
  return emulator;
}

/** Reloaded state has no running timers: settle in-flight provisioning, then let providers fix up. */
function restore(emu: EmulatorContext, persisted: ReturnType<typeof loadState> & object): void {
  emu.state.restore(persisted);
  for (const r of emu.state.all()) {
    const ps = provisioningState(r);
    if (ps === 'Deleting') emu.state.delete(r.id);
    else if (ps === 'Creating' || ps === 'Updating') setProvisioningState(r, 'Succeeded');
  }
  for (const p of providers) p.onRestore?.(emu);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
