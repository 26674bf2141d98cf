/**
 * classify: SDK failures become EngineErrors where they arise. Real RestErrors from
 * @azure/core-rest-pipeline and real @azure/identity errors, built as the SDK builds them.
 */
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import { AggregateAuthenticationError, AuthenticationError, CredentialUnavailableError } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { classify, retryAfterOf } from '../../src/azure/errors.js';
import { asEngineError, EngineError, internalStack } from '../../src/core/errors.js';

const request = createPipelineRequest({ url: 'https://management.azure.com/x' });

/** A RestError as core-client throws it for an ARM error answer. */
function armError(status: number, code: string, message: string, headers: Record<string, string> = {}): RestError {
  const response = {
    status,
    headers: createHttpHeaders(headers),
    request,
    bodyAsText: JSON.stringify({ error: { code, message } }),
  };
  return new RestError(message, { code, statusCode: status, request, response });
}

const what = 'creating version 1.0.0 of gal/web';

describe('classify: conflicts that clear by themselves are transient', () => {
  it.each([
    [
      'ARM / Network AnotherOperationInProgress',
      'AnotherOperationInProgress',
      'Another operation on this or dependent resource is in progress.',
    ],
    ["Network's RetryableError", 'RetryableError', 'A retryable error occurred.'],
    [
      "Compute's OperationPreempted",
      'OperationPreempted',
      'Operation execution has been preempted by a more recent operation.',
    ],
    [
      "Compute's OperationNotAllowed while another operation runs",
      'OperationNotAllowed',
      "Operation 'Update' is not allowed since another operation is in progress.",
    ],
  ])('%s', (_label, code, message) => {
    const e = classify(armError(409, code, message), what);
    expect(e.kind).toBe('transient');
    expect(e.message).toContain(`${code}: ${message}`);
  });

  it('a 409 that does not clear by itself stays terminal', () => {
    const e = classify(
      armError(409, 'PropertyChangeNotAllowed', "Changing property 'source.id' is not allowed."),
      what,
    );
    expect(e.kind).toBe('terminal');
    expect(classify(armError(409, 'OperationNotAllowed', 'The VM is marked for deletion.'), what).kind).toBe(
      'terminal',
    );
  });

  it('a 412 is transient: the caller reads again', () => {
    const e = classify(
      armError(412, 'PreconditionFailed', 'The condition specified using HTTP conditional header(s) is not met.'),
      what,
    );
    expect(e.kind).toBe('transient');
    expect(e.message).toMatch(/HTTP 412: the resource changed since it was read/);
  });
});

describe("classify carries Azure's Retry-After into retryAfterMs", () => {
  it('seconds, milliseconds headers, an HTTP date; none when absent', () => {
    expect(classify(armError(429, 'TooManyRequests', 'slow down', { 'retry-after': '17' }), what).retryAfterMs).toBe(
      17_000,
    );
    expect(
      classify(armError(503, 'ServiceUnavailable', 'busy', { 'retry-after-ms': '250', 'retry-after': '9' }), what)
        .retryAfterMs,
    ).toBe(250);
    expect(
      classify(armError(409, 'AnotherOperationInProgress', 'busy', { 'x-ms-retry-after-ms': '1500' }), what)
        .retryAfterMs,
    ).toBe(1500);
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const e = armError(503, 'ServiceUnavailable', 'busy', { 'retry-after': new Date(now + 30_000).toUTCString() });
    expect(retryAfterOf(e, now)).toEqual({ retryAfterMs: 30_000 });
    expect(classify(armError(500, 'InternalServerError', 'oops'), what).retryAfterMs).toBeUndefined();
    expect(retryAfterOf(armError(503, 'X', 'y', { 'retry-after': 'soon' }))).toEqual({});
  });
});

describe('classify: sign-in failures say it was the sign-in', () => {
  it('identity errors are not "no answer from Azure Resource Manager"', () => {
    const unavailable = classify(
      new CredentialUnavailableError(
        "Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
      ),
      what,
    );
    expect(unavailable.kind).toBe('terminal');
    expect(unavailable.message).toMatch(
      /^signing in to Azure with the configured credential \(CredentialUnavailableError\) failed while creating version/,
    );
    expect(unavailable.message).not.toMatch(/no answer/);

    const refused = classify(
      new AuthenticationError(401, {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
      }),
      what,
    );
    expect(refused.kind).toBe('terminal');
    expect(refused.message).toMatch(
      /invalid_client Status code: 401 More details: AADSTS7000215: Invalid client secret provided\./,
    );

    const entraDown = classify(
      new AuthenticationError(503, { error: 'temporarily_unavailable', error_description: 'AADSTS50196' }),
      what,
    );
    expect(entraDown.kind).toBe('transient');
    expect(classify(new AggregateAuthenticationError([], 'no credential worked'), what).message).toMatch(
      /AggregateAuthenticationError/,
    );
  });
});

describe('classify: what core-lro throws', () => {
  it('only "The long-running operation has failed" means the operation ended Failed', () => {
    const failed = classify(
      new Error(
        'The long-running operation has failed. InternalOperationError. The operation failed (injected fault).',
      ),
      what,
    );
    expect(failed.kind).toBe('terminal');
    expect(failed.message).toMatch(/the operation ended Failed in Azure/);
    for (const message of [
      'Polling completed without succeeding or failing',
      "Polling was unsuccessful. Expected status to have a string value or no value but it has instead: 3. This doesn't necessarily indicate the operation has failed.",
      'Polling operation timed out',
      'The operation failed to reach the server: socket hang up',
    ]) {
      const e = classify(new Error(message), what);
      expect(e.kind, message).toBe('transient');
      expect(e.message, message).not.toMatch(/ended Failed/);
    }
  });

  it('an abort is a cancellation; an operation Azure reports Canceled is transient', () => {
    const abort = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    expect(classify(abort, what).kind).toBe('cancelled');
    const controller = new AbortController();
    controller.abort();
    expect(classify(new RestError('socket closed', { code: 'REQUEST_SEND_ERROR' }), what, controller.signal).kind).toBe(
      'cancelled',
    );
    expect(classify(new Error('Operation was canceled'), what)).toMatchObject({ kind: 'transient' });
  });

  it('a network failure without an answer stays transient', () => {
    const e = classify(new RestError('connect ECONNREFUSED 127.0.0.1:1', { code: 'REQUEST_SEND_ERROR' }), what);
    expect(e).toMatchObject({ kind: 'transient' });
    expect(e.message).toMatch(/no answer from Azure Resource Manager/);
  });
});

describe('a bug in our code is an internal error', () => {
  it('classify and asEngineError: the message says it is a bug; the stack stays for the debug log', () => {
    let bug: unknown;
    try {
      (undefined as unknown as { id: string }).id.toLowerCase();
    } catch (err) {
      bug = err;
    }
    const e = classify(bug, what);
    expect(e.kind).toBe('internal');
    expect(e.message).toMatch(/^a bug in immutable-deploy while creating version 1\.0\.0 of gal\/web: TypeError: /);
    expect(e.message).not.toContain('\n    at ');
    expect(internalStack(e)).toMatch(/TypeError[\s\S]*classify\.test\.ts/);
    expect(asEngineError(new RangeError('Invalid array length')).kind).toBe('internal');
    expect(asEngineError(new Error('something Azure said')).kind).toBe('terminal');
    expect(internalStack(new EngineError('terminal', 'x'))).toBeUndefined();
  });
});
