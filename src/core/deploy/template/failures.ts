/**
 * A template error in words that name the resource and Azure's cause: from the failed operations
 * of a deployment (DeploymentOperations_List: the target resource and its status message), else
 * from the error Azure gave (code, message, target, and the details that name resources).
 */
import type { DeploymentError, OperationFailure } from '../../azure/deployment-port.js';
import { resourceName } from './whatif.js';

/** At most this many failed resources named; the rest are counted. */
const MAX_NAMED = 3;
/** Azure's messages can be long (a whole template path): each is cut here. */
const MAX_MESSAGE = 400;

/** 'Microsoft.Compute/virtualMachineScaleSets web: InvalidParameter: …; … and 2 more'. */
export function describeFailures(failures: readonly OperationFailure[]): string | undefined {
  const named = failures.filter((f) => f.error);
  if (named.length === 0) return undefined;
  const lines = named.slice(0, MAX_NAMED).map((f) => `${f.resource}: ${innermost(f.error!)}`);
  const more = named.length > MAX_NAMED ? `; … and ${named.length - MAX_NAMED} more failed operation(s)` : '';
  return `${lines.join('; ')}${more}`;
}

/**
 * An error in words, the resource first: 'Microsoft.Compute/virtualMachineScaleSets web: Code:
 * message'. A wrapper (InvalidTemplateDeployment, DeploymentFailed) gives way to its details, its
 * own code kept at the end.
 */
export function describeError(e: DeploymentError): string {
  const details = e.details ?? [];
  const on = e.target ? `${targetName(e.target)}: ` : '';
  if (details.length === 0) return `${on}${e.code}: ${clip(e.message)}`;
  const more = details.length > MAX_NAMED ? `; … and ${details.length - MAX_NAMED} more` : '';
  return `${on}${details.slice(0, MAX_NAMED).map(describeError).join('; ')}${more} (${e.code})`;
}

/** The deepest detail says what actually went wrong (ResourceDeploymentFailure wraps the provider's error). */
function innermost(e: DeploymentError): string {
  let at = e;
  while (at.details && at.details.length === 1) at = at.details[0]!;
  return describeError({ ...at, target: undefined });
}

const targetName = (target: string) => (target.includes('/providers/') ? resourceName(target) : target);
const clip = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE - 1)}…` : s);
