/**
 * The strategies, found by name. Adding one is a folder under src/core/deploy/ with its descriptor
 * (descriptor.ts), its name in names.ts and one line here. A strategy that cannot say where its lease and release
 * record live is refused at load: it would deploy without a lock.
 */
import { blueGreenDescriptor } from './blue-green/descriptor.js';
import type { StrategyDescriptor } from './descriptor.js';
import { rollingDescriptor } from './rolling/descriptor.js';
import { slotSwapDescriptor } from './slot-swap/descriptor.js';
import { templateDescriptor } from './template/descriptor.js';
import { STRATEGY_NAMES, type StrategyName } from './names.js';
import type { Strategy } from './strategy.js';

/** One descriptor per name in names.ts, under that name (a missing or misnamed one does not compile). */
const BY_NAME_TYPED: { readonly [N in StrategyName]: StrategyDescriptor<N> } = {
  rolling: rollingDescriptor,
  'blue-green': blueGreenDescriptor,
  'slot-swap': slotSwapDescriptor,
  template: templateDescriptor,
};

const REGISTERED: readonly StrategyDescriptor[] = STRATEGY_NAMES.map((n) => BY_NAME_TYPED[n]);

export { describeStrategies, STRATEGY_NAMES, type StrategyName } from './names.js';

const BY_NAME = new Map<string, StrategyDescriptor>(REGISTERED.map((d) => [d.name, checked(d)]));

/** Fails closed: a strategy without a target or a home for its lease cannot be registered. */
export function checked(d: StrategyDescriptor): StrategyDescriptor {
  if (typeof d.recordHolder !== 'function' || d.targetInputs.length === 0) {
    throw new Error(
      `strategy '${d.name}' cannot be registered: it names no target inputs or no resource for its deploy lock`,
    );
  }
  return d;
}

export function descriptorOf(name: StrategyName): StrategyDescriptor {
  const d = BY_NAME.get(name);
  if (!d) throw new Error(`unknown strategy '${name}'`);
  return d;
}

/** The strategy's implementation, loaded on first use (a descriptor naming another strategy's is refused). */
export async function strategyFor(name: StrategyName): Promise<Strategy> {
  const strategy = await descriptorOf(name).loadStrategy();
  if (strategy.name !== name) throw new Error(`strategy '${name}' registers the implementation of '${strategy.name}'`);
  return strategy;
}
