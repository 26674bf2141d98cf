/**
 * The strategies, by name, with the phrase the input table and help use for each: the one list the
 * settings, the input table and the registry share. A leaf module (it imports nothing), so that the
 * settings never import the strategies' code. The registry (registry.ts) must register a descriptor
 * for each name: the compiler holds it to that.
 */
const CATALOGUE = {
  rolling: 'one scale set in place',
  'blue-green': 'two scale sets behind a load balancer',
  'slot-swap': 'App Service',
  template: 'an ARM or Bicep template deployment is the release',
} as const;

export type StrategyName = keyof typeof CATALOGUE;

/** In the order the docs list them; the first is the default. */
export const STRATEGY_NAMES = Object.keys(CATALOGUE) as readonly StrategyName[];

/** "'rolling' (one scale set in place), … or 'slot-swap' (App Service)", for the input table. */
export function describeStrategies(): string {
  const each = STRATEGY_NAMES.map((n) => `'${n}' (${CATALOGUE[n]})`);
  return `${each.slice(0, -1).join(', ')} or ${each.at(-1)!}`;
}

export const summaryOf = (name: StrategyName): string => CATALOGUE[name];
