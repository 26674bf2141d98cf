import { routedSlot } from './app-ramp.js';
import type { SiteSim, SlotSim } from './app-service.js';
import { closeServer, listenOnLoopback, loopbackServer } from './loopback.js';
import type { ServedListener } from './served.js';

/**
 * A loopback HTTP listener for one App Service slot. Each request reads the slot's app at that
 * moment (after running due simulated work), so a swap — one reference exchange — is atomic:
 * 200 `{site, slot, content, image|package, version, startedAt}`; 404 for a path the app does not
 * serve (SiteSim.serves); 500 when the app's content is scripted unhealthy or erroring; 503 when
 * it failed to start or nothing runs. Every answer is reported to `served` (the signal model).
 */
export async function openSlotListener(
  site: SiteSim,
  slot: SlotSim,
  beforeRequest: () => void,
  served?: ServedListener,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = loopbackServer((req, res) => {
    req.resume();
    beforeRequest();
    const path = req.url ?? '/';
    const request = { method: req.method ?? 'GET', path, host: req.headers.host ?? '' };
    const { status, body } = serveSlot(site, slot, request, site.now(), false, served);
    const payload = JSON.stringify({ ...body, path });
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
    res.end(payload);
  });
  const url = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  return { url, close: () => closeServer(server) };
}

/**
 * What the slot's app answers to one request at simulated time `atMs`, reported to `served`
 * (also used by the emulator's load generator, which sends without a socket).
 */
export function serveSlot(
  site: SiteSim,
  slot: SlotSim,
  request: { method: string; path: string; host: string },
  atMs: number,
  synthetic: boolean,
  served?: ServedListener,
): { status: number; body: Record<string, unknown> } {
  // Production's ramp-up rules may send the request to a slot; the answer and telemetry name that slot.
  const answering = routedSlot(site, slot);
  const app = answering.app;
  const answer = site.answer(answering, request.path);
  served?.({
    atMs,
    ...request,
    status: answer.status,
    delayMs: 0,
    backend: { kind: 'app', site, slot: answering, app },
    synthetic,
  });
  return answer;
}
