/**
 * Test doubles for the verify probes: a local HTTP server, a manual clock whose time advances
 * only through the injected sleep, and a logger that records what it is told.
 */
import http from 'node:http';
import { afterEach } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Clock, Logger, Sleep } from '../../src/core/ports.js';
import type { ProbeSpec } from '../../src/core/verify/probe-types.js';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  url(path?: string): string;
  /** Paths requested so far, in arrival order. */
  readonly requests: string[];
  /** Runs `fn` after `ms` unless the server closes first (keeps slow handlers bounded). */
  later(ms: number, fn: () => void): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 on a random port. Always `close()` it (afterEach). */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    requests,
    later(ms, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL on which nothing listens: a port we bound, then released. */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/health`;
}

/** Answers with `status` and `body`. */
export function reply(res: http.ServerResponse, status: number, body = ''): void {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(body);
}

export interface ManualTime {
  clock: Clock;
  sleep: Sleep;
  /** Durations slept, in order. */
  readonly sleeps: number[];
  /** Clock readings when each sleep ended. */
  readonly wakeTimes: number[];
  advance(ms: number): void;
  now(): number;
  /** Called before each sleep completes, e.g. to abort mid-probe. */
  onSleep?: (count: number) => void;
}

/**
 * Time that only moves when the probe sleeps (or a test advances it), so budgets of minutes run
 * in milliseconds. The sleep yields to the event loop so real sockets still make progress.
 */
export function manualTime(start = 1_700_000_000_000): ManualTime {
  let now = start;
  const time: ManualTime = {
    clock: { now: () => now },
    sleeps: [],
    wakeTimes: [],
    advance: (ms) => {
      now += ms;
    },
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      time.sleeps.push(ms);
      time.onSleep?.(time.sleeps.length);
      signal?.throwIfAborted();
      now += ms;
      time.wakeTimes.push(now);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  return time;
}

export interface LogLine {
  level: 'info' | 'debug' | 'warning' | 'error';
  message: string;
}

export function recordingLogger(): Logger & { lines: LogLine[]; at(level: LogLine['level']): string[] } {
  const lines: LogLine[] = [];
  const push = (level: LogLine['level']) => (message: string) => {
    lines.push({ level, message });
  };
  return {
    lines,
    at: (level) => lines.filter((l) => l.level === level).map((l) => l.message),
    info: push('info'),
    debug: push('debug'),
    warning: push('warning'),
    error: push('error'),
    group: (_name, fn) => fn(),
  };
}

/** A spec with quiet defaults: any 2xx once, 1 s apart, within a minute. */
export function probeSpec(overrides: Partial<ProbeSpec> & { url: string }): ProbeSpec {
  return {
    name: 'api',
    expectStatus: [{ min: 200, max: 299 }],
    successes: 1,
    intervalMs: 1000,
    requestTimeoutMs: 2000,
    timeoutMs: 60_000,
    ...overrides,
  };
}

/** `serve(handler)` starts a loopback server for one test; it is closed after that test. */
export function useTestServer(): (handler: Handler) => Promise<TestServer> {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (handler) => (server = await startServer(handler));
}
