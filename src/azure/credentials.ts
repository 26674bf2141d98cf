/**
 * The Azure credential for a run, from `settings.azure` plus what the adapter knows about its CI
 * (GitHub's OIDC token callback, Azure DevOps' service connection). Free of CI libraries: adapters
 * pass values and callbacks in. Load this module lazily (dynamic import) — it pulls in
 * @azure/identity only when a credential is actually built.
 *
 * Two steps, so the decision is testable without the SDK:
 *   planCredential(azure, source) -> CredentialPlan   (pure; throws EngineError 'input')
 *   createCredential(plan)        -> TokenCredential  (loads @azure/identity on demand)
 */
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { EngineError } from '../core/errors.js';
import { signInError, type SignInMethod } from './sign-in-errors.js';
import type { AzureSettings, Cloud } from '../core/settings/types.js';

/** Entra ID authority per cloud (the values of @azure/identity's AzureAuthorityHosts). */
export const AUTHORITY_HOSTS: Record<Exclude<Cloud, 'Custom'>, string> = {
  AzureCloud: 'https://login.microsoftonline.com',
  AzureUSGovernment: 'https://login.microsoftonline.us',
  AzureChinaCloud: 'https://login.chinacloudapi.cn',
};

/** Audience of the GitHub ID token exchanged for an Entra token. */
export const GITHUB_OIDC_AUDIENCE = 'api://AzureADTokenExchange';

/** An AzureRM service connection as read from the Azure DevOps task library. */
export interface AdoServiceConnection {
  readonly id: string;
  /** getEndpointAuthorizationScheme: 'WorkloadIdentityFederation' | 'ServicePrincipal' | 'ManagedServiceIdentity'. */
  readonly scheme: string;
  readonly tenantId?: string;
  /** Auth parameter 'serviceprincipalid'. */
  readonly clientId?: string;
  /** Auth parameter 'authenticationType': 'spnKey' or 'spnCertificate'. */
  readonly authenticationType?: string;
  /** Auth parameter 'serviceprincipalkey'. */
  readonly clientSecret?: string;
  /** Auth parameter 'servicePrincipalCertificate' (PEM, private key included). */
  readonly certificate?: string;
  /** Data parameter 'subscriptionId'. */
  readonly subscriptionId?: string;
  /** Data parameter 'environment' (AzureCloud, AzureUSGovernment, AzureChinaCloud, …). */
  readonly environment?: string;
  /** Data parameter 'environmentAuthorityUrl', when the connection names its own authority. */
  readonly authorityUrl?: string;
  /** System.AccessToken (the SystemVssConnection token), needed for workload identity federation. */
  readonly systemAccessToken?: string;
}

export type CredentialSource =
  /** `getIdToken` is given when the job may request an OIDC token (permissions: id-token: write). */
  | { readonly kind: 'github'; readonly getIdToken?: (audience: string) => Promise<string> }
  | { readonly kind: 'azure-devops'; readonly connection?: AdoServiceConnection }
  | { readonly kind: 'cli' };

export type CredentialPlan =
  | {
      readonly kind: 'oidc';
      readonly tenantId: string;
      readonly clientId: string;
      readonly authorityHost: string;
      readonly getAssertion: () => Promise<string>;
    }
  | {
      readonly kind: 'client-secret';
      readonly tenantId: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly authorityHost: string;
    }
  | {
      readonly kind: 'client-certificate';
      readonly tenantId: string;
      readonly clientId: string;
      readonly certificate: string;
      readonly authorityHost: string;
    }
  | {
      readonly kind: 'azure-pipelines';
      readonly tenantId: string;
      readonly clientId: string;
      readonly serviceConnectionId: string;
      readonly systemAccessToken: string;
      readonly authorityHost: string;
    }
  | { readonly kind: 'managed-identity'; readonly clientId?: string }
  | { readonly kind: 'azure-cli'; readonly tenantId?: string }
  | { readonly kind: 'static-token'; readonly token: string };

export interface PlannedCredential {
  readonly plan: CredentialPlan;
  /** Subscription id: the input, else the service connection's. */
  readonly subscriptionId?: string;
  /** `${armEndpoint}/.default`: the scope of Resource Manager tokens. */
  readonly scope: string;
  /** One line for the log: how the run signs in (no secret in it). */
  readonly description: string;
}

const input = (message: string) => new EngineError('input', message);

export function authorityHostFor(cloud: Cloud): string {
  return cloud === 'Custom' ? AUTHORITY_HOSTS.AzureCloud : AUTHORITY_HOSTS[cloud];
}

