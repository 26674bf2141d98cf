import { isoSeconds } from './durations.js';

/**
 * Alert instances, as Azure Monitor's alerts management service keeps them
 * (`Microsoft.AlertsManagement/alerts`, AlertsManagement.json 2019-03-01: `Alert`, `Essentials`).
 * A metric alert rule fires one alert per time series (dimension combination) whose condition is
 * met; the alert is `Fired` until resolved (`monitorCondition`), and its `alertState` (New,
 * Acknowledged, Closed) is the user's. Kept in memory only (not saved with `--state`).
 */
export interface FiredAlert {
  /** The alert's GUID. */
  guid: string;
  ruleId: string;
  ruleName: string;
  /** The rule's scope (the monitored resource), as the rule spells it. */
  target: string;
  /** `Sev0`..`Sev4`. */
  severity: string;
  description: string;
  monitorCondition: 'Fired' | 'Resolved';
  alertState: 'New' | 'Acknowledged' | 'Closed';
  startMs: number;
  lastModifiedMs: number;
  resolvedMs?: number;
  /** The time series: dimension values the alert was fired for. */
  dimensions: Record<string, string>;
  /** The evaluation that fired it: what the metric common alert schema puts in `context`. */
  context: Record<string, unknown>;
}

export class FiredAlerts {
  readonly all: FiredAlert[] = [];

  constructor(private readonly newGuid: () => string) {}

  /** The alert of the rule's time series that is still `Fired`, if any. */
  open(ruleId: string, seriesKey: string): FiredAlert | undefined {
    const rule = ruleId.toLowerCase();
    return this.all.find(
      (a) =>
        a.monitorCondition === 'Fired' && a.ruleId.toLowerCase() === rule && seriesKeyOf(a.dimensions) === seriesKey,
    );
  }

  fire(alert: Omit<FiredAlert, 'guid' | 'monitorCondition' | 'alertState' | 'lastModifiedMs'>): FiredAlert {
    const fired: FiredAlert = {
      ...alert,
      guid: this.newGuid(),
      monitorCondition: 'Fired',
      alertState: 'New',
      lastModifiedMs: alert.startMs,
    };
    this.all.push(fired);
    return fired;
  }

  resolve(alert: FiredAlert, atMs: number): void {
    alert.monitorCondition = 'Resolved';
    alert.resolvedMs = atMs;
    alert.lastModifiedMs = atMs;
  }

  find(guid: string): FiredAlert | undefined {
    return this.all.find((a) => a.guid.toLowerCase() === guid.toLowerCase());
  }

  clear(): number {
    const n = this.all.length;
    this.all.length = 0;
    return n;
  }
}

export function seriesKeyOf(dimensions: Record<string, string>): string {
  return JSON.stringify(
    Object.entries(dimensions)
      .map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])
      .sort(),
  );
}

/** The wire `Alert` (2019-03-01): id under the target resource, as the spec's examples show. */
export function alertBody(a: FiredAlert, includeContext: boolean): Record<string, unknown> {
  const target = a.target.toLowerCase();
  const parts = target.split('/');
  const rgIndex = parts.indexOf('resourcegroups');
  const essentials: Record<string, unknown> = {
    severity: a.severity,
    signalType: 'Metric',
    alertState: a.alertState,
    monitorCondition: a.monitorCondition,
    monitorService: 'Platform',
    targetResource: target,
    targetResourceName: parts.at(-1) ?? '',
    targetResourceGroup: rgIndex >= 0 ? (parts[rgIndex + 1] ?? '') : '',
    targetResourceType: parts.at(-2) ?? '',
    sourceCreatedId: a.guid,
    alertRule: a.ruleId,
    startDateTime: isoSeconds(a.startMs),
    lastModifiedDateTime: isoSeconds(a.lastModifiedMs),
    lastModifiedUserName: 'System',
    actionStatus: { isSuppressed: false },
    description: a.description,
  };
  if (a.resolvedMs !== undefined) essentials['monitorConditionResolvedDateTime'] = isoSeconds(a.resolvedMs);
  return {
    id: `${target}/providers/Microsoft.AlertsManagement/alerts/${a.guid}`,
    type: 'Microsoft.AlertsManagement/alerts',
    name: a.ruleName,
    properties: { essentials, ...(includeContext ? { context: a.context } : {}), egressConfig: {} },
  };
}
