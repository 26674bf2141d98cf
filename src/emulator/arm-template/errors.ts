/**
 * A template the emulator cannot accept. `code` is the ARM error code the deployment answers with
 * (`InvalidTemplate` for the template language, `InvalidTemplateDeployment` for preflight), the
 * message names the resource / output / variable and the expression at fault.
 */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly code = 'InvalidTemplate',
    readonly target?: string,
    /** True once the message names the template element and expression (wrapped once only). */
    readonly located = false,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** JSON value as a template expression sees it. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type ObjectValue = { [key: string]: Value };

export const isObject = (v: unknown): v is ObjectValue => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The ARM type name of a value, as the template language's messages spell it. */
export function typeName(v: Value | undefined): string {
  if (v === undefined || v === null) return 'Null';
  if (Array.isArray(v)) return 'Array';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}
