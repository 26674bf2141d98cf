/**
 * Sign-in failures: the credential's getToken failing (@azure/identity's CredentialUnavailableError,
 * AuthenticationError, AggregateAuthenticationError, or the OIDC token request of the CI). They say
 * which sign-in method failed and how to fix it, instead of "no answer from Resource Manager".
 * Matched by name: @azure/identity is loaded lazily and never imported here.
 */
import { EngineError } from '../core/errors.js';

const IDENTITY_ERRORS = new Set([
  'CredentialUnavailableError',
  'AuthenticationError',
  'AggregateAuthenticationError',
  'AuthenticationRequiredError',
]);

export const isSignInError = (err: unknown): err is Error => err instanceof Error && IDENTITY_ERRORS.has(err.name);

/** A sign-in method as the user chose it: what failed, and what to check. */
export interface SignInMethod {
  /** e.g. "OIDC (workload identity federation) as client 1234…" */
  readonly description: string;
  readonly fix: string;
}

/** Entra ID answered 429 or 5xx, or could not be reached: a re-run may fix it. */
function transientSignIn(err: Error): boolean {
  const status = (err as { statusCode?: number }).statusCode;
  if (status !== undefined) return status === 429 || status >= 500;
  return /ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|network|timed? ?out/i.test(err.message);
}

/** A sign-in failure of `method` while doing `what`: names the method and the fix. */
export function signInError(err: unknown, method: SignInMethod, what = 'requesting an access token'): EngineError {
  const e = err instanceof Error ? err : new Error(String(err));
  const detail = e.message
    .replace(/\s*\n\s*/g, ' ')
    .replace(/,$/, '')
    .trim();
  const kind = transientSignIn(e) ? 'transient' : 'terminal';
  return new EngineError(
    kind,
    `signing in to Azure with ${method.description} failed while ${what}: ${detail}. ${method.fix}`,
    { cause: err },
  );
}

/** An identity error from a credential we did not wrap: the method is unknown, the error still says sign-in. */
export function signInFailure(err: Error, what: string): EngineError {
  return signInError(
    err,
    {
      description: `the configured credential (${err.name})`,
      fix: "Check the 'auth' input and the sign-in inputs it needs.",
    },
    what,
  );
}
