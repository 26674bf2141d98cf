/**
 * Signs in and builds the Azure ports, for the stages that need them. The sign-in is planned
 * eagerly (pure, no SDK loaded) so a missing credential fails before anything runs; the SDKs load
 * only when a stage first asks for the ports.
 */
import { EngineError, type Settings } from '../../core/index.js';
import { targetIsChecked } from '../../core/stages/verify.js';
import type { AzurePortsLoader } from '../../core/azure/ports.js';
import { planCredential, type CredentialSource, type PlannedCredential } from '../../azure/credentials.js';

/** verify alone, with HTTP probes only, never calls Azure (analysis gates read Azure Monitor). */
export function needsAzure(settings: Settings): boolean {
  return settings.stages.some((s) => s !== 'verify') || targetIsChecked(settings) || settings.analysis.length > 0;
}

export interface AzureSignIn extends PlannedCredential {
  readonly subscriptionId: string;
}

/** Plans the sign-in; throws an input error when it can't work (no subscription, no credential). */
export function planSignIn(settings: Settings, source: CredentialSource): AzureSignIn {
  const planned = planCredential(settings.azure, source);
  if (!planned.subscriptionId) {
    throw new EngineError(
      'input',
      "input 'subscription-id': is required for stages that call Azure (Azure DevOps: 'subscriptionId', or a service connection scoped to a subscription)",
    );
  }
  return { ...planned, subscriptionId: planned.subscriptionId };
}

/** The emulator runs on scaled time: poll it in milliseconds instead of the SDK's 2 s default. */
const isLoopback = (endpoint: string) => /^https:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i.test(endpoint);

/**
 * The ports, built on first use. `log` gets one line naming the sign-in method (OIDC, workload
 * identity, client secret, Azure CLI, static token…; never a secret) when the run first signs in.
 */
export function azureLoader(settings: Settings, signIn: AzureSignIn, log?: (line: string) => void): AzurePortsLoader {
  let ports: ReturnType<AzurePortsLoader> | undefined;
  return () => {
    ports ??= (async () => {
      log?.(`Signing in to Azure with ${signIn.description} (subscription ${signIn.subscriptionId}).`);
      const { createCredential } = await import('../../azure/credentials.js');
      const { createAzurePorts } = await import('../../azure/index.js');
      return createAzurePorts({
        endpoint: settings.azure.armEndpoint,
        caFile: settings.azure.caFile,
        subscriptionId: signIn.subscriptionId,
        credential: await createCredential(signIn.plan),
        pollIntervalMs: isLoopback(settings.azure.armEndpoint) ? 25 : undefined,
      });
    })();
    return ports;
  };
}
