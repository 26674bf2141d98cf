import { describe, expect, it } from 'vitest';
import {
  buildAzureCredentialEnv,
  compareVersions,
  MASK,
  renderHclVarFile,
  renderJsonVarFile,
  SecretMasker,
} from '../../src/packer/index.js';
import { declaresRequiredPluginsIn, templateKindOf } from '../../src/packer/template.js';

describe('SecretMasker', () => {
  it('masks the value, its Packer-escaped form and each line of a multi-line secret', () => {
    const masker = new SecretMasker(['p,ss', 'line-one\nline-two', '']);
    expect(masker.mask('token=p,ss!')).toBe(`token=${MASK}!`);
    expect(masker.mask('1,,ui,message,token=p%!(PACKER_COMMA)ss')).toBe(`1,,ui,message,token=${MASK}`);
    expect(masker.mask('a line-one\nline-two b')).toBe(`a ${MASK} b`);
    expect(masker.mask('a line-one\\nline-two b')).toBe(`a ${MASK} b`);
    expect(masker.mask('only line-two here')).toBe(`only ${MASK} here`);
    expect(masker.mask('nothing secret')).toBe('nothing secret');
  });
});

describe('var files', () => {
  it('writes HCL literals that Packer reads back verbatim', () => {
    const text = renderHclVarFile({
      s: 'a "quoted" \\ path ${not_interpolated} %{not_a_directive}\nnext\tline',
      n: 3.5,
      b: true,
      l: ['x', 1],
      m: { 'key with space': 'v' },
      z: null,
    });
    expect(text).toBe(
      [
        's = "a \\"quoted\\" \\\\ path $${not_interpolated} %%{not_a_directive}\\nnext\\tline"',
        'n = 3.5',
        'b = true',
        'l = ["x", 1]',
        'm = { "key with space" = "v" }',
        'z = null',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON var files with string values for legacy templates', () => {
    expect(JSON.parse(renderJsonVarFile({ s: 'x', n: 2, b: false, l: ['a'] }))).toEqual({
      s: 'x',
      n: '2',
      b: 'false',
      l: '["a"]',
    });
  });

  it('rejects variable names Packer could not declare', () => {
    expect(() => renderHclVarFile({ 'bad name': 'x' })).toThrow(/invalid Packer variable name/);
  });
});

describe('templates', () => {
  it('tells HCL2 from JSON like Packer does', () => {
    expect(templateKindOf('/t/build.pkr.hcl', false)).toBe('hcl2');
    expect(templateKindOf('/t/build.pkr.json', false)).toBe('hcl2');
    expect(templateKindOf('/t', true)).toBe('hcl2');
    expect(templateKindOf('/t/template.json', false)).toBe('json');
  });

  it('finds required_plugins outside comments', () => {
    expect(declaresRequiredPluginsIn('packer {\n  required_plugins {\n  }\n}', false)).toBe(true);
    expect(
      declaresRequiredPluginsIn('# required_plugins {\n// required_plugins {\n/* required_plugins { */', false),
    ).toBe(false);
    expect(declaresRequiredPluginsIn('{"packer":{"required_plugins":{}}}', true)).toBe(true);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.6.6', '1.7.0')).toBeLessThan(0);
    expect(compareVersions('1.10.0', '1.9.4')).toBeGreaterThan(0);
    expect(compareVersions('v1.7.0', '1.7.0')).toBe(0);
  });
});

describe('Azure credential environment', () => {
  it('sets builder variables and ARM_* for a client secret, and reports the secret', () => {
    const { env, secrets } = buildAzureCredentialEnv({
      kind: 'client-secret',
      clientId: 'cid',
      clientSecret: 'shh',
      tenantId: 'tid',
      subscriptionId: 'sub',
    });
    expect(env).toEqual({
      PKR_VAR_subscription_id: 'sub',
      ARM_SUBSCRIPTION_ID: 'sub',
      PKR_VAR_tenant_id: 'tid',
      ARM_TENANT_ID: 'tid',
      PKR_VAR_client_id: 'cid',
      ARM_CLIENT_ID: 'cid',
      PKR_VAR_client_secret: 'shh',
      ARM_CLIENT_SECRET: 'shh',
    });
    expect(secrets).toEqual(['shh']);
  });

  it('passes an OIDC token as client_jwt and GitHub request details as oidc_request_*', () => {
    const jwt = buildAzureCredentialEnv({
      kind: 'oidc-token',
      clientId: 'c',
      idToken: 'eyJ.jwt',
      tenantId: 't',
      subscriptionId: 's',
    });
    expect(jwt.env.PKR_VAR_client_jwt).toBe('eyJ.jwt');
    expect(jwt.env.ARM_OIDC_TOKEN).toBe('eyJ.jwt');
    expect(jwt.secrets).toEqual(['eyJ.jwt']);
    const gh = buildAzureCredentialEnv({
      kind: 'oidc-request',
      clientId: 'c',
      requestUrl: 'https://token.actions/x',
      requestToken: 'rt',
      subscriptionId: 's',
    });
    expect(gh.env.PKR_VAR_oidc_request_url).toBe('https://token.actions/x');
    expect(gh.env.PKR_VAR_oidc_request_token).toBe('rt');
    expect(gh.secrets).toEqual(['rt']);
  });

  it('uses CLI auth or a managed identity without any tenant or secret', () => {
    expect(buildAzureCredentialEnv({ kind: 'azure-cli' }).env).toEqual({
      PKR_VAR_use_azure_cli_auth: 'true',
      ARM_USE_CLI: 'true',
    });
    const msi = buildAzureCredentialEnv({ kind: 'managed-identity', subscriptionId: 's' });
    expect(msi.env).toEqual({ PKR_VAR_subscription_id: 's', ARM_SUBSCRIPTION_ID: 's', ARM_USE_MSI: 'true' });
    expect(msi.secrets).toEqual([]);
  });
});
