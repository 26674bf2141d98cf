/**
 * The traffic simulators' real HTTP listeners (load balancer rules, App Service slots, Front Door
 * endpoints): each on 127.0.0.1 at an ephemeral port, unref'd so an open listener never keeps the
 * process alive, keep-alive short so closing is quick.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server for `handler`, not yet listening. */
export function loopbackServer(handler: RequestListener): Server {
  const server = createServer(handler);
  server.keepAliveTimeout = 1000;
  return server;
}

/** Starts `server` on 127.0.0.1 and returns its port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  return (server.address() as AddressInfo).port;
}

/** Drops open connections (in-flight answers included) and closes `server`. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
