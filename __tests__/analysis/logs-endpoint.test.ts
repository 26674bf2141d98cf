/** The Log Analytics query API per cloud: endpoint and token scope from the Resource Manager endpoint. */
import { describe, expect, it } from 'vitest';
import { logsEndpointFor } from '../../src/azure/monitor-endpoints.js';

describe('the logs query endpoint follows the cloud', () => {
  it.each([
    ['https://management.azure.com', 'https://api.loganalytics.io'],
    ['https://management.usgovcloudapi.net/', 'https://api.loganalytics.us'],
    ['https://management.chinacloudapi.cn', 'https://api.loganalytics.azure.cn'],
  ])('%s → %s', (arm, logs) => {
    expect(logsEndpointFor(arm)).toEqual({ endpoint: `${logs}/v1`, scope: `${logs}/.default` });
  });

  it('a custom cloud (the emulator) serves it on its own endpoint', () => {
    expect(logsEndpointFor('https://127.0.0.1:4443')).toEqual({
      endpoint: 'https://127.0.0.1:4443/v1',
      scope: 'https://127.0.0.1:4443/.default',
    });
  });
});
