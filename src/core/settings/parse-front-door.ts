/**
 * The 'front-door-origin-group' input: the Azure Front Door (Standard/Premium) origin group that
 * carries a blue-green canary's traffic split. A resource id
 * (`/subscriptions/…/resourceGroups/…/providers/Microsoft.Cdn/profiles/{profile}/originGroups/{group}`)
 * or `<profile>/<originGroup>` in the deploy's resource group. Valid only where the strategy's
 * descriptor names it as its canary's input, and only with 'canary-steps'.
 */
import { STRATEGY_NAMES } from '../deploy/names.js';
import { descriptorOf } from '../deploy/registry.js';
import type { InputReader } from './reader.js';
import type { CanaryStep, FrontDoorOriginGroupRef, Strategy } from './types.js';
import type { Problems } from './values.js';

export const FRONT_DOOR_INPUT = 'front-door-origin-group';

const NAME = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const BY_ID = new RegExp(
  `^/subscriptions/([0-9a-fA-F-]{36})/resourceGroups/([-\\w._()]+)/providers/Microsoft\\.Cdn/profiles/(${NAME})/originGroups/(${NAME})/?$`,
  'i',
);
const BY_NAME = new RegExp(`^(${NAME})/(${NAME})$`);
const EXPECTED =
  "expected the origin group's resource id (/subscriptions/…/resourceGroups/…/providers/Microsoft.Cdn/profiles/<profile>/originGroups/<originGroup>) or '<profile>/<originGroup>'";

export function parseOriginGroup(p: Problems, input: string, raw: string): FrontDoorOriginGroupRef | undefined {
  const v = raw.trim();
  const id = BY_ID.exec(v);
  if (id) return { subscriptionId: id[1]!, resourceGroup: id[2]!, profile: id[3]!, originGroup: id[4]! };
  const named = BY_NAME.exec(v);
  if (named) return { profile: named[1]!, originGroup: named[2]! };
  return p.bad(input, raw, `is not a Front Door origin group; ${EXPECTED}`);
}

/** The input, checked against the strategy and 'canary-steps' (problems recorded, never thrown). */
export function parseFrontDoor(
  r: InputReader,
  strategy: Strategy,
  canary: readonly CanaryStep[] | undefined,
): FrontDoorOriginGroupRef | undefined {
  const ref = r.get(FRONT_DOOR_INPUT, parseOriginGroup);
  const wants = descriptorOf(strategy).canaryInput === FRONT_DOOR_INPUT;
  if (r.invalid('strategy') || r.invalid('canary-steps')) return ref;
  if (r.given(FRONT_DOOR_INPUT) && !wants) {
    const able = STRATEGY_NAMES.filter((s) => descriptorOf(s).canaryInput === FRONT_DOOR_INPUT).map((s) => `'${s}'`);
    r.problems.add(
      FRONT_DOOR_INPUT,
      `is not used with strategy '${strategy}'; expected strategy ${able.join(' or ')} with 'canary-steps'`,
    );
    return undefined;
  }
  if (!wants) return undefined;
  if (canary && !r.given(FRONT_DOOR_INPUT))
    r.problems.add(
      FRONT_DOOR_INPUT,
      `is required with 'canary-steps' and strategy '${strategy}' (Azure Load Balancer has no weights: the split is made by Front Door); ${EXPECTED}`,
    );
  else if (!canary && ref)
    r.problems.add(
      FRONT_DOOR_INPUT,
      "is only used with 'canary-steps'; expected 'canary-steps' as well (e.g. '10%, analysis, 50%, 100%'), or no 'front-door-origin-group'",
    );
  return canary ? ref : undefined;
}