export function planCredential(azure: AzureSettings, source: CredentialSource): PlannedCredential {
  const scope = `${azure.armEndpoint.replace(/\/+$/, '')}/.default`;
  const { tenantId, clientId, clientSecret, accessToken } = azure;
  const done = (plan: CredentialPlan, description: string): PlannedCredential => ({
    plan,
    scope,
    description,
    subscriptionId: azure.subscriptionId,
  });
  if (source.kind === 'azure-devops') {
    // As 'auto' does in the other adapters: a custom Resource Manager endpoint with a static token
    // (the emulator, Azure Stack-like setups) needs no service connection; the subscription id
    // then comes from the input.
    if (azure.cloud === 'Custom' && accessToken) return done(staticToken(accessToken), staticTokenDescription(azure));
    return planAzureDevOps(azure, source.connection, scope);
  }
  const authorityHost = authorityHostFor(azure.cloud);
  const getIdToken = source.kind === 'github' ? source.getIdToken : undefined;

  let mode = azure.auth;
  if (mode === 'auto') {
    if (azure.cloud === 'Custom' && accessToken) mode = 'static-token';
    else if (getIdToken && tenantId && clientId) mode = 'oidc';
    else if (clientSecret) mode = 'client-secret';
    else mode = 'azure-cli';
  }
  switch (mode) {
    case 'static-token':
      if (!accessToken) throw input("'access-token' is required when 'auth' is 'static-token'");
      return done(staticToken(accessToken), staticTokenDescription(azure));
    case 'oidc': {
      if (!getIdToken) {
        throw input(
          source.kind === 'github'
            ? "'auth' is 'oidc' but the job cannot request an ID token; grant 'permissions: id-token: write' to the job"
            : "'auth' is 'oidc', which only GitHub Actions provides; use 'client-secret' or 'azure-cli'",
        );
      }
      if (!tenantId || !clientId) throw input("'tenant-id' and 'client-id' are required for OIDC sign-in");
      // A fresh ID token for every token request: GitHub's ID tokens expire after minutes, so a
      // long run re-exchanging a cached one would fail with AADSTS700024.
      return done(
        { kind: 'oidc', tenantId, clientId, authorityHost, getAssertion: () => getIdToken(GITHUB_OIDC_AUDIENCE) },
        `OIDC (workload identity federation) as client ${clientId}`,
      );
    }
    case 'client-secret':
      if (!tenantId || !clientId || !clientSecret)
        throw input("'tenant-id', 'client-id' and 'client-secret' are required for client-secret sign-in");
      return done(
        { kind: 'client-secret', tenantId, clientId, clientSecret, authorityHost },
        `a client secret as client ${clientId}`,
      );
    case 'azure-cli':
      return done({ kind: 'azure-cli', tenantId }, "the Azure CLI's signed-in account");
    default:
      throw input(`unknown auth mode '${String(mode)}'`);
  }
}

const staticToken = (token: string): CredentialPlan => ({ kind: 'static-token', token });
const staticTokenDescription = (azure: AzureSettings) => `a static access token for ${azure.armEndpoint}`;

function planAzureDevOps(azure: AzureSettings, c: AdoServiceConnection | undefined, scope: string): PlannedCredential {
  if (!c)
    throw input(
      "'azureSubscription' (an Azure Resource Manager service connection) is required for stages that call Azure, unless 'cloud' is 'Custom' with an 'accessToken'",
    );
  const authorityHost =
    c.authorityUrl?.replace(/\/+$/, '') ||
    (isKnownCloud(c.environment) ? AUTHORITY_HOSTS[c.environment] : authorityHostFor(azure.cloud));
  const subscriptionId = azure.subscriptionId ?? c.subscriptionId;
  const done = (plan: CredentialPlan, description: string): PlannedCredential => ({
    plan,
    scope,
    description,
    subscriptionId,
  });
  const need = (what: string, value: string | undefined): string => {
    if (!value) throw input(`service connection '${c.id}' (${c.scheme}) has no ${what}`);
    return value;
  };
  switch (c.scheme) {
    case 'WorkloadIdentityFederation':
      return done(
        {
          kind: 'azure-pipelines',
          tenantId: need('tenant id', c.tenantId),
          clientId: need('service principal id', c.clientId),
          serviceConnectionId: c.id,
          systemAccessToken: need(
            "System.AccessToken (map it into the task's environment, or allow scripts to access the OAuth token)",
            c.systemAccessToken,
          ),
          authorityHost,
        },
        `workload identity federation through service connection '${c.id}'`,
      );
    case 'ServicePrincipal': {
      const tenantId = need('tenant id', c.tenantId);
      const clientId = need('service principal id', c.clientId);
      if (c.authenticationType === 'spnCertificate') {
        return done(
          {
            kind: 'client-certificate',
            tenantId,
            clientId,
            certificate: need('certificate', c.certificate),
            authorityHost,
          },
          `a certificate through service connection '${c.id}'`,
        );
      }
      return done(
        {
          kind: 'client-secret',
          tenantId,
          clientId,
          clientSecret: need('service principal key', c.clientSecret),
          authorityHost,
        },
        `a client secret through service connection '${c.id}'`,
      );
    }
    case 'ManagedServiceIdentity':
      return done(
        { kind: 'managed-identity', clientId: c.clientId },
        `the agent's managed identity through service connection '${c.id}'`,
      );
    default:
      throw input(
        `service connection '${c.id}' uses authorization scheme '${c.scheme}', which is not supported; expected WorkloadIdentityFederation, ServicePrincipal or ManagedServiceIdentity`,
      );
  }
}

