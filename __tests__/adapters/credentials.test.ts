/** src/azure/credentials.ts: which credential a run signs in with, per adapter and cloud. */
import { describe, expect, it, vi } from 'vitest';
import {
  AUTHORITY_HOSTS,
  createCredential,
  GITHUB_OIDC_AUDIENCE,
  identityCredential,
  planCredential,
  type AdoServiceConnection,
} from '../../src/azure/credentials.js';
import type { AzureSettings } from '../../src/core/settings/types.js';

const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT = '22222222-2222-2222-2222-222222222222';
const azure = (over: Partial<AzureSettings> = {}): AzureSettings => ({
  cloud: 'AzureCloud',
  armEndpoint: 'https://management.azure.com',
  auth: 'auto',
  ...over,
});

describe('planCredential', () => {
  it('GitHub auto: OIDC when the job can request an ID token, fetching a fresh token per request', async () => {
    const getIdToken = vi.fn(async (aud: string) => `id-token-for-${aud}`);
    const { plan, scope } = planCredential(azure({ tenantId: TENANT, clientId: CLIENT, clientSecret: 'also-set' }), {
      kind: 'github',
      getIdToken,
    });
    expect(plan.kind).toBe('oidc');
    expect(scope).toBe('https://management.azure.com/.default');
    if (plan.kind !== 'oidc') throw new Error('unreachable');
    expect(plan.authorityHost).toBe(AUTHORITY_HOSTS.AzureCloud);
    await plan.getAssertion();
    await plan.getAssertion();
    expect(getIdToken).toHaveBeenCalledTimes(2);
    expect(getIdToken).toHaveBeenCalledWith(GITHUB_OIDC_AUDIENCE);
    const credential = await identityCredential(plan);
    expect(credential.constructor.name).toBe('ClientAssertionCredential');
  });

  it('auto falls back to the client secret, then to the Azure CLI', async () => {
    const secret = planCredential(azure({ tenantId: TENANT, clientId: CLIENT, clientSecret: 's' }), { kind: 'github' });
    expect(secret.plan.kind).toBe('client-secret');
    expect((await identityCredential(secret.plan)).constructor.name).toBe('ClientSecretCredential');
    const cli = planCredential(azure(), { kind: 'cli' });
    expect(cli.plan.kind).toBe('azure-cli');
    expect((await identityCredential(cli.plan)).constructor.name).toBe('AzureCliCredential');
  });

  it('uses the authority host of the cloud', () => {
    const gov = planCredential(
      azure({ cloud: 'AzureUSGovernment', tenantId: TENANT, clientId: CLIENT, clientSecret: 's' }),
      { kind: 'cli' },
    );
    expect(gov.plan).toMatchObject({ authorityHost: 'https://login.microsoftonline.us' });
    const china = planCredential(
      azure({ cloud: 'AzureChinaCloud', tenantId: TENANT, clientId: CLIENT, clientSecret: 's' }),
      { kind: 'cli' },
    );
    expect(china.plan).toMatchObject({ authorityHost: 'https://login.chinacloudapi.cn' });
  });

  it("static-token for cloud 'Custom' returns the given token", async () => {
    const { plan, scope } = planCredential(
      azure({ cloud: 'Custom', armEndpoint: 'https://127.0.0.1:8443', auth: 'static-token', accessToken: 'tok' }),
      { kind: 'cli' },
    );
    expect(scope).toBe('https://127.0.0.1:8443/.default');
    const token = await (await createCredential(plan)).getToken(scope);
    expect(token?.token).toBe('tok');
    expect(token!.expiresOnTimestamp).toBeGreaterThan(Date.now());
  });

  it("explicit 'oidc' without an ID token says which permission is missing", () => {
    expect(() =>
      planCredential(azure({ auth: 'oidc', tenantId: TENANT, clientId: CLIENT }), { kind: 'github' }),
    ).toThrow(/id-token: write/);
  });

  const connection = (over: Partial<AdoServiceConnection>): AdoServiceConnection => ({
    id: 'conn-1',
    scheme: 'ServicePrincipal',
    tenantId: TENANT,
    clientId: CLIENT,
    subscriptionId: '33333333-3333-3333-3333-333333333333',
    ...over,
  });

  it('Azure DevOps: workload identity federation through AzurePipelinesCredential', async () => {
    const p = planCredential(azure(), {
      kind: 'azure-devops',
      connection: connection({ scheme: 'WorkloadIdentityFederation', systemAccessToken: 'sys' }),
    });
    expect(p.plan).toMatchObject({ kind: 'azure-pipelines', serviceConnectionId: 'conn-1', systemAccessToken: 'sys' });
    expect(p.subscriptionId).toBe('33333333-3333-3333-3333-333333333333');
    // The agent exposes System.OidcRequestUri to tasks as SYSTEM_OIDCREQUESTURI.
    vi.stubEnv('SYSTEM_OIDCREQUESTURI', 'https://dev.azure.com/org/_apis/oidc');
    try {
      expect((await identityCredential(p.plan)).constructor.name).toBe('AzurePipelinesCredential');
    } finally {
      vi.unstubAllEnvs();
    }
    expect(() =>
      planCredential(azure(), {
        kind: 'azure-devops',
        connection: connection({ scheme: 'WorkloadIdentityFederation' }),
      }),
    ).toThrow(/System\.AccessToken/);
  });

  it('Azure DevOps: service principal with a secret or a certificate, and managed identity', () => {
    expect(
      planCredential(azure(), {
        kind: 'azure-devops',
        connection: connection({ authenticationType: 'spnKey', clientSecret: 'k' }),
      }).plan.kind,
    ).toBe('client-secret');
    expect(
      planCredential(azure(), {
        kind: 'azure-devops',
        connection: connection({ authenticationType: 'spnCertificate', certificate: 'PEM' }),
      }).plan.kind,
    ).toBe('client-certificate');
    expect(
      planCredential(azure(), { kind: 'azure-devops', connection: connection({ scheme: 'ManagedServiceIdentity' }) })
        .plan.kind,
    ).toBe('managed-identity');
    expect(() =>
      planCredential(azure(), { kind: 'azure-devops', connection: connection({ scheme: 'PublishProfile' }) }),
    ).toThrow(/not supported/);
    expect(() => planCredential(azure(), { kind: 'azure-devops' })).toThrow(/azureSubscription/);
  });

  it("Azure DevOps: cloud 'Custom' with an access token signs in with it, service connection or not", () => {
    const custom = azure({
      cloud: 'Custom',
      armEndpoint: 'https://127.0.0.1:8443',
      accessToken: 'tok',
      subscriptionId: '44444444-4444-4444-4444-444444444444',
    });
    const alone = planCredential(custom, { kind: 'azure-devops' });
    expect(alone.plan).toEqual({ kind: 'static-token', token: 'tok' });
    expect(alone.subscriptionId).toBe('44444444-4444-4444-4444-444444444444');
    expect(alone.description).toBe('a static access token for https://127.0.0.1:8443');
    // As auth 'auto' in the other adapters: the token wins over a service connection.
    expect(
      planCredential(custom, { kind: 'azure-devops', connection: connection({ clientSecret: 'k' }) }).plan.kind,
    ).toBe('static-token');
    // A token alone is not enough on a known cloud, nor a custom cloud without a token.
    expect(() => planCredential(azure({ accessToken: 'tok' }), { kind: 'azure-devops' })).toThrow(/azureSubscription/);
    expect(() => planCredential({ ...custom, accessToken: undefined }, { kind: 'azure-devops' })).toThrow(
      /unless 'cloud' is 'Custom' with an 'accessToken'/,
    );
  });
});
