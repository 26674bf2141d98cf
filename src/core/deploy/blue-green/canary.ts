/**
 * blue-green canary through Azure Front Door: Azure Load Balancer has no weights, so the share is
 * made by the Front Door origin group in front of the pair ('front-door-origin-group'). Its two
 * origins are bound to the load balancer's ports: one reaches the live rule (the live colour), one
 * the preview rule (the idle colour). The new release goes to the idle colour exactly as without a
 * canary (prepared, healthy, preview passed) with the preview origin disabled; then
 *
 * - at the start, ONE write gives the live origin a base weight S (as large as fits the largest
 *   step: every share is then `round(S·p/(1−p))` within Front Door's 1..1000);
 * - `N%`: ONE write of the preview origin (its weight, enabled);
 * - `analysis`: the analysis gates with the idle colour as target, then its preview probed;
 * - `100%`: the preview origin is disabled first (the stable colour briefly takes everything —
 *   never the other way round: a switch with the origin still enabled would send that share to the
 *   old release, now behind the preview rule), then the load balancer switch as without a canary;
 * - abort: the preview origin is disabled; the idle colour stays as after a failed deploy;
 * - an open `pause`: ONE tag write of the record on the load balancer (state paused, version, step,
 *   share); the share stays on the preview origin until 'promote' or 'abort' (canary-control.ts).
 *
 * Each origin write is one PATCH through the rollout executor, skipped when Azure already holds
 * the values, followed until its provisioning ends (src/azure/front-door.ts). Front Door needs a
 * few minutes to propagate a change to its edges (learn.microsoft.com/azure/frontdoor/
 * front-door-faq): a 'pause' or 'analysis' step after each weight gives it that time.
 */
import type { FrontDoorOrigin, OriginGroupRef } from '../../azure/front-door-port.js';
import type { MonitoredTarget } from '../../azure/monitor-port.js';
import { EngineError } from '../../errors.js';
import type { PlannedWrite } from '../../plan/action.js';
import type { CanaryStep } from '../../settings/types.js';
import { canaryGates } from '../canary/analysis.js';
import { walkCanary, type CanaryEnd, type CanaryProgress, type CanaryTarget } from '../canary/walk.js';
import { recordPaused } from '../record.js';
import type { ResolvedImage } from '../gallery-image.js';
import { httpGate } from '../http-gate.js';
import {
  baseWeight,
  canaryOrigins,
  INPUT,
  previewWeight,
  shareText,
  type CanaryOrigins,
  type RuleAddress,
} from './canary-origins.js';
import type { ColourState, PairState } from './colours.js';
import { lbResource, prepareAndPreview, switchAndCheck, type BlueGreenRun } from './release.js';
import { urls, versionOf } from './shared.js';

/** The origin group as read before any write, and what the canary has made of it since. */
export interface CanaryDoor {
  readonly ref: OriginGroupRef;
  readonly origins: CanaryOrigins;
  /** The live origin's weight while the canary runs. */
  readonly base: number;
  /** What Azure holds (as observed, then as this run's writes left it): decisions come from here. */
  readonly state: {
    previewEnabled: boolean;
    previewWeight?: number;
    /** The preview origin's last write ended Failed: whatever it says may not be in effect; it is written again. */
    previewFailed: boolean;
    liveWeight?: number;
    liveEnabled: boolean;
    liveFailed: boolean;
  };
}

