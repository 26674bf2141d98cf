import { ArmError } from './errors.js';

/**
 * Scripted failures. A rule matches requests by method / path glob / operation name; `skip` lets
 * the first N matching calls through, then `times` calls (default: all further calls) get the fault.
 */
export type FaultKind =
  | 'throttle' // 429 TooManyRequests + Retry-After
  | 'server-error' // 500 InternalServerError
  | 'unavailable' // 503 ServiceUnavailable + Retry-After
  | 'reset' // TCP connection destroyed without a response
  | 'latency' // added real delay, then normal handling
  | 'lro-failed' // LRO accepted normally, then ends Failed
  // 409 AnotherOperationInProgress + Retry-After: the code ARM and Network answer a write while another
  // operation holds the resource (ARM "common deployment errors": wait for the concurrent operation)
  | 'conflict'
  | 'lro-never-ends' // LRO accepted normally, stays InProgress forever
  // 403 AuthorizationFailed (Resource Manager) / InsufficientAccessError (logs query API): the identity
  // lacks the role for the call; terminal, never retried (forbiddenError below)
  | 'forbidden';

export interface FaultRule {
  kind: FaultKind;
  /** Optional id (generated when added via control.addFault). */
  id?: string;
  /** HTTP method, case-insensitive; omitted = any. */
  method?: string;
  /**
   * Path match, case-insensitive, against the path without query. A string is an anchored glob
   * where `*` matches within one segment and `**` across segments
   * (e.g. `/subscriptions/*\/resourceGroups/*\/providers/Microsoft.Compute/galleries/**`); a RegExp is tested as is.
   */
  path?: string | RegExp;
  /** Operation id from the spec, e.g. `GalleryImageVersions_CreateOrUpdate` (case-insensitive). */
  operation?: string;
  /** Matching calls to let through before the fault starts (default 0). */
  skip?: number;
  /** Number of calls to fault once started (default: unlimited). */
  times?: number;
  /** Simulated seconds for Retry-After on throttle/unavailable/conflict (default 10; scaled by time scale). */
  retryAfterSeconds?: number;
  /** Real milliseconds for `latency`. */
  latencyMs?: number;
  /** Error for `lro-failed`. */
  error?: { code: string; message: string };
}

interface RuleState {
  seen: number;
  applied: number;
}

export class FaultEngine {
  private readonly counters = new WeakMap<FaultRule, RuleState>();

  constructor(readonly rules: FaultRule[]) {}

  /**
   * Returns every rule that fires for this call (counting the call against each matching rule).
   * Several can fire at once, e.g. latency plus lro-failed.
   */
  fire(method: string, path: string, operation: string | undefined): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const rule of this.rules) {
      if (!matches(rule, method, path, operation)) continue;
      const st = this.counters.get(rule) ?? { seen: 0, applied: 0 };
      this.counters.set(rule, st);
      st.seen++;
      if (st.seen <= (rule.skip ?? 0)) continue;
      if (rule.times !== undefined && st.applied >= rule.times) continue;
      st.applied++;
      fired.push(rule);
    }
    return fired;
  }
}

function matches(rule: FaultRule, method: string, path: string, operation: string | undefined): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.operation && rule.operation.toLowerCase() !== (operation ?? '').toLowerCase()) return false;
  if (rule.path !== undefined) {
    const re = typeof rule.path === 'string' ? globToRegExp(rule.path) : rule.path;
    if (!re.test(path)) return false;
  }
  return true;
}

/**
 * The 403 Azure answers a call the identity has no role for. Resource Manager: code
 * AuthorizationFailed, naming the client, the action and the scope ("Troubleshoot Azure RBAC",
 * learn.microsoft.com/azure/role-based-access-control/troubleshooting). The logs query API (`/v1/…`):
 * InsufficientAccessError ("Azure Monitor Log Analytics API errors",
 * learn.microsoft.com/azure/azure-monitor/logs/api/errors).
 */
export function forbiddenError(method: string, path: string): ArmError {
  if (/^\/v1\//i.test(path))
    return new ArmError(
      403,
      'InsufficientAccessError',
      'The provided credentials have insufficient access to perform the requested operation',
    );
  const client = '00000000-0000-0000-0000-0000000000c1';
  const message =
    `The client '${client}' with object id '${client}' does not have authorization to perform action ` +
    `'${actionOf(method, path)}' over scope '${path}' or the scope is invalid. If access was recently granted, ` +
    'please refresh your credentials.';
  return new ArmError(403, 'AuthorizationFailed', message);
}

/** The RBAC action of a call: the last provider's namespace and resource types, then read/write/delete/action. */
function actionOf(method: string, path: string): string {
  const parts = path.split('/').filter(Boolean);
  const at = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
  const rest = at >= 0 ? parts.slice(at + 1) : [];
  const types = [rest[0] ?? 'Microsoft.Resources', ...rest.slice(1).filter((_, i) => i % 2 === 0)];
  const verb = { GET: 'read', HEAD: 'read', PUT: 'write', PATCH: 'write', DELETE: 'delete' }[method.toUpperCase()];
  return `${types.join('/')}/${verb ?? 'action'}`;
}

export function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  // '**' spans segments, '*' stays within one: split on '**' so the two never meet.
  const pattern = escaped
    .split('**')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${pattern}/?$`, 'i');
}
