import type { IncomingHttpHeaders } from 'node:http';
import type { SimClock } from './clock.js';
import type { FaultRule } from './faults.js';
import type { LroManager } from './lro.js';
import type { RandomSource } from './random.js';
import type { Router } from './router.js';
import type { Scheduler } from './scheduler.js';
import type { Json, StateStore } from './state.js';

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'PATCH' | 'DELETE' | 'POST';

/** What a route handler receives. */
export interface ArmRequest {
  method: HttpMethod;
  /** Decoded request path without query, e.g. `/subscriptions/s/resourceGroups/rg`. */
  path: string;
  url: URL;
  query: URLSearchParams;
  apiVersion: string;
  /** Values captured by `{placeholders}` in the route path (decoded, casing as sent). */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (PUT/PATCH/POST), undefined when absent. */
  body: Json | undefined;
  /** Route operation name, e.g. `Galleries_CreateOrUpdate`. */
  operation: string;
  emu: EmulatorContext;
  /** Set when a fault rule of kind `lro-failed` / `lro-never-ends` matched this request. */
  lroFault?: { kind: 'lro-failed' | 'lro-never-ends'; error?: { code: string; message: string } };
}

/** What a route handler returns. Throw an ArmError for error envelopes. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: ArmRequest) => Reply | Promise<Reply>;

export interface RouteDef {
  method: HttpMethod;
  /** ARM path template: literal segments match case-insensitively, `{name}` captures one segment. */
  path: string;
  /** Operation id from the REST spec (used by fault rules and the request log). */
  operation: string;
  /**
   * Accepted api-versions, '*' to accept any present value, or 'none' for a data-plane API that
   * takes no api-version (the logs query API's `/v1/...` paths).
   */
  apiVersions: readonly string[] | '*' | 'none';
  /** Resource type named in NoRegisteredProviderFound errors. */
  resourceType?: string;
  /** Override the request-log write flag (e.g. false for read-like POSTs such as listKeys). */
  write?: boolean;
  handler: Handler;
}

/** Shared services every provider gets. */
export interface EmulatorContext {
  subscriptionId: string;
  /** https://127.0.0.1:PORT (no trailing slash). */
  baseUrl: string;
  state: StateStore;
  clock: SimClock;
  scheduler: Scheduler;
  random: RandomSource;
  lro: LroManager;
  pageSize: number;
  /** Free-form scripted behaviour, set via control.script(key, value); see README for keys. */
  scripts: Map<string, unknown>;
  faults: FaultRule[];
}

/** A resource provider module. */
export interface Provider {
  name: string;
  register(router: Router, emu: EmulatorContext): void;
  /** Optional: fix up persisted state after a reload (e.g. reschedule timers). */
  onRestore?(emu: EmulatorContext): void;
}
