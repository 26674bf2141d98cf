import type { Json, StoredResource } from '../state.js';
import type { MetricInputs } from './metric-catalog.js';
import type { Sampler } from './sampler.js';
import type { RequestRecord, TelemetryStore } from './telemetry.js';

/**
 * Which resources' telemetry a component or workspace receives: its `meta.sources` (ids of scale
 * sets and web apps; a web app covers its slots), set by a world file or the control API, or —
 * when none are set — every resource's.
 */
export function sourcesOf(resource: StoredResource): (resourceId: string) => boolean {
  const sources = ((resource.meta as Json)['sources'] as string[] | undefined)?.map((s) => s.toLowerCase());
  if (!sources || sources.length === 0) return () => true;
  return (id) => sources.some((s) => id === s || id.startsWith(`${s}/`));
}

/** What a metric of `resource` reads over [from, to). */
export function metricInputs(
  signals: { telemetry: TelemetryStore; sampler: Sampler },
  resource: StoredResource,
  fromMs: number,
  toMs: number,
): MetricInputs {
  const component = resource.type.toLowerCase() === 'microsoft.insights/components';
  let records: RequestRecord[] | undefined;
  return {
    records: () =>
      (records ??= component
        ? signals.telemetry.matching(sourcesOf(resource), fromMs, toMs)
        : signals.telemetry.forResource(resource.id, fromMs, toMs)),
    samples: (metric) => signals.sampler.forResource(resource.id, metric, fromMs, toMs),
  };
}
