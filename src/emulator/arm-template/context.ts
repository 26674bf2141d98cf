import type { ObjectValue, Value } from './errors.js';

/** Where a template is deployed: what `resourceGroup()`, `subscription()` and `resourceId()` read. */
export interface DeploymentScope {
  subscriptionId: string;
  /** The resource group's wire body (id, name, type, location, tags, properties). */
  resourceGroup: ObjectValue;
  deploymentName: string;
}

/** What an expression can see while it is evaluated. */
export interface EvalContext {
  scope: DeploymentScope;
  parameter(name: string): Value;
  variable(name: string): Value;
  /** Index of the innermost (or named) copy loop; throws outside a loop. */
  copyIndex(loop: string | undefined): number;
  /** Names the element under evaluation in messages: "resource 'web'", "output 'id'". */
  where: string;
}
