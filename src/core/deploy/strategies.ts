/** The strategy for each name (blue-green and slot-swap: issue #5 part B adds their lines). */
import { NotImplementedError } from '../errors.js';
import type { Strategy as StrategyName } from '../settings/types.js';
import { blueGreenStrategy } from './blue-green/strategy.js';
import { rollingStrategy } from './rolling/strategy.js';
import { slotSwapStrategy } from './slot-swap/strategy.js';
import type { Strategy } from './strategy.js';

export function strategyFor(name: StrategyName): Strategy {
  if (name === 'rolling') return rollingStrategy;
  if (name === 'slot-swap') return slotSwapStrategy;
  if (name === 'blue-green') return blueGreenStrategy;
  throw new NotImplementedError(`strategy '${name}'`, 'issue #5 part B');
}
