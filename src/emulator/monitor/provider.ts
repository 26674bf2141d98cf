import type { Provider } from '../types.js';
import { registerAlertsApi } from './alerts-api.js';
import { registerInsightsResources } from './insights-resources.js';
import { registerLogsApi } from './logs-api.js';
import { METRIC_ALERT_TYPE, registerMetricAlerts } from './metric-alerts-api.js';
import { registerMetricsApi } from './metrics-api.js';
import { signalsOf } from './signals.js';

/**
 * The emulator's signal model as Azure serves it (README "Signals"): platform metrics and metric
 * definitions, metric alert rules and the alerts they fire, Application Insights components and
 * Log Analytics workspaces, and the logs query API — all computed from the telemetry of the
 * loopback traffic (signals.ts).
 */
export const monitorProvider: Provider = {
  name: 'Microsoft.Insights',
  register(router, emu) {
    signalsOf(emu);
    registerMetricsApi(router);
    registerMetricAlerts(router);
    registerAlertsApi(router);
    registerInsightsResources(router);
    registerLogsApi(router);
  },
  onRestore(emu) {
    // Reloaded rules are evaluated again from their next period (fired alerts are not persisted).
    const evaluator = signalsOf(emu).evaluator;
    for (const rule of emu.state.list(METRIC_ALERT_TYPE, `/subscriptions/${emu.subscriptionId}`))
      evaluator.arm(rule.id);
  },
};
