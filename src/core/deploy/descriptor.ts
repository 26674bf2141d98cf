/**
 * What a strategy says about itself, as typed data, so that the rest of the engine asks instead of
 * comparing strategy names: the resource that holds its lease and release record, the artifact it
 * takes, the inputs it requires, what verify checks on its target, what clean-up does to it.
 * Registered in src/core/deploy/registry.ts; no code outside a strategy's folder and the registry
 * switches on a strategy's name.
 */
import type { LeaseTarget } from '../azure/lease-port.js';
import type { MonitoredTarget } from '../azure/monitor-port.js';
import type { AzurePorts } from '../azure/ports.js';
import type { IdleColourInput } from '../cleanup/leftovers.js';
import type { StageContext } from '../stages/stage.js';
import type { DeploySettings, Settings } from '../settings/types.js';
import type { Strategy } from './strategy.js';

/** An input that names part of a strategy's target. */
export type TargetInput = 'scale-set' | 'load-balancer' | 'app-service' | 'template';

/** What a deploy rolls out: a Compute Gallery image version, or a web app's container / package. */
export type ArtifactKind = 'gallery-image' | 'web-artifact';

export interface StrategyDescriptor<Name extends string = string> {
  readonly name: Name;
  /** One phrase for the input table and help: "two scale sets behind a load balancer". */
  readonly summary: string;
  /** The inputs that name the target, required whenever a stage acts on it. */
  readonly targetInputs: readonly { readonly input: TargetInput; readonly expected: string }[];
  readonly artifact: ArtifactKind;
  /**
   * What a template deployment ('template' input) is to this strategy: 'model' — it replaces the
   * engine's model update, instances are then replaced as usual (rolling); 'release' — the
   * deployment is the release itself. Absent: the strategy takes no template.
   */
  readonly template?: 'model' | 'release';
  /** The resource that holds the deploy lock's lease and the release record; undefined without a target. */
  recordHolder(deploy: DeploySettings, resourceGroup: string): LeaseTarget | undefined;
  /** The target's name in the inputs, for records and messages (scale set, web app). */
  targetName(deploy: DeploySettings): string | undefined;
  /** What verify checks on the target, in words, for plan mode (empty: none). */
  targetChecks(settings: Settings): string[];
  /** Whether clean-up writes to this strategy's target (it then takes the deploy lock first). */
  cleanupWritesTarget(deploy: DeploySettings): boolean;
  /** Whether the strategy walks 'canary-steps' (what carries each step's traffic); absent: it does not. */
  readonly canary?: string;
  /** The input naming what carries the canary's traffic, required with 'canary-steps'; absent: the target itself. */
  readonly canaryInput?: 'front-door-origin-group';
  /**
   * Clean-up: a retired part of the target the strategy keeps running for instant rollback, to be
   * scaled in once its delay has passed (blue-green's idle colour). Absent: nothing of the kind.
   */
  retiredCapacity?(ctx: StageContext, ports: AzurePorts): Promise<IdleColourInput | undefined>;
  /**
   * What `target` means in an analysis gate: the resource whose metrics show how the release
   * serves, and every resource of the target an alert may fire on. Undefined without a target.
   */
  monitored?(deploy: DeploySettings, resourceGroup: string): MonitoredTarget | undefined;
  /**
   * The strategy itself: deploy, rollback, plan, verify endpoints and checks. Loaded on first use,
   * so that parsing inputs (all that bad input needs) loads no strategy code: the GitHub entry
   * bundle fails bad input before the engine is loaded (docs/decisions/0003-github-bundle-startup.md).
   */
  loadStrategy(): Promise<Strategy>;
}

/** The scale-set strategies' verify checks: instance health and the remote-access gate. */
export function scaleSetChecks(settings: Settings): string[] {
  const checks: string[] = [];
  if (settings.verify.instanceHealth) checks.push('instance health of the target');
  if (settings.verify.remoteAccess !== 'allow')
    checks.push(`remote access to the target (${settings.verify.remoteAccess})`);
  return checks;
}
