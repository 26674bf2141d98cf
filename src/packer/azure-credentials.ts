/**
 * How Azure credentials reach Packer's azure-arm builder. The builder reads its credentials
 * only from template configuration (`client_id`, `client_secret`, `client_jwt`, `tenant_id`,
 * `subscription_id`, `oidc_request_url`, `oidc_request_token`, `use_azure_cli_auth`); it reads
 * no `ARM_*` variables itself. Templates wire them up in one of two documented ways:
 *  - HCL2: `variable "client_id" {}` … `client_id = var.client_id` — Packer sets a variable
 *    from the environment variable `PKR_VAR_<name>` (undeclared names are ignored);
 *  - HCL2 `env("ARM_CLIENT_ID")` / JSON `{{env `ARM_CLIENT_ID`}}` in variable defaults.
 * We set both families so either style works, and nothing lands in a file on disk.
 */

interface AzureScope {
  tenantId?: string;
  subscriptionId: string;
}

export type AzureCredential =
  | (AzureScope & { kind: 'client-secret'; clientId: string; clientSecret: string })
  /** A federated ID token already in hand (Azure DevOps workload identity, GitHub token fetched by us). */
  | (AzureScope & { kind: 'oidc-token'; clientId: string; idToken: string })
  /** GitHub Actions OIDC: the builder fetches the token itself from the runner's request URL. */
  | (AzureScope & { kind: 'oidc-request'; clientId: string; requestUrl: string; requestToken: string })
  /** An `az login` session on the agent. */
  | { kind: 'azure-cli'; subscriptionId?: string; tenantId?: string }
  /**
   * The agent VM's managed identity (user-assigned when `clientId` is given). The builder uses
   * it only when no secret, token or tenant is configured, so no tenant is passed.
   */
  | { kind: 'managed-identity'; subscriptionId?: string; clientId?: string };

export interface PackerAzureEnvironment {
  /** Variables to add to Packer's environment. */
  env: Record<string, string>;
  /** The values among them that must be masked in logs. */
  secrets: string[];
}

/** Builds Packer's environment for an Azure credential; see the module comment for the contract. */
export function buildAzureCredentialEnv(credential: AzureCredential): PackerAzureEnvironment {
  const env: Record<string, string> = {};
  const secrets: string[] = [];
  const set = (
    builderOption: string,
    armVariable: string | undefined,
    value: string | undefined,
    secret = false,
  ): void => {
    if (value === undefined || value === '') return;
    env[`PKR_VAR_${builderOption}`] = value;
    if (armVariable) env[armVariable] = value;
    if (secret) secrets.push(value);
  };
  set('subscription_id', 'ARM_SUBSCRIPTION_ID', credential.subscriptionId);
  if (credential.kind !== 'managed-identity') set('tenant_id', 'ARM_TENANT_ID', credential.tenantId);
  switch (credential.kind) {
    case 'client-secret':
      set('client_id', 'ARM_CLIENT_ID', credential.clientId);
      set('client_secret', 'ARM_CLIENT_SECRET', credential.clientSecret, true);
      break;
    case 'oidc-token':
      set('client_id', 'ARM_CLIENT_ID', credential.clientId);
      set('client_jwt', 'ARM_OIDC_TOKEN', credential.idToken, true);
      env.ARM_USE_OIDC = 'true';
      break;
    case 'oidc-request':
      set('client_id', 'ARM_CLIENT_ID', credential.clientId);
      set('oidc_request_url', 'ARM_OIDC_REQUEST_URL', credential.requestUrl);
      set('oidc_request_token', 'ARM_OIDC_REQUEST_TOKEN', credential.requestToken, true);
      env.ARM_USE_OIDC = 'true';
      break;
    case 'azure-cli':
      set('use_azure_cli_auth', 'ARM_USE_CLI', 'true');
      break;
    case 'managed-identity':
      set('client_id', 'ARM_CLIENT_ID', credential.clientId);
      env.ARM_USE_MSI = 'true';
      break;
  }
  return { env, secrets };
}
