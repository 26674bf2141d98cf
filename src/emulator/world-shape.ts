/**
 * What a world target is made of, asked of its strategy's descriptor (src/core/deploy): a web app
 * with a slot for a strategy that deploys a web artifact, a pair of scale sets behind a load
 * balancer for one whose target names the load balancer, else one scale set behind a load balancer.
 * The world never switches on a strategy's name.
 */
import type { StrategyName } from '../core/deploy/names.js';
import { descriptorOf } from '../core/deploy/registry.js';

export type TargetShape = 'web-app' | 'scale-set-pair' | 'scale-set';

export function shapeOf(strategy: StrategyName): TargetShape {
  const d = descriptorOf(strategy);
  if (d.artifact === 'web-artifact') return 'web-app';
  return d.targetInputs.some((t) => t.input === 'load-balancer') ? 'scale-set-pair' : 'scale-set';
}
