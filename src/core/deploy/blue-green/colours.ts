/**
 * Blue-green's target, read and checked before any write: the load balancer, the two colours
 * (scale sets `<name>-blue` / `<name>-green`, or `<name>` itself — tagged with its colour, or
 * adopted as the colour that does not exist yet), each colour's backend pool, the live rule(s)
 * and the preview rule. Every problem is an EngineError of kind 'input' naming the input, the bad
 * value and what is expected.
 */
import type { LbRule, LoadBalancerInfo } from '../../azure/load-balancer-port.js';
import type { AzurePorts } from '../../azure/ports.js';
import type { DeployCallOptions, ScaleSetInfo, ScaleSetRef } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import type { StageContext } from '../../stages/stage.js';

export type Colour = 'blue' | 'green';
export const COLOURS: readonly Colour[] = ['blue', 'green'];
export const other = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');

/** Tag naming a scale set's colour (set on colours the engine creates; set it to adopt `<name>` as green). */
export const COLOUR_TAG = 'immutable-deploy.colour';
/** Tags on a retired colour: when the scale-down delay ends (clean-up scales it in then). */
export const SCALE_DOWN_AFTER_TAG = 'immutable-deploy.scale-down-after';

export interface ColourState {
  readonly colour: Colour;
  readonly ref: ScaleSetRef;
  /** Undefined when the scale set does not exist yet (adoption: created on the first deploy). */
  readonly info?: ScaleSetInfo;
  /** The colour's backend pool on the load balancer. */
  readonly poolId: string;
  readonly poolName: string;
}

export interface PairState {
  readonly lb: LoadBalancerInfo;
  readonly active: ColourState & { readonly info: ScaleSetInfo };
  readonly idle: ColourState;
  /** Rules that carry production traffic (all point at the active colour's pool). */
  readonly liveRules: readonly LbRule[];
  /** The rule that reaches the idle colour (its own frontend port), when there is one. */
  readonly previewRule?: LbRule;
  /** True when the active colour is the plain `<name>` scale set (single scale set being adopted). */
  readonly adopting: boolean;
}

