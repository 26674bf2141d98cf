import { readFileSync } from 'node:fs';
import type { PipelineRetryOptions, TlsSettings } from '@azure/core-rest-pipeline';

export interface ArmTransportInput {
  /** Resource Manager endpoint, e.g. https://management.azure.com or the emulator's https://127.0.0.1:PORT. */
  endpoint: string;
  /** PEM file of an extra CA to trust for this endpoint (the emulator's `caFile`). */
  caFile?: string;
  /** PEM text of that CA, instead of a file. */
  caPem?: string;
  /** Token scopes; default `${endpoint}/.default` (https://management.azure.com/.default for public Azure). */
  scopes?: string[];
  /** Retry tuning; default: fast retries for loopback endpoints, SDK defaults elsewhere. */
  retryOptions?: PipelineRetryOptions;
  /** Prepended to the SDK user agent. */
  userAgentPrefix?: string;
}

/**
 * Options accepted by every @azure/arm-* client constructor, both the modular (`endpoint`,
 * `credentials.scopes`) and the classic core-client ones (`endpoint`/`baseUri`, `credentialScopes`).
 */
export interface ArmClientOptions {
  endpoint: string;
  baseUri: string;
  credentials: { scopes: string[] };
  credentialScopes: string[];
  tlsOptions?: TlsSettings;
  retryOptions?: PipelineRetryOptions;
  userAgentOptions?: { userAgentPrefix: string };
}

/** Retries that keep tests fast: 429/503 honour Retry-After (scaled by the emulator), others back off 5–50 ms. */
export const FAST_RETRY: PipelineRetryOptions = { maxRetries: 4, retryDelayInMs: 5, maxRetryDelayInMs: 50 };

/**
 * Builds client options that point an ARM SDK client at `endpoint` and trust the given CA there.
 * The CA goes through core-rest-pipeline's `tlsOptions` (its tlsPolicy sets `ca` on the request's
 * https agent), so neither NODE_EXTRA_CA_CERTS nor disabled TLS verification is involved.
 * Note: `ca` replaces the default trust store for requests of this client, which is what we want
 * for the emulator; for public Azure pass no CA.
 */
export function armClientOptions(input: ArmTransportInput): ArmClientOptions {
  const endpoint = input.endpoint.replace(/\/+$/, '');
  const scopes = input.scopes ?? [`${endpoint}/.default`];
  const ca = input.caPem ?? (input.caFile ? readFileSync(input.caFile, 'utf8') : undefined);
  const options: ArmClientOptions = { endpoint, baseUri: endpoint, credentials: { scopes }, credentialScopes: scopes };
  if (ca) options.tlsOptions = { ca };
  const retry = input.retryOptions ?? (isLoopback(endpoint) ? FAST_RETRY : undefined);
  if (retry) options.retryOptions = retry;
  if (input.userAgentPrefix) options.userAgentOptions = { userAgentPrefix: input.userAgentPrefix };
  return options;
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
