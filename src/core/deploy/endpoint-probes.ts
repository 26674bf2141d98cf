/** Probes of endpoints (live-url, preview-url, a strategy's own endpoints) with the probe-* settings. */
import type { Settings } from '../settings/types.js';
import type { ProbeSpec } from '../verify/probe-types.js';
import type { Endpoint } from './strategy.js';

export function endpointsFromSettings(settings: Settings): Endpoint[] {
  const out: Endpoint[] = [];
  if (settings.verify.liveUrl) out.push({ role: 'live', url: settings.verify.liveUrl });
  if (settings.verify.previewUrl) out.push({ role: 'preview', url: settings.verify.previewUrl });
  return out;
}

export function endpointProbes(settings: Settings, endpoints: readonly Endpoint[]): ProbeSpec[] {
  const seen = new Set<string>();
  return endpoints.flatMap((e) => {
    const key = `${e.role}|${e.url}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...settings.verify.gate, name: e.role, url: e.url }];
  });
}

/** What gates each batch of a Manual rollout: the user's probes plus the live endpoint. */
export function batchGateProbes(settings: Settings): ProbeSpec[] {
  return [
    ...settings.verify.probes,
    ...endpointProbes(
      settings,
      endpointsFromSettings(settings).filter((e) => e.role === 'live'),
    ),
  ];
}