/** Reads the origin group and finds the two origins (before any write); an input error when it does not fit. */
export async function readCanaryDoor(
  r: BlueGreenRun,
  pair: PairState,
  steps: readonly CanaryStep[],
): Promise<CanaryDoor> {
  const { ctx, ports, ex } = r;
  const given = ctx.settings.deploy.frontDoorOriginGroup;
  const resourceGroup = given?.resourceGroup ?? ctx.settings.deploy.resourceGroup ?? ctx.settings.resourceGroup;
  if (!given || !resourceGroup)
    throw new EngineError(
      'input',
      `input '${INPUT}': is required for a blue-green canary; expected the Front Door origin group in front of the pair`,
    );
  if (!pair.previewRule)
    throw new EngineError(
      'input',
      `input 'preview-port': is required for a blue-green canary (the preview origin reaches the idle colour through the preview rule); expected the preview rule's frontend port on load balancer '${pair.lb.name}'`,
    );
  const ref: OriginGroupRef = { ...given, resourceGroup };
  const where = `origin group ${ref.originGroup} of Front Door profile ${ref.profile}`;
  const group = await ex.read(`reading ${where}`, (call) => ports.frontDoor.getOriginGroup(ref, call));
  if (!group)
    throw new EngineError(
      'input',
      `input '${INPUT}': ${where} was not found in resource group '${resourceGroup}'; expected the Front Door (Standard/Premium) origin group in front of the pair`,
    );
  const addresses = await ruleAddresses(r, pair, [...pair.liveRules, pair.previewRule]);
  const live = addresses.slice(0, -1);
  const { origins, unverified } = canaryOrigins(group, live, addresses.at(-1)!, pair.lb.name);
  if (unverified.length > 0 && !ex.planning)
    ctx.warn(
      `blue-green canary: origin(s) ${unverified.join(', ')} of ${where} name a host, not an IP address: matched to the load balancer's rules by port only`,
    );
  const state = {
    previewEnabled: origins.preview.enabled,
    previewWeight: origins.preview.weight,
    previewFailed: isFailed(origins.preview),
    liveWeight: origins.live.weight,
    liveEnabled: origins.live.enabled,
    liveFailed: isFailed(origins.live),
  };
  return { ref, origins, base: baseWeight(steps), state } satisfies CanaryDoor;
}

/** Each rule's frontend address (its public IP address, else its private one). */
async function ruleAddresses(r: BlueGreenRun, pair: PairState, rules: PairState['liveRules']): Promise<RuleAddress[]> {
  const seen = new Map<string, Promise<string | undefined>>();
  const addressOf = (frontendId: string | undefined) => {
    const fe =
      pair.lb.frontends.find((f) => f.id.toLowerCase() === (frontendId ?? '').toLowerCase()) ?? pair.lb.frontends[0];
    if (!fe) return Promise.resolve(undefined);
    if (!fe.publicIpAddressId) return Promise.resolve(fe.privateIpAddress);
    const ipId = fe.publicIpAddressId;
    let address = seen.get(ipId);
    if (!address) {
      address = r.ex.read(`reading public IP address ${ipId.split('/').pop()}`, (call) =>
        r.ports.loadBalancers.publicIpAddress(ipId, call),
      );
      seen.set(ipId, address);
    }
    return address;
  };
  return Promise.all(rules.map(async (rule) => ({ rule, address: await addressOf(rule.frontendId) })));
}

/**
 * Gets `image` live on `to` through the canary's steps, or as far as an open pause ('paused');
 * throws CanaryAborted when a check failed (preview origin off).
 */
export async function releaseByCanary(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  image: ResolvedImage,
  steps: readonly CanaryStep[],
  door: CanaryDoor,
  progress: CanaryProgress,
  note = '',
): Promise<CanaryEnd> {
  // The idle colour is scaled in and re-pointed next: Front Door must send it nothing meanwhile.
  await setPreview(r, door, { enabled: false }, 'before the idle colour is rebuilt');
  const links = await prepareAndPreview(r, pair, to, image, note);
  if (steps.some((s) => s.kind === 'weight' && s.percent < 100)) await setBase(r, door);
  return walkCanary(r.ex, steps, canaryTarget(r, pair, to, image, door, progress, links), progress);
}

/**
 * 'promote': the idle colour already runs `image` and `progress.weight` is on it through the
 * preview origin (checked by the caller); the steps continue from `from`.
 */
export async function resumeByCanary(
  r: BlueGreenRun,
  pair: PairState,
  image: ResolvedImage,
  steps: readonly CanaryStep[],
  door: CanaryDoor,
  progress: CanaryProgress,
  from: number,
): Promise<CanaryEnd> {
  const links = await urls(r.ctx, r.ports, pair);
  const target = canaryTarget(r, pair, pair.idle, image, door, progress, links);
  return walkCanary(r.ex, steps, target, progress, { from });
}

/** Where the canary's share goes, in words. */
export const canaryWhere = (to: ColourState, door: CanaryDoor) =>
  `the ${to.colour} colour (${to.ref.name}) through origin ${door.origins.preview.name}`;

