/**
 * The strategies, found by name. Adding one is a folder under src/core/deploy/ with its descriptor
 * (descriptor.ts) and one line here. A strategy that cannot say where its lease and release
 * record live is refused at load: it would deploy without a lock.
 */
import { blueGreenDescriptor } from './blue-green/descriptor.js';
import type { StrategyDescriptor } from './descriptor.js';
import { rollingDescriptor } from './rolling/descriptor.js';
import { slotSwapDescriptor } from './slot-swap/descriptor.js';
import type { Strategy } from './strategy.js';

const REGISTERED = [rollingDescriptor, blueGreenDescriptor, slotSwapDescriptor] as const;

export type StrategyName = (typeof REGISTERED)[number]['name'];

/** Every strategy name, in the order the docs list them; the first is the default. */
export const STRATEGY_NAMES: readonly StrategyName[] = REGISTERED.map((d) => d.name);

/** "'rolling' (one scale set in place), … or 'slot-swap' (App Service)", for the input table. */
export function describeStrategies(): string {
  const each = REGISTERED.map((d) => `'${d.name}' (${d.summary})`);
  return `${each.slice(0, -1).join(', ')} or ${each.at(-1)!}`;
}

const BY_NAME = new Map<string, StrategyDescriptor>(REGISTERED.map((d) => [d.name, checked(d)]));

/** Fails closed: a strategy without a target or a home for its lease cannot be registered. */
export function checked(d: StrategyDescriptor): StrategyDescriptor {
  if (typeof d.recordHolder !== 'function' || d.targetInputs.length === 0) {
    throw new Error(`strategy '${d.name}' cannot be registered: it names no target inputs or no resource for its deploy lock`);
  }
  if (d.strategy.name !== d.name) throw new Error(`strategy '${d.name}' registers the implementation of '${d.strategy.name}'`);
  return d;
}

export function descriptorOf(name: StrategyName): StrategyDescriptor {
  const d = BY_NAME.get(name);
  if (!d) throw new Error(`unknown strategy '${name}'`);
  return d;
}

export const strategyFor = (name: StrategyName): Strategy => descriptorOf(name).strategy;