export function pairInputs(ctx: StageContext): { resourceGroup: string; base: string; lbName: string } {
  const d = ctx.settings.deploy;
  const resourceGroup = d.resourceGroup ?? ctx.settings.resourceGroup;
  if (!resourceGroup)
    throw new EngineError(
      'input',
      "input 'resource-group': is required for the blue-green strategy; expected the resource group of the scale sets and the load balancer",
    );
  if (!d.scaleSet)
    throw new EngineError(
      'input',
      "input 'scale-set': is required for the blue-green strategy; expected the base name of the pair ('<name>-blue', '<name>-green')",
    );
  if (!d.loadBalancer)
    throw new EngineError(
      'input',
      "input 'load-balancer': is required for the blue-green strategy; expected the load balancer in front of both colours",
    );
  return { resourceGroup, base: d.scaleSet, lbName: d.loadBalancer };
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const describeRules = (lb: LoadBalancerInfo) =>
  lb.rules
    .map(
      (r) =>
        `${r.name} (port ${r.frontendPort} → ${lb.pools.find((p) => lower(p.id) === lower(r.poolId))?.name ?? 'no pool'})`,
    )
    .join(', ') || 'none';

type Pair = { resourceGroup: string; base: string; lbName: string };
type Pool = { id: string; name: string };
type Found = Partial<Record<Colour, ScaleSetInfo>>;

/** Reads the load balancer and the colours and works out which is live. Read-only. */
export async function observePair(
  ctx: StageContext,
  ports: AzurePorts,
  options: DeployCallOptions,
): Promise<PairState> {
  const pair = pairInputs(ctx);
  const lb = await readLoadBalancer(ports, pair, options);
  const { found, adopted } = await findColours(ports, lb, pair, options);
  const pools = poolsOf(lb, found, pair);
  const { previewRule, liveRules, activeColour } = trafficOf(lb, pools, ctx.settings.deploy.previewPort, pair);
  const activeInfo = found[activeColour];
  if (!activeInfo) {
    throw new EngineError(
      'input',
      `input 'scale-set': the live rules of load balancer '${pair.lbName}' send traffic to pool '${pools[activeColour].name}' (${activeColour}), but no scale set '${pair.base}-${activeColour}' exists; expected the live colour's scale set`,
    );
  }
  const idleColour = other(activeColour);
  const state = (c: Colour, info: ScaleSetInfo | undefined): ColourState => ({
    colour: c,
    ref: { resourceGroup: pair.resourceGroup, name: info?.name ?? `${pair.base}-${c}` },
    info,
    poolId: pools[c].id,
    poolName: pools[c].name,
  });
  return {
    lb,
    active: { ...state(activeColour, activeInfo), info: activeInfo },
    idle: state(idleColour, found[idleColour]),
    liveRules,
    previewRule,
    adopting: adopted === activeColour && !found[idleColour],
  };
}

/** The load balancer, with at least one backend pool per colour. */
async function readLoadBalancer(
  ports: AzurePorts,
  { resourceGroup, base, lbName }: Pair,
  options: DeployCallOptions,
): Promise<LoadBalancerInfo> {
  const lb = await ports.loadBalancers.getLoadBalancer(resourceGroup, lbName, options);
  if (!lb)
    throw new EngineError(
      'input',
      `input 'load-balancer': load balancer '${lbName}' was not found in resource group '${resourceGroup}'; expected the load balancer in front of both colours`,
    );
  if (lb.pools.length < 2) {
    throw new EngineError(
      'input',
      `input 'load-balancer': load balancer '${lbName}' has ${lb.pools.length} backend pool(s) (${lb.pools.map((p) => p.name).join(', ') || 'none'}); expected two, one per colour (e.g. '${base}-blue' and '${base}-green')`,
    );
  }
  return lb;
}

/** The scale sets of the colours; a plain `<name>` is adopted as a colour that does not exist yet. */
async function findColours(
  ports: AzurePorts,
  lb: LoadBalancerInfo,
  { resourceGroup, base }: Pair,
  options: DeployCallOptions,
): Promise<{ found: Found; adopted?: Colour }> {
  const [blue, green, plain] = await Promise.all(
    [`${base}-blue`, `${base}-green`, base].map((name) => ports.scaleSets.get({ resourceGroup, name }, options)),
  );
  const found: Found = {};
  if (blue) found.blue = blue;
  if (green) found.green = green;
  const adopted = plain ? adoptedColour(lb, plain, found, base) : undefined;
  if (adopted) found[adopted] = plain;
  if (!found.blue && !found.green) {
    throw new EngineError(
      'input',
      `input 'scale-set': no scale set '${base}-blue', '${base}-green' or '${base}' in resource group '${resourceGroup}'; expected the blue-green pair, or one scale set to adopt as its first colour`,
    );
  }
  return { found, adopted };
}

/** The colour the plain scale set takes: its tag, else the missing colour whose pool it joins, else a missing one. */
function adoptedColour(lb: LoadBalancerInfo, plain: ScaleSetInfo, found: Found, base: string): Colour | undefined {
  const tagged = lower(Object.entries(plain.tags).find(([k]) => lower(k) === COLOUR_TAG)?.[1]);
  const colour: Colour | undefined =
    tagged === 'blue' || tagged === 'green'
      ? tagged
      : (COLOURS.find((c) => !found[c] && poolOf(lb, plain, c, base) !== undefined) ?? COLOURS.find((c) => !found[c]));
  return colour && !found[colour] ? colour : undefined;
}

/** Each colour's backend pool: the one an existing colour joins, else the one named for it or left. */
function poolsOf(lb: LoadBalancerInfo, found: Found, pair: Pair): Record<Colour, Pool> {
  const pools = existingPools(lb, found, pair.lbName);
  for (const c of COLOURS) pools[c] ??= poolForMissing(lb, c, lower(pools[other(c)]?.id), pair);
  return pools as Record<Colour, Pool>;
}

/** Each existing colour's pool is the one of this load balancer its model joins; one pool per colour. */
function existingPools(lb: LoadBalancerInfo, found: Found, lbName: string): Partial<Record<Colour, Pool>> {
  const pools: Partial<Record<Colour, Pool>> = {};
  for (const c of COLOURS) {
    const info = found[c];
    if (!info) continue;
    const pool = lb.pools.find((p) => info.network.backendPoolIds.includes(lower(p.id)));
    if (!pool) {
      throw new EngineError(
        'input',
        `input 'load-balancer': scale set '${info.name}' (${c}) is in none of the backend pools of load balancer '${lbName}' (${lb.pools.map((p) => p.name).join(', ')}); expected each colour in its own pool of that load balancer`,
      );
    }
    pools[c] = { id: pool.id, name: pool.name };
  }
  if (pools.blue && pools.green && lower(pools.blue.id) === lower(pools.green.id)) {
    throw new EngineError(
      'input',
      `input 'load-balancer': both colours are in backend pool '${pools.blue.name}' of load balancer '${lbName}'; expected one pool per colour`,
    );
  }
  return pools;
}

/** The pool for a colour that does not exist yet: the one named for it, or the one pool left. */
function poolForMissing(lb: LoadBalancerInfo, c: Colour, taken: string, { base, lbName }: Pair): Pool {
  const named = lb.pools.find((p) => [`${base}-${c}`, c].includes(lower(p.name)) && lower(p.id) !== taken);
  const left = lb.pools.filter((p) => lower(p.id) !== taken);
  const pool = named ?? (left.length === 1 ? left[0] : undefined);
  if (!pool) {
    throw new EngineError(
      'input',
      `input 'load-balancer': load balancer '${lbName}' has no backend pool for the ${c} colour; expected a pool named '${base}-${c}' or '${c}' (pools: ${lb.pools.map((p) => p.name).join(', ')})`,
    );
  }
  return { id: pool.id, name: pool.name };
}

/** Rules: the preview rule by its frontend port; the live rules are those sending traffic to a colour (exactly one). */
function trafficOf(
  lb: LoadBalancerInfo,
  pools: Record<Colour, Pool>,
  previewPort: number | undefined,
  { lbName }: Pair,
): { previewRule?: LbRule; liveRules: LbRule[]; activeColour: Colour } {
  const previewRule = previewPort !== undefined ? previewRuleOf(lb, previewPort, lbName) : undefined;
  const colourOfPool = (id: string | undefined): Colour | undefined =>
    COLOURS.find((c) => lower(pools[c].id) === lower(id));
  const liveRules = lb.rules.filter((r) => r !== previewRule && colourOfPool(r.poolId) !== undefined);
  const liveColours = [...new Set(liveRules.map((r) => colourOfPool(r.poolId)!))];
  if (liveColours.length === 0) {
    throw new EngineError(
      'input',
      `input 'load-balancer': no rule of load balancer '${lbName}' sends traffic to the pool of either colour (rules: ${describeRules(lb)}); expected a live rule on '${pools.blue.name}' or '${pools.green.name}'`,
    );
  }
  if (liveColours.length > 1) {
    throw new EngineError(
      'input',
      `input 'preview-port': rules of load balancer '${lbName}' send traffic to both colours (${describeRules(lb)}); expected 'preview-port' to name the preview rule, the others being live`,
    );
  }
  return { previewRule, liveRules, activeColour: liveColours[0]! };
}

/** The rule whose frontend port is 'preview-port'. */
function previewRuleOf(lb: LoadBalancerInfo, previewPort: number, lbName: string): LbRule {
  const rule = lb.rules.find((r) => r.frontendPort === previewPort);
  if (!rule) {
    throw new EngineError(
      'input',
      `input 'preview-port': load balancer '${lbName}' has no rule with frontend port ${previewPort}; expected the preview rule's frontend port (rules: ${describeRules(lb)})`,
    );
  }
  return rule;
}

function poolOf(lb: LoadBalancerInfo, info: ScaleSetInfo, colour: Colour, base: string): string | undefined {
  const pool = lb.pools.find((p) => info.network.backendPoolIds.includes(lower(p.id)));
  return pool && [`${base}-${colour}`, colour].includes(lower(pool.name)) ? pool.id : undefined;
}
