/**
 * Analysis gates: judge a release by what Azure Monitor sees while it serves (Argo Rollouts'
 * AnalysisTemplate, on Azure). A gate takes `count` measurements, one every `interval`; each is
 * successful, failed or inconclusive (no data), and the limits turn them into the gate's verdict.
 * The settings (`analysis` input) are parsed in src/core/settings/parse-analysis.ts.
 */
import type { Aggregation, LogsSource } from '../azure/monitor-port.js';

/** `< 1`, `>= 99.5`, `== 0`, `!= 0`, or a range `1..5` (both ends included). */
export type Condition =
  | { readonly kind: 'compare'; readonly op: Comparator; readonly value: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

export type Comparator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** A resource of a gate: the deploy target (as its strategy says) or a resource id. */
export type GateResource = { readonly kind: 'target' } | { readonly kind: 'id'; readonly id: string };

/** When measurements are taken and how they add up to a verdict. */
export interface GateTiming {
  /** Between measurements; each metric measurement covers the interval before it (or `windowMs`). */
  readonly intervalMs: number;
  /** Measurements taken (`count`, or `duration` / `interval`). */
  readonly count: number;
  /** Failed measurements tolerated; one more fails the gate at once. */
  readonly failureLimit: number;
  /** Inconclusive measurements (no data) tolerated; one more ends the gate inconclusive. */
  readonly inconclusiveLimit: number;
  /** What an inconclusive gate does: fail, or pass with a warning. */
  readonly inconclusive: 'fail' | 'pass';
  /** Before the first interval starts (metrics reach Azure Monitor a minute or more late). */
  readonly initialDelayMs: number;
}

interface GateBase {
  readonly name: string;
  /** Where it came from, for messages: 'analysis[2]'. */
  readonly input: string;
  readonly timing: GateTiming;
}

/** A dimension filter: the series whose `name` is one of `values` ('*': every value, split by it). */
export interface DimensionFilter {
  readonly name: string;
  readonly values: readonly string[];
}

export interface MetricGate extends GateBase {
  readonly kind: 'metric';
  readonly resource: GateResource;
  /** Every metric must meet the condition (one call for all of them). */
  readonly metrics: readonly string[];
  readonly aggregation: Aggregation;
  readonly dimensions: readonly DimensionFilter[];
  readonly namespace?: string;
  readonly condition: Condition;
  /** The span each measurement covers; default: the interval. */
  readonly windowMs?: number;
}

export interface AlertsGate extends GateBase {
  readonly kind: 'alerts';
  /** Alerts on any of these fail the gate (default: the target). */
  readonly resources: readonly GateResource[];
  /** Only alerts of these rules (names in the target's resource group, or rule ids); empty: any rule. */
  readonly rules: readonly string[];
  /** 'Sev0' … 'Sev4'; empty: any severity. */
  readonly severities: readonly string[];
}

export interface QueryGate extends GateBase {
  readonly kind: 'query';
  readonly source: LogsSource;
  /** KQL with placeholders ({version}, {previous-version}, {since}, {interval}), substituted as literals. */
  readonly query: string;
  /** The column of the first row the condition reads; default: the last column. */
  readonly column?: string;
  readonly condition: Condition;
  /** How far back the query sees; default: since the gate started. */
  readonly windowMs?: number;
}

export type AnalysisGate = MetricGate | AlertsGate | QueryGate;

export type Verdict = 'successful' | 'failed' | 'inconclusive';

/** One measurement: what was read and what it means. */
export interface Measurement {
  /** ISO time of the measurement (engine clock). */
  readonly at: string;
  readonly verdict: Verdict;
  /** What was measured: metric (and series) name → value, query column → value, 'alerts' → count. */
  readonly values: Readonly<Record<string, number | null>>;
  readonly detail: string;
}

/** A gate's verdict with its measurements: the `analysis-results` output holds one per gate. */
export interface AnalysisResult {
  readonly name: string;
  readonly kind: AnalysisGate['kind'];
  /** When the gate ran: 'batch 1 of 2' (between Manual rolling batches) or 'verify'. */
  readonly during?: string;
  readonly verdict: Verdict;
  /** Successful, or inconclusive with `inconclusive: pass` (then `warning` says so). */
  readonly passed: boolean;
  readonly warning?: string;
  /** Ended early because another check failed first: not judged. */
  readonly stopped?: boolean;
  /** The condition in words ('Http5xx total < 1', 'no alert fired on web app shop'). */
  readonly condition: string;
  readonly measurements: readonly Measurement[];
  /** One line: the verdict and why. */
  readonly detail: string;
}

/** What a gate's measurements and placeholders refer to: the release, and when it started serving. */
export interface AnalysisContext {
  /** The version under analysis ({version}) and the one before it ({previous-version}). */
  readonly version?: string;
  readonly previousVersion?: string;
  /** Epoch ms the release started taking the traffic the gates judge ({since}). */
  readonly since: number;
}