function canaryTarget(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  image: ResolvedImage,
  door: CanaryDoor,
  progress: CanaryProgress,
  links: Awaited<ReturnType<typeof urls>>,
): CanaryTarget {
  return {
    where: canaryWhere(to, door),
    setWeight: (percent) =>
      percent === 0
        ? setPreview(r, door, { enabled: false }, 'abort: all traffic back on the stable colour')
        : setPreview(r, door, { enabled: true, percent }),
    analyse: (label) => analyse(r, pair, to, image, links.preview, label),
    complete: async () => {
      await setPreview(r, door, { enabled: false }, 'before the load balancer switch');
      progress.weight = 0;
      await switchAndCheck(r, pair, to, image, links);
    },
    pause: (index, weight) => recordCanaryPaused(r, pair, to, image.version, { index, weight }),
  };
}

/** An open pause: ONE tag write of the load balancer's record (state paused, version, step, share). */
async function recordCanaryPaused(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  version: string,
  at: { index: number; weight: number },
): Promise<void> {
  const write: PlannedWrite = {
    resource: lbResource(pair),
    operation: 'tag',
    after: `state paused at step ${at.index + 1} (${at.weight}% to the ${to.colour} colour), target-version ${version}`,
    why: "canary: an open pause; 'promote' continues from the next step, 'abort' returns the traffic",
  };
  const paused = {
    target: version,
    step: at.index + 1,
    weight: at.weight,
    current: versionOf(pair.active.info),
    runUrl: r.ctx.deps.run?.runUrl,
  };
  await r.ex.write({ write }, (call) => recordPaused(r.ports.tags, pair.lb.id, paused, call));
}

/**
 * A rollback (or the confirmation after a failed deploy) with 'canary-steps' set: the preview
 * origin is disabled first, whatever share an earlier run left on the idle colour.
 */
export async function closePreviewOrigin(r: BlueGreenRun, pair: PairState, steps: readonly CanaryStep[]) {
  const door = await readCanaryDoor(r, pair, steps);
  await setPreview(r, door, { enabled: false }, 'the share an earlier canary left on the idle colour returns');
}

/** 'abort': the preview origin disabled (no write when it is already, and no write of ours failed). */
export async function closeCanaryDoor(r: BlueGreenRun, door: CanaryDoor): Promise<void> {
  await setPreview(r, door, { enabled: false }, 'abort: all traffic back on the stable colour');
}

/** The share (%) the preview origin takes as Azure holds it now (0: disabled). */
export function shareNow(door: CanaryDoor): number {
  const s = door.state;
  if (!s.previewEnabled) return 0;
  const live = s.liveEnabled ? (s.liveWeight ?? 50) : 0;
  const preview = s.previewWeight ?? 50;
  return (100 * preview) / (live + preview);
}

/**
 * What a paused canary left on the origins, or why they differ now (a weight set outside the
 * engine since): the live origin enabled at the base weight, the preview origin at one of `shares`
 * (the pause's, or one a promote stopped part-way set since; 0: disabled).
 */
export function doorDiffers(door: CanaryDoor, shares: readonly number[]): string | undefined {
  const s = door.state;
  const { live, preview } = door.origins;
  if (s.liveFailed || s.previewFailed)
    return `the last write of origin ${s.liveFailed ? live.name : preview.name} ended Failed`;
  if (!s.liveEnabled || s.liveWeight !== door.base)
    return `origin ${live.name} is ${s.liveEnabled ? `enabled, weight ${s.liveWeight ?? 50}` : 'disabled'}, not enabled with weight ${door.base}`;
  const has = s.previewEnabled ? (s.previewWeight ?? 50) : undefined;
  const weightOf = (p: number) => (p === 0 ? undefined : previewWeight(door.base, p).weight);
  if (shares.some((p) => weightOf(p) === has)) return undefined;
  const said = (p: number) => (p === 0 ? 'disabled (0%)' : `enabled, weight ${weightOf(p)} (${p}%)`);
  const now =
    has === undefined ? 'disabled' : `enabled, weight ${has} (${Math.round(shareNow(door) * 10) / 10}% of the traffic)`;
  return `origin ${preview.name} is ${now}, not ${shares.map(said).join(' or ')}`;
}

const isFailed = (o: FrontDoorOrigin) => (o.provisioningState ?? '').toLowerCase() === 'failed';

const originResource = (door: CanaryDoor, o: FrontDoorOrigin) =>
  `Front Door origin ${door.ref.profile}/${door.ref.originGroup}/${o.name}`;

