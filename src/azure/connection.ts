/** What every Azure port implementation needs to reach Resource Manager. */
import type { TokenCredential } from '@azure/core-auth';

export interface AzureConnection {
  /** Resource Manager endpoint, e.g. https://management.azure.com or the emulator's. */
  readonly endpoint: string;
  /** PEM CA file to trust (custom clouds, the emulator). */
  readonly caFile?: string;
  readonly subscriptionId: string;
  readonly credential: TokenCredential;
  /**
   * Poll interval for long-running operations when Azure sends no usable Retry-After. The SDK
   * default (2 s) fits Azure; the emulator runs on scaled time and wants milliseconds.
   */
  readonly pollIntervalMs?: number;
}
