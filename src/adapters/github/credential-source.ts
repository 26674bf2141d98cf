/**
 * What the GitHub adapter contributes to Azure sign-in (see src/azure/credentials.ts): the OIDC ID
 * token callback, offered only when the job may request one (permissions: id-token: write sets
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN). `core.getIDToken` is called once per Entra token request.
 */
import * as core from '@actions/core';
import type { CredentialSource } from '../../azure/credentials.js';

export function githubCredentialSource(env: NodeJS.ProcessEnv = process.env): CredentialSource {
  const canRequestIdToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  return canRequestIdToken
    ? { kind: 'github', getIdToken: (audience) => core.getIDToken(audience) }
    : { kind: 'github' };
}
