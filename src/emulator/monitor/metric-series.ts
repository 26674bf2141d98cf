import type { Aggregation, MetricDefinition, Observation } from './metric-catalog.js';
import { passes, type DimensionCondition } from './metric-filter.js';
import type { TimeRange } from './durations.js';

/**
 * Time series of one metric, as the metrics API (Metrics REST spec 2024-02-01, `Response`,
 * `TimeSeriesElement`, `MetricValue`) and the metric alert evaluator need them: observations
 * filtered by the dimension conditions, split per combination of the dimensions named, and
 * aggregated per interval. Intervals are aligned to multiples of the grain (UTC), as Azure's are.
 */
export interface SeriesQuery {
  range: TimeRange;
  /** Interval length in ms, or 'FULL' for one data point over the whole range. */
  grain: number | 'FULL';
  /** Dimension conditions, names already the definition's spelling. */
  conditions: DimensionCondition[];
  /** Dimensions not to split by although named (`rollupby`). */
  rollUpBy: readonly string[];
}

export interface Stats {
  count: number;
  total: number;
  minimum: number;
  maximum: number;
}

export interface Point {
  timeMs: number;
  stats: Stats | undefined;
}

export interface Series {
  /** `[dimension, value]` pairs of the split dimensions. */
  dims: Array<[string, string]>;
  points: Point[];
  /** All observations of the series over the range. */
  overall: Stats | undefined;
}

export function computeSeries(def: MetricDefinition, observations: Observation[], q: SeriesQuery): Series[] {
  const starts = bucketStarts(q.range, q.grain);
  const from = starts[0] ?? q.range.startMs;
  const kept = observations.filter(
    (o) => o.timeMs >= from && o.timeMs < q.range.endMs && q.conditions.every((c) => passes(c, o.dims[c.name])),
  );
  const rolled = new Set(q.rollUpBy.map((d) => d.toLowerCase()));
  const split = q.conditions.map((c) => c.name).filter((n) => !rolled.has(n.toLowerCase()));
  const groups = new Map<string, { dims: Array<[string, string]>; obs: Observation[] }>();
  for (const o of kept) {
    const dims = split.map((d): [string, string] => [d, o.dims[d] ?? '']);
    const key = JSON.stringify(dims.map(([, v]) => v.toLowerCase()));
    const group = groups.get(key) ?? { dims, obs: [] };
    group.obs.push(o);
    groups.set(key, group);
  }
  if (groups.size === 0 && split.length === 0) groups.set('[]', { dims: [], obs: [] });
  return [...groups.values()].map(({ dims, obs }) => ({
    dims,
    points: points(starts, q, obs, def.counter),
    overall: statsOf(
      obs.map((o) => o.value),
      def.counter,
    ),
  }));
}

/** Interval starts: multiples of the grain from the one holding the range start, before its end. */
export function bucketStarts(range: TimeRange, grain: number | 'FULL'): number[] {
  if (grain === 'FULL') return [range.startMs];
  const out: number[] = [];
  for (let t = Math.floor(range.startMs / grain) * grain; t < range.endMs; t += grain) out.push(t);
  return out;
}

function points(starts: number[], q: SeriesQuery, obs: Observation[], counter: boolean): Point[] {
  const values: number[][] = starts.map(() => []);
  const first = starts[0] ?? 0;
  for (const o of obs) {
    const i = q.grain === 'FULL' ? 0 : Math.floor((o.timeMs - first) / q.grain);
    values[i]?.push(o.value);
  }
  return starts.map((timeMs, i) => ({ timeMs, stats: statsOf(values[i]!, counter) }));
}

function statsOf(values: number[], counter: boolean): Stats | undefined {
  if (values.length === 0) return counter ? { count: 0, total: 0, minimum: 0, maximum: 0 } : undefined;
  let total = 0;
  let minimum = Infinity;
  let maximum = -Infinity;
  for (const v of values) {
    total += v;
    if (v < minimum) minimum = v;
    if (v > maximum) maximum = v;
  }
  return { count: values.length, total, minimum, maximum };
}

/** One aggregation of stats; undefined when there is no value (no data, or an average of nothing). */
export function aggregate(stats: Stats | undefined, aggregation: Aggregation): number | undefined {
  if (!stats) return undefined;
  switch (aggregation) {
    case 'Total':
      return stats.total;
    case 'Count':
      return stats.count;
    case 'Average':
      return stats.count > 0 ? stats.total / stats.count : undefined;
    case 'Minimum':
      return stats.count > 0 ? stats.minimum : undefined;
    case 'Maximum':
      return stats.count > 0 ? stats.maximum : undefined;
  }
}
