/** The rolling knobs: inputs override the scale set's rollingUpgradePolicy, which overrides Azure's defaults. */
import { EngineError } from '../../errors.js';
import type { RollingUpgradePolicy, ScaleSetInfo, UpgradeMode } from '../../azure/scale-set-port.js';
import type { RolloutMode, Settings } from '../../settings/types.js';

export type EffectiveMode = 'rolling' | 'manual' | 'automatic';

const MODE_OF: Record<UpgradeMode, EffectiveMode> = { Rolling: 'rolling', Manual: 'manual', Automatic: 'automatic' };
const UPGRADE_MODE_FOR: Record<EffectiveMode, UpgradeMode> = {
  rolling: 'Rolling',
  manual: 'Manual',
  automatic: 'Automatic',
};

/**
 * 'auto' follows the scale set's upgradePolicy.mode. An explicit mode must match it: a model change
 * on a Rolling scale set starts Azure's own upgrade (the engine could not drive batches), and on a
 * Manual one nothing would roll at all.
 */
export function effectiveMode(requested: RolloutMode, info: ScaleSetInfo): EffectiveMode {
  const actual = MODE_OF[info.upgradeMode];
  if (requested === 'auto' || requested === actual) return actual;
  throw new EngineError(
    'input',
    `input 'rollout-mode': '${requested}' needs scale set '${info.name}' in upgradePolicy.mode ${UPGRADE_MODE_FOR[requested]}, but it is ${info.upgradeMode}; expected 'auto' or '${actual}' (or change the scale set's upgrade policy)`,
  );
}

/** The mode a rollback follows: the scale set's own (a rollback takes no 'rollout-mode'). */
export const modeOfScaleSet = (info: ScaleSetInfo): EffectiveMode => MODE_OF[info.upgradeMode];

export interface Knobs {
  readonly batchPercent: number;
  readonly maxUnhealthyPercent: number;
  readonly maxUnhealthyUpgradedPercent: number;
  readonly pauseMs: number;
  readonly prioritizeUnhealthy: boolean;
  readonly maxSurge: boolean;
}

/** What the engine applies in Manual mode (and reports for the others). */
export function knobs(settings: Settings, policy: RollingUpgradePolicy | undefined): Knobs {
  const o = settings.deploy.rolling;
  return {
    batchPercent: o.maxBatchPercent ?? policy?.maxBatchInstancePercent ?? 20,
    maxUnhealthyPercent: o.maxUnhealthyPercent ?? policy?.maxUnhealthyInstancePercent ?? 20,
    maxUnhealthyUpgradedPercent: o.maxUnhealthyUpgradedPercent ?? policy?.maxUnhealthyUpgradedInstancePercent ?? 20,
    pauseMs: o.pauseBetweenBatchesMs ?? isoDurationMs(policy?.pauseTimeBetweenBatches) ?? 0,
    prioritizeUnhealthy: o.prioritizeUnhealthy ?? policy?.prioritizeUnhealthyInstances ?? false,
    maxSurge: o.maxSurge ?? policy?.maxSurge ?? false,
  };
}

/** The policy to write for this deploy when inputs override it (Rolling mode), or undefined when they don't. */
export function policyOverride(
  settings: Settings,
  current: RollingUpgradePolicy | undefined,
): RollingUpgradePolicy | undefined {
  const o = settings.deploy.rolling;
  const given = Object.values(o).some((v) => v !== undefined);
  if (!given) return undefined;
  return {
    ...current,
    ...(o.maxBatchPercent !== undefined ? { maxBatchInstancePercent: o.maxBatchPercent } : {}),
    ...(o.maxUnhealthyPercent !== undefined ? { maxUnhealthyInstancePercent: o.maxUnhealthyPercent } : {}),
    ...(o.maxUnhealthyUpgradedPercent !== undefined
      ? { maxUnhealthyUpgradedInstancePercent: o.maxUnhealthyUpgradedPercent }
      : {}),
    ...(o.pauseBetweenBatchesMs !== undefined
      ? { pauseTimeBetweenBatches: `PT${Math.round(o.pauseBetweenBatchesMs / 1000)}S` }
      : {}),
    ...(o.maxSurge !== undefined ? { maxSurge: o.maxSurge } : {}),
    ...(o.prioritizeUnhealthy !== undefined ? { prioritizeUnhealthyInstances: o.prioritizeUnhealthy } : {}),
  };
}

/** The fields the inputs change, in words ('max batch 50%, pause PT30S'). */
export function describePolicy(next: RollingUpgradePolicy, current: RollingUpgradePolicy | undefined): string {
  const p = Object.fromEntries(
    Object.entries(next).filter(([k, v]) => (current as Record<string, unknown> | undefined)?.[k] !== v),
  ) as RollingUpgradePolicy;
  const parts = [
    p.maxBatchInstancePercent !== undefined ? `max batch ${p.maxBatchInstancePercent}%` : undefined,
    p.maxUnhealthyInstancePercent !== undefined ? `max unhealthy ${p.maxUnhealthyInstancePercent}%` : undefined,
    p.maxUnhealthyUpgradedInstancePercent !== undefined
      ? `max unhealthy upgraded ${p.maxUnhealthyUpgradedInstancePercent}%`
      : undefined,
    p.pauseTimeBetweenBatches ? `pause ${p.pauseTimeBetweenBatches}` : undefined,
    p.maxSurge !== undefined ? `max surge ${p.maxSurge}` : undefined,
    p.prioritizeUnhealthyInstances !== undefined ? `unhealthy first ${p.prioritizeUnhealthyInstances}` : undefined,
  ];
  return parts.filter(Boolean).join(', ') || 'as it is';
}

/** ISO 8601 durations as Azure writes them (PT30S, PT1M30S, P1DT2H). */
export function isoDurationMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(iso.trim());
  if (!m) return undefined;
  const [, d, h, min, s] = m;
  return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * 60_000 + Math.round(Number(s ?? 0) * 1000);
}
