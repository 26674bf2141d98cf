/**
 * `If-Match` on the write of an operation only, for SDK methods without an `ifMatch` option
 * (arm-network's `loadBalancers.beginCreateOrUpdate`).
 *
 * Why: a custom header in `requestOptions.customHeaders` rides on EVERY request of the operation
 * (@azure/core-client applies it to the initial PUT, and arm-network's lroImpl re-sends the same
 * operation spec for the status poll and the final GET). HTTP (RFC 9110 §13.1.1) and Azure
 * evaluate If-Match on every method, so the poll (no ETag) and the final GET (the new ETag) would
 * answer 412 after the write succeeded. core-client (v1) has no per-operation policy, so the
 * operation carries a marker header, and one policy on the client's pipeline turns it into
 * `If-Match` on PUT / PATCH / DELETE and drops it from every other request (it never reaches the wire).
 */
import type { Pipeline, PipelinePolicy } from '@azure/core-rest-pipeline';

const POLICY_NAME = 'immutableDeployWriteOnlyIfMatch';
const MARKER = 'x-immutable-deploy-write-if-match';
const WRITES = new Set(['PUT', 'PATCH', 'DELETE']);

const writeOnlyIfMatchPolicy: PipelinePolicy = {
  name: POLICY_NAME,
  sendRequest(request, next) {
    const etag = request.headers.get(MARKER);
    if (etag !== undefined) {
      request.headers.delete(MARKER);
      if (WRITES.has(request.method.toUpperCase())) request.headers.set('If-Match', etag);
    }
    return next(request);
  },
};

/**
 * Operation options that send `If-Match: etag` on the operation's write and on nothing else.
 * Installs the policy on `client`'s pipeline once (clients are shared per connection).
 */
export function ifMatchOnWrite(
  client: { pipeline: Pipeline },
  etag: string,
): { requestOptions: { customHeaders: Record<string, string> } } {
  if (!client.pipeline.getOrderedPolicies().some((p) => p.name === POLICY_NAME))
    client.pipeline.addPolicy(writeOnlyIfMatchPolicy);
  return { requestOptions: { customHeaders: { [MARKER]: etag } } };
}
