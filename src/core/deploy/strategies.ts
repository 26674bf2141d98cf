/** The strategy for each name. */
import type { Strategy as StrategyName } from '../settings/types.js';
import { blueGreenStrategy } from './blue-green/strategy.js';
import { rollingStrategy } from './rolling/strategy.js';
import { slotSwapStrategy } from './slot-swap/strategy.js';
import type { Strategy } from './strategy.js';

const STRATEGIES: Record<StrategyName, Strategy> = {
  rolling: rollingStrategy,
  'blue-green': blueGreenStrategy,
  'slot-swap': slotSwapStrategy,
};

export const strategyFor = (name: StrategyName): Strategy => STRATEGIES[name];
