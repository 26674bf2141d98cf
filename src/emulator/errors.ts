/** ARM error envelope: { error: { code, message, target?, details? } }. */
export interface ArmErrorBody {
  code: string;
  message: string;
  target?: string;
  details?: ArmErrorBody[];
}

/** Throw from a handler to answer with ARM's error envelope. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ArmErrorBody[] = [],
    readonly headers: Record<string, string> = {},
    readonly target?: string,
  ) {
    super(message);
    this.name = 'ArmError';
  }

  toBody(): { error: ArmErrorBody } {
    const error: ArmErrorBody = { code: this.code, message: this.message };
    if (this.target) error.target = this.target;
    if (this.details.length > 0) error.details = this.details;
    return { error };
  }
}

export const authenticationFailed = (message = "Authentication failed. The 'Authorization' header is missing.") =>
  new ArmError(401, 'AuthenticationFailed', message);

export const missingApiVersion = () =>
  new ArmError(
    400,
    'MissingApiVersionParameter',
    'The api-version query parameter (?api-version=) is required for all requests.',
  );

export const unsupportedApiVersion = (resourceType: string, apiVersion: string, supported: string[]) =>
  new ArmError(
    400,
    'NoRegisteredProviderFound',
    `No registered resource provider found for location 'global' and API version '${apiVersion}' for type '${resourceType}'. The supported api-versions are '${supported.join(', ')}'.`,
  );

export const invalidResourceType = (path: string) =>
  new ArmError(404, 'InvalidResourceType', `The resource type could not be found for the request path '${path}'.`);

export const resourceNotFound = (type: string, name: string, resourceGroup?: string) =>
  new ArmError(
    404,
    'ResourceNotFound',
    resourceGroup
      ? `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
      : `The Resource '${type}/${name}' was not found.`,
  );

export const resourceGroupNotFound = (name: string) =>
  new ArmError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);

export const parentResourceNotFound = (parentId: string) =>
  new ArmError(
    404,
    'ParentResourceNotFound',
    `Can not perform requested operation on nested resource. Parent resource '${parentId}' not found.`,
  );

export const invalidParameter = (message: string, target?: string) =>
  new ArmError(400, 'InvalidParameter', message, [], {}, target);

export const badRequest = (code: string, message: string, target?: string) =>
  new ArmError(400, code, message, [], {}, target);

export const conflict = (message: string, code = 'Conflict') => new ArmError(409, code, message);

export const operationNotAllowed = (message: string) => new ArmError(409, 'OperationNotAllowed', message);

export const preconditionFailed = (message = 'The condition specified using HTTP conditional header(s) is not met.') =>
  new ArmError(412, 'PreconditionFailed', message);

export const tooManyRequests = (retryAfter: string) =>
  new ArmError(
    429,
    'TooManyRequests',
    'The request is being throttled as the limit has been reached for operation type. Please retry after the indicated time.',
    [],
    { 'Retry-After': retryAfter },
  );

export const internalError = (message = 'An internal server error occurred. Please retry later.') =>
  new ArmError(500, 'InternalServerError', message);

export const serviceUnavailable = (retryAfter: string) =>
  new ArmError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.', [], {
    'Retry-After': retryAfter,
  });
