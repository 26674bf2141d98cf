/**
 * The Front Door origin group in front of a blue-green pair, read and checked before any write:
 * exactly two origins, one reaching the load balancer's live rule (host = the rule's frontend
 * address, HTTP port = its frontend port) and one reaching the preview rule (the idle colour).
 * Origins are bound to ports, not colours, so their roles survive every switch. And the weights:
 * Front Door splits by origin weight (1..1000) among the enabled origins of the lowest priority
 * (learn.microsoft.com/azure/frontdoor/routing-methods#weighted), so `p` on the preview side is
 * live weight S and preview weight round(S·p/(1−p)).
 */
import type { FrontDoorOrigin, FrontDoorOriginGroup } from '../../azure/front-door-port.js';
import type { LbRule } from '../../azure/load-balancer-port.js';
import { EngineError } from '../../errors.js';
import type { CanaryStep } from '../../settings/types.js';

export const INPUT = 'front-door-origin-group';
const MAX_WEIGHT = 1000;

export interface CanaryOrigins {
  readonly live: FrontDoorOrigin;
  readonly preview: FrontDoorOrigin;
}

/** A frontend's address: the public IP address (or private address) of a rule's frontend. */
export interface RuleAddress {
  readonly rule: LbRule;
  readonly address?: string;
}

const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-f:]+\]?)$/i;
const lower = (s: string | undefined) => (s ?? '').toLowerCase();

const describeOrigin = (o: FrontDoorOrigin) =>
  `${o.name} (${o.hostName}:${o.httpPort ?? 80}, ${o.enabled ? 'enabled' : 'disabled'}, weight ${o.weight ?? 50}, priority ${o.priority ?? 1})`;

/**
 * Whether `origin` forwards to `at`: same HTTP port and same address. A DNS name (the public IP's
 * FQDN, a custom name) cannot be told from here: the port decides and `unverified` says so.
 */
function reaches(origin: FrontDoorOrigin, at: RuleAddress, unverified: Set<string>): boolean {
  if ((origin.httpPort ?? 80) !== at.rule.frontendPort) return false;
  if (IP_LITERAL.test(origin.hostName)) return lower(origin.hostName) === lower(at.address);
  unverified.add(origin.name);
  return true;
}

/** The live and preview origins, or an input error naming what the group holds. */
export function canaryOrigins(
  group: FrontDoorOriginGroup,
  live: readonly RuleAddress[],
  preview: RuleAddress,
  lbName: string,
): { origins: CanaryOrigins; unverified: string[] } {
  const unverified = new Set<string>();
  const lives = group.origins.filter((o) => live.some((at) => reaches(o, at, unverified)));
  const previews = group.origins.filter((o) => reaches(o, preview, unverified));
  const others = group.origins.filter((o) => !lives.includes(o) && !previews.includes(o));
  const found = group.origins.map(describeOrigin).join(', ') || 'no origins';
  const liveAt = live.map((at) => `${at.address ?? '?'}:${at.rule.frontendPort}`).join(' or ');
  const previewAt = `${preview.address ?? '?'}:${preview.rule.frontendPort}`;
  const expected = `expected two origins: one on load balancer '${lbName}''s live rule (${liveAt}) and one on its preview rule ${preview.rule.name} (${previewAt})`;
  const fail = (what: string) =>
    new EngineError('input', `input '${INPUT}': origin group '${group.name}' ${what} (it holds ${found}); ${expected}`);
  if (lives.length !== 1 || previews.length !== 1 || others.length > 0 || lives[0] === previews[0]) {
    const what =
      previews.length === 0
        ? 'has no origin on the preview rule'
        : lives.length === 0
          ? 'has no origin on the live rule'
          : others.length > 0
            ? `holds origin(s) on neither rule (${others.map((o) => o.name).join(', ')})`
            : 'has more than one origin on a rule';
    throw fail(what);
  }
  const origins = { live: lives[0]!, preview: previews[0]! };
  if ((origins.live.priority ?? 1) !== (origins.preview.priority ?? 1))
    throw fail(
      `gives its origins different priorities (${origins.live.priority ?? 1} and ${origins.preview.priority ?? 1}): Front Door then sends everything to the lower one, whatever the weights`,
    );
  return { origins, unverified: [...unverified] };
}

/** The live origin's weight for the canary: as large as fits the largest step below 100%. */
export function baseWeight(steps: readonly CanaryStep[]): number {
  const most = Math.max(0, ...steps.flatMap((s) => (s.kind === 'weight' && s.percent < 100 ? [s.percent] : [])));
  if (most === 0) return MAX_WEIGHT;
  return Math.max(1, Math.min(MAX_WEIGHT, Math.floor((MAX_WEIGHT * (100 - most)) / most)));
}

/** The preview origin's weight for `percent` against live weight `base`, and the share it gives (%). */
export function previewWeight(base: number, percent: number): { weight: number; share: number } {
  const exact = (base * percent) / (100 - percent);
  const weight = Math.min(MAX_WEIGHT, Math.max(1, Math.round(exact)));
  return { weight, share: (100 * weight) / (base + weight) };
}

/** The share in words, with what rounding made of it when that differs (to 0.1%). */
export function shareText(percent: number, share: number): string {
  const achieved = Math.round(share * 10) / 10;
  return achieved === percent ? `${percent}%` : `${percent}% (${achieved}% after rounding the weights)`;
}
