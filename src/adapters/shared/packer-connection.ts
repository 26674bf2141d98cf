/**
 * The Packer runner for `builder: packer` bakes, with the run's Azure sign-in handed to Packer's
 * azure-arm builder through its documented variables (src/packer/azure-credentials.ts).
 */
import { EngineError, type Settings } from '../../core/index.js';
import type { PackerPort } from '../../core/bake/packer-port.js';
import type { AzureCredential } from '../../packer/azure-credentials.js';
import type { AzureSignIn } from './azure-connection.js';

type Env = Record<string, string | undefined>;

export async function packerPort(
  settings: Settings,
  signIn: AzureSignIn | undefined,
  env: Env = process.env,
): Promise<PackerPort | undefined> {
  if (!settings.stages.includes('bake') || settings.bake.builder !== 'packer') return undefined;
  const { createPackerPort } = await import('../../packer/port.js');
  return createPackerPort({ azureCredential: signIn ? await packerCredential(signIn, env) : undefined });
}

/** The run's sign-in, as Packer's azure-arm builder takes it. */
export async function packerCredential(signIn: AzureSignIn, env: Env): Promise<AzureCredential | undefined> {
  const { plan, subscriptionId } = signIn;
  switch (plan.kind) {
    case 'oidc': {
      // Packer fetches fresh GitHub ID tokens itself from the runner's request URL.
      const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
      const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
      if (!requestUrl || !requestToken)
        throw new EngineError(
          'input',
          "Packer's OIDC sign-in needs the job's ID token request variables; grant 'permissions: id-token: write'",
        );
      return {
        kind: 'oidc-request',
        subscriptionId,
        tenantId: plan.tenantId,
        clientId: plan.clientId,
        requestUrl,
        requestToken,
      };
    }
    case 'client-secret':
      return {
        kind: 'client-secret',
        subscriptionId,
        tenantId: plan.tenantId,
        clientId: plan.clientId,
        clientSecret: plan.clientSecret,
      };
    case 'azure-pipelines':
      return {
        kind: 'oidc-token',
        subscriptionId,
        tenantId: plan.tenantId,
        clientId: plan.clientId,
        idToken: await adoIdToken(plan.serviceConnectionId, plan.systemAccessToken, env),
      };
    case 'managed-identity':
      return { kind: 'managed-identity', subscriptionId, clientId: plan.clientId };
    case 'azure-cli':
      return { kind: 'azure-cli', subscriptionId, tenantId: plan.tenantId };
    case 'client-certificate':
      throw new EngineError(
        'input',
        "Packer bakes can't use a certificate service connection; use workload identity federation or a client secret",
      );
    case 'static-token':
      // A custom cloud with a static token (e.g. the emulator): the template brings its own sign-in.
      return undefined;
  }
}

/**
 * An ID token for the service connection, from Azure Pipelines' OIDC endpoint (what
 * AzurePipelinesCredential does internally). Packer exchanges it once at the start of the build.
 */
async function adoIdToken(serviceConnectionId: string, systemAccessToken: string, env: Env): Promise<string> {
  const base = env.SYSTEM_OIDCREQUESTURI;
  if (!base)
    throw new EngineError(
      'input',
      'workload identity federation for Packer needs SYSTEM_OIDCREQUESTURI, which Azure Pipelines agents (3.225+) set',
    );
  const url = `${base}?api-version=7.1&serviceConnectionId=${encodeURIComponent(serviceConnectionId)}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${systemAccessToken}`, 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json().catch(() => ({}))) as { oidcToken?: string };
  if (!res.ok || !body.oidcToken)
    throw new EngineError(
      'transient',
      `Azure Pipelines did not issue an ID token for service connection '${serviceConnectionId}' (HTTP ${res.status})`,
    );
  return body.oidcToken;
}
