/**
 * Where the Log Analytics query API lives for the connection's cloud, and the token scope it
 * takes. The cloud is known by its Resource Manager endpoint (src/core/settings/parse.ts maps the
 * 'cloud' input to it); a custom cloud (the emulator) serves the query API on its own endpoint.
 * Endpoints and audiences: https://learn.microsoft.com/azure/azure-monitor/logs/api/access-api and
 * @azure/monitor-query-logs' KnownMonitorLogsQueryAudience (public, China, US Government).
 */
const LOGS_BY_ARM: Readonly<Record<string, string>> = {
  'https://management.azure.com': 'https://api.loganalytics.io',
  'https://management.usgovcloudapi.net': 'https://api.loganalytics.us',
  'https://management.chinacloudapi.cn': 'https://api.loganalytics.azure.cn',
};

export interface LogsEndpoint {
  /** Base URL the client appends `/workspaces/{id}/query` or `/{resourceId}/query` to (ends in /v1). */
  readonly endpoint: string;
  /** The token scope ('<audience>/.default'). */
  readonly scope: string;
}

export function logsEndpointFor(armEndpoint: string): LogsEndpoint {
  const arm = armEndpoint.replace(/\/+$/, '');
  const base = LOGS_BY_ARM[arm.toLowerCase()] ?? arm;
  return { endpoint: `${base}/v1`, scope: `${base}/.default` };
}