const isKnownCloud = (env: string | undefined): env is Exclude<Cloud, 'Custom'> =>
  env !== undefined && env in AUTHORITY_HOSTS;

/** A credential that always returns the given token (cloud 'Custom', e.g. the local emulator). */
export function staticTokenCredential(token: string, lifetimeMs = 60 * 60 * 1000): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => ({
      token,
      expiresOnTimestamp: Date.now() + lifetimeMs,
      tokenType: 'Bearer',
    }),
  };
}

/** Builds the planned credential, loading @azure/identity only now; its failures name the sign-in method. */
export async function createCredential(plan: CredentialPlan): Promise<TokenCredential> {
  return namedSignIn(await identityCredential(plan), signInMethod(plan));
}

/** What each sign-in method is called, and what to check when it fails. */
export function signInMethod(plan: CredentialPlan): SignInMethod {
  const app = 'clientId' in plan && plan.clientId ? ` as client ${plan.clientId}` : '';
  switch (plan.kind) {
    case 'oidc':
      return {
        description: `OIDC (workload identity federation)${app}`,
        fix:
          "Check that the job has 'permissions: id-token: write', that 'tenant-id' and 'client-id' are right, and that " +
          "the app's federated credential matches this workflow's subject (repository, and branch, tag or environment).",
      };
    case 'client-secret':
      return {
        description: `a client secret${app}`,
        fix: "Check 'tenant-id', 'client-id' and 'client-secret' (an expired or rotated secret fails like this).",
      };
    case 'client-certificate':
      return {
        description: `a certificate${app}`,
        fix: "Check the service connection's certificate (expired, or not uploaded to the app registration).",
      };
    case 'azure-pipelines':
      return {
        description: `workload identity federation through service connection '${plan.serviceConnectionId}'`,
        fix: "Check the service connection's federated credential (issuer and subject) and that System.AccessToken reaches the task.",
      };
    case 'managed-identity':
      return {
        description: `the agent's managed identity${app}`,
        fix: 'Check that the identity is assigned to the agent machine.',
      };
    case 'azure-cli':
      return {
        description: "the Azure CLI's signed-in account",
        fix: "Run 'az login' (and 'az account set') on this machine, or choose another 'auth'.",
      };
    case 'static-token':
      return { description: 'a static access token', fix: "Check 'access-token'." };
  }
}

/** A credential whose getToken failures say which sign-in method failed and how to fix it. */
export function namedSignIn(inner: TokenCredential, method: SignInMethod): TokenCredential {
  return {
    getToken: async (scopes: string | string[], options?: GetTokenOptions) => {
      try {
        return await inner.getToken(scopes, options);
      } catch (err) {
        if (options?.abortSignal?.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
        throw signInError(err, method);
      }
    },
  };
}

/** The @azure/identity credential a plan builds, before its sign-in errors are named (tests check its class). */
export async function identityCredential(plan: CredentialPlan): Promise<TokenCredential> {
  if (plan.kind === 'static-token') return staticTokenCredential(plan.token);
  const identity = await import('@azure/identity');
  switch (plan.kind) {
    case 'oidc':
      return new identity.ClientAssertionCredential(plan.tenantId, plan.clientId, plan.getAssertion, {
        authorityHost: plan.authorityHost,
      });
    case 'client-secret':
      return new identity.ClientSecretCredential(plan.tenantId, plan.clientId, plan.clientSecret, {
        authorityHost: plan.authorityHost,
      });
    case 'client-certificate':
      return new identity.ClientCertificateCredential(
        plan.tenantId,
        plan.clientId,
        { certificate: plan.certificate },
        { authorityHost: plan.authorityHost },
      );
    case 'azure-pipelines':
      return new identity.AzurePipelinesCredential(
        plan.tenantId,
        plan.clientId,
        plan.serviceConnectionId,
        plan.systemAccessToken,
        { authorityHost: plan.authorityHost },
      );
    case 'managed-identity':
      return plan.clientId
        ? new identity.ManagedIdentityCredential({ clientId: plan.clientId })
        : new identity.ManagedIdentityCredential();
    case 'azure-cli':
      return new identity.AzureCliCredential(plan.tenantId ? { tenantId: plan.tenantId } : {});
  }
}