/** The live origin: weight S, enabled (one write at the canary's start; skipped when Azure has it). */
async function setBase(r: BlueGreenRun, door: CanaryDoor): Promise<void> {
  const { live } = door.origins;
  const s = door.state;
  if (s.liveEnabled && s.liveWeight === door.base && !s.liveFailed) return;
  const write: PlannedWrite = {
    resource: originResource(door, live),
    operation: 'update',
    before: `weight ${s.liveWeight ?? 50}, ${s.liveEnabled ? 'enabled' : 'disabled'}`,
    after: `weight ${door.base}, enabled`,
    why: `canary: the live origin's base weight, so each step's share is a whole weight of the preview origin (1..1000)`,
  };
  const change = { weight: door.base, enabled: true };
  await r.ex.write(
    { write },
    async (call) => void (await r.ports.frontDoor.setOrigin(door.ref, live.name, change, call)),
  );
  Object.assign(s, { liveEnabled: true, liveWeight: door.base, liveFailed: false });
}

/** One write of the preview origin: `percent` of the traffic on the idle colour, or disabled. */
async function setPreview(
  r: BlueGreenRun,
  door: CanaryDoor,
  to: { enabled: false } | { enabled: true; percent: number },
  why?: string,
): Promise<void> {
  const { preview } = door.origins;
  const s = door.state;
  const was = s.previewEnabled ? `enabled, weight ${s.previewWeight ?? 50}` : 'disabled';
  const before = s.previewFailed ? `${was} (its last write ended Failed)` : was;
  if (!to.enabled && !s.previewEnabled && !s.previewFailed) return;
  const { weight, share } = to.enabled ? previewWeight(door.base, to.percent) : { weight: undefined, share: 0 };
  if (to.enabled && s.previewEnabled && s.previewWeight === weight && !s.previewFailed) return;
  const text = to.enabled ? shareText(to.percent, share) : '0%';
  const write: PlannedWrite = {
    resource: originResource(door, preview),
    operation: 'update',
    before,
    after: to.enabled ? `enabled, weight ${weight} (live ${door.base}): ${text} of the traffic` : 'disabled',
    why: to.enabled
      ? `canary: ${text} of production traffic to the new release on the preview rule`
      : `canary: no traffic to the idle colour${why ? ` (${why})` : ''}`,
  };
  const change = to.enabled ? { weight, enabled: true } : { enabled: false };
  await r.ex.write(
    { write },
    async (call) => void (await r.ports.frontDoor.setOrigin(door.ref, preview.name, change, call)),
    { kind: 'action', label: 'canary', value: `${text} of production traffic on origin ${preview.name}` },
  );
  Object.assign(
    s,
    { previewFailed: false },
    to.enabled ? { previewEnabled: true, previewWeight: weight } : { previewEnabled: false },
  );
}

/** An 'analysis' step: the gates on the idle colour, then its preview probed; why to stop, or undefined. */
async function analyse(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  image: ResolvedImage,
  previewUrl: string | undefined,
  label: string,
): Promise<string | undefined> {
  const { ctx, ex } = r;
  const gates = await canaryGates(ctx, ex, {
    label,
    target: colourMonitored(pair, to),
    version: image.version,
    previousVersion: versionOf(pair.active.info),
  });
  if (gates !== undefined) return gates;
  if (!previewUrl) return undefined;
  const check = await ex.gate(`preview ${previewUrl}`, `${label}: the ${to.colour} colour answers`, async () => {
    const result = await httpGate(ctx, `${label}: preview (${to.colour})`, previewUrl, ex.deadline);
    return { passed: result.passed, detail: result.reason };
  });
  return check.ok ? undefined : `the ${to.colour} colour did not answer on its preview: ${check.detail}`;
}

/** While the canary runs, the new release's share is served (and measured) by the idle colour's scale set. */
function colourMonitored(pair: PairState, to: ColourState): MonitoredTarget {
  const set = {
    resourceGroup: to.ref.resourceGroup,
    path: `Microsoft.Compute/virtualMachineScaleSets/${to.ref.name}`,
    label: `scale set ${to.ref.name} (${to.colour})`,
  };
  const lb = {
    resourceGroup: pair.lb.resourceGroup,
    path: `Microsoft.Network/loadBalancers/${pair.lb.name}`,
    label: `load balancer ${pair.lb.name}`,
  };
  return { metrics: set, alerts: [set, lb] };
}
