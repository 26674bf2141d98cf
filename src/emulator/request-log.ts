export interface RequestLogEntry {
  /** 1-based order of arrival. */
  seq: number;
  method: string;
  /** Path without query string. */
  path: string;
  apiVersion?: string;
  status: number;
  /** Real milliseconds spent handling (including injected latency). */
  durationMs: number;
  /** True for PUT/PATCH/DELETE/POST except read-like POSTs (route `write: false`). */
  write: boolean;
  /** Spec operation id of the matched route. */
  operation?: string;
  /** Kinds of the fault rules that fired, if any. */
  faults?: string[];
  /** ARM error code when the answer was an error. */
  errorCode?: string;
}

const WRITE_METHODS = new Set(['PUT', 'PATCH', 'DELETE', 'POST']);

export function isWrite(method: string, routeWrite: boolean | undefined): boolean {
  return routeWrite ?? WRITE_METHODS.has(method.toUpperCase());
}
