import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SiteSim, SlotSim } from './app-service.js';

/**
 * A loopback HTTP listener for one App Service slot. Each request reads the slot's app at that
 * moment (after running due simulated work), so a swap — one reference exchange — is atomic:
 * 200 `{site, slot, content, image|package, version, startedAt}`; 404 for a path the app does not
 * serve (SiteSim.serves); 500 when the app's content is scripted unhealthy; 503 when it failed to
 * start or nothing runs.
 */
export async function openSlotListener(
  site: SiteSim,
  slot: SlotSim,
  beforeRequest: () => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    beforeRequest();
    const { status, body } = site.answer(slot, req.url ?? '/');
    const payload = JSON.stringify({ ...body, path: req.url ?? '/' });
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
    res.end(payload);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
