/**
 * The HttpClient port on Node's global fetch.
 *
 * Redirects are NOT followed: the probe sees the 3xx the endpoint sent. A health check must judge
 * the instance it targets; following a redirect could pass on some other host's 200 (App Service
 * authentication, for one, redirects to a sign-in page that answers 200). Accept 3xx explicitly
 * in the expected statuses when a redirect is the healthy answer.
 *
 * Bodies are read as UTF-8 text up to `maxBodyBytes` (default 64 KiB); the rest is discarded
 * unread, so a huge or endless body cannot exhaust memory or the request timeout.
 */
import type { HttpAnswer, HttpClient } from '../core/ports.js';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface HttpClientOptions {
  /** Bytes of body kept; the rest is not read. */
  maxBodyBytes?: number;
  /** Sent unless the caller's headers set their own user-agent. */
  userAgent?: string;
}

/** The request ran past its timeout. Named "TimeoutError", which is what the probe recognises. */
export class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`request timed out after ${timeoutMs} ms`);
  }
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const userAgent = options.userAgent ?? 'immutable-deploy-probe';
  return {
    async get(url, { timeoutMs, signal, headers }): Promise<HttpAnswer> {
      // The timeout covers the whole exchange, body included: fetch's signal aborts body reads too.
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const response = await fetch(url, {
          method: 'GET',
          redirect: 'manual',
          headers: withUserAgent(headers, userAgent),
          signal: combined,
        });
        return { status: response.status, body: await readCapped(response, maxBodyBytes) };
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        if (timeout.aborted) throw new RequestTimeoutError(timeoutMs);
        throw plainFetchError(err);
      }
    },
  };
}

/** Header names are case-insensitive: the caller's "User-Agent" must replace ours, not join it. */
function withUserAgent(headers: Record<string, string> | undefined, userAgent: string): Headers {
  const merged = new Headers(headers);
  if (!merged.has('user-agent')) merged.set('user-agent', userAgent);
  return merged;
}

/** Reads at most `maxBytes` of the body as text, then cancels the stream. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    const room = maxBytes - bytes;
    if (value.byteLength >= room) {
      // Don't wait for the cancellation: the server may keep streaming; we are done with it.
      reader.cancel().catch(() => undefined);
      return text + decoder.decode(value.subarray(0, room));
    }
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * The host name does not exist (DNS answered NXDOMAIN: getaddrinfo ENOTFOUND). Unlike a refused
 * connection or EAI_AGAIN (a DNS server that did not answer), retrying cannot help: the probe
 * fails at once. Named "HostNotFoundError", which is what the probe recognises.
 */
export class HostNotFoundError extends Error {
  override readonly name = 'HostNotFoundError';
  constructor(
    readonly host: string,
    options?: ErrorOptions,
  ) {
    super(`host ${host} does not resolve (getaddrinfo ENOTFOUND)`, options);
  }
}

function hostNotFound(cause: unknown): HostNotFoundError | undefined {
  const e = cause as { code?: unknown; hostname?: unknown } | undefined;
  if (!e || e.code !== 'ENOTFOUND') return undefined;
  return new HostNotFoundError(typeof e.hostname === 'string' ? e.hostname : 'of the URL', { cause });
}

/**
 * fetch says only "fetch failed"; the useful words ("connect ECONNREFUSED 10.0.0.4:443",
 * "getaddrinfo ENOTFOUND …") are in its cause.
 */
function plainFetchError(err: unknown): Error {
  if (!(err instanceof Error)) return new Error(String(err));
  const cause = err.cause;
  const unresolved = hostNotFound(cause);
  if (unresolved) return unresolved;
  if (cause instanceof AggregateError && cause.errors[0] instanceof Error) {
    return new Error(cause.errors[0].message || err.message, { cause: err });
  }
  if (cause instanceof Error && cause.message) return new Error(cause.message, { cause: err });
  return err;
}
