/**
 * What the Azure DevOps adapter contributes to Azure sign-in (see src/azure/credentials.ts): the
 * AzureRM service connection named by the `azureSubscription` input, read through the task library.
 */
import * as tl from 'azure-pipelines-task-lib/task.js';
import type { AdoServiceConnection, CredentialSource } from '../../azure/credentials.js';

export function readServiceConnection(id: string): AdoServiceConnection {
  const auth = (key: string) => tl.getEndpointAuthorizationParameter(id, key, true) || undefined;
  const data = (key: string) => tl.getEndpointDataParameter(id, key, true) || undefined;
  const systemAccessToken =
    tl.getEndpointAuthorizationParameter('SystemVssConnection', 'AccessToken', true) ||
    tl.getVariable('System.AccessToken') ||
    undefined;
  const connection: AdoServiceConnection = {
    id,
    scheme: tl.getEndpointAuthorizationScheme(id, true) ?? '',
    tenantId: auth('tenantid'),
    clientId: auth('serviceprincipalid'),
    authenticationType: auth('authenticationType'),
    clientSecret: auth('serviceprincipalkey'),
    certificate: auth('servicePrincipalCertificate'),
    subscriptionId: data('subscriptionId'),
    environment: data('environment'),
    authorityUrl: data('environmentAuthorityUrl'),
    systemAccessToken,
  };
  for (const secret of [connection.clientSecret, connection.certificate, connection.systemAccessToken])
    if (secret) tl.setSecret(secret);
  return connection;
}

export function adoCredentialSource(): CredentialSource {
  const id = tl.getInput('azureSubscription', false);
  return { kind: 'azure-devops', connection: id ? readServiceConnection(id) : undefined };
}
