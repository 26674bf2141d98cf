import type { KqlColumn, KqlTable, KqlType } from './kql/types.js';
import { performanceBucket } from './metric-catalog.js';
import type { RequestRecord } from './telemetry.js';

/**
 * The request telemetry as the two query APIs name it (learn.microsoft.com/azure/azure-monitor/app/
 * convert-classic-resource, "Table structure": the classic `requests` table of an Application
 * Insights resource and its workspace twin `AppRequests`, column names and types as listed there).
 * One exception: that table gives the classic `success` as a string, as classic resources stored it;
 * every component is workspace-based now and its `requests` is read from the workspace, where the
 * value is a bool — the documented log-based metrics query it with `success == false` ("Application
 * Insights log-based metrics": `requests | where success == false`). So `success` is a bool here.
 * Columns the emulator has no data for (client, user, session) are empty strings. `customDimensions` /
 * `Properties` carry the emulator's `AzureResourceId` (scale set, web app or slot that answered),
 * and `Slot` for App Service.
 */
type Column = [string, KqlType, (r: RequestRecord, ctx: RowContext) => unknown];

export interface RowContext {
  /** The component or workspace the rows are read through. */
  resourceId: string;
  appId: string;
  instrumentationKey: string;
  tenantId: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const name = (r: RequestRecord) => `${r.method} ${r.path.split(/[?#]/)[0] || '/'}`;
const props = (r: RequestRecord) => ({ AzureResourceId: r.resourceId, ...(r.slot ? { Slot: r.slot } : {}) });
const empty = () => '';

const REQUESTS: Column[] = [
  ['timestamp', 'datetime', (r) => iso(r.timeMs)],
  ['id', 'string', (r) => r.id],
  ['source', 'string', empty],
  ['name', 'string', name],
  ['url', 'string', (r) => r.url],
  ['success', 'bool', (r) => r.success],
  ['resultCode', 'string', (r) => String(r.status)],
  ['duration', 'real', (r) => r.durationMs],
  ['performanceBucket', 'string', (r) => performanceBucket(r.durationMs)],
  ['itemType', 'string', () => 'request'],
  ['customDimensions', 'dynamic', props],
  ['customMeasurements', 'dynamic', () => ({})],
  ['operation_Name', 'string', name],
  ['operation_Id', 'string', (r) => r.id.padEnd(32, '0')],
  ['operation_ParentId', 'string', (r) => r.id],
  ['operation_SyntheticSource', 'string', (r) => (r.synthetic ? 'Emulator load generator' : '')],
  ['session_Id', 'string', empty],
  ['user_Id', 'string', empty],
  ['user_AuthenticatedId', 'string', empty],
  ['user_AccountId', 'string', empty],
  ['application_Version', 'string', (r) => r.version],
  ['client_Type', 'string', () => 'PC'],
  ['client_Model', 'string', empty],
  ['client_OS', 'string', empty],
  ['client_IP', 'string', () => '0.0.0.0'],
  ['client_City', 'string', empty],
  ['client_StateOrProvince', 'string', empty],
  ['client_CountryOrRegion', 'string', empty],
  ['client_Browser', 'string', empty],
  ['cloud_RoleName', 'string', (r) => r.roleName],
  ['cloud_RoleInstance', 'string', (r) => r.roleInstance],
  ['appId', 'string', (_r, c) => c.appId],
  ['appName', 'string', (_r, c) => c.resourceId.split('/').at(-1) ?? ''],
  ['iKey', 'string', (_r, c) => c.instrumentationKey],
  ['sdkVersion', 'string', () => 'emulator:1.0'],
  ['itemId', 'string', (r) => r.id],
  ['itemCount', 'int', () => 1],
  ['_ResourceId', 'string', (_r, c) => c.resourceId.toLowerCase()],
];

const APP_REQUESTS: Column[] = [
  ['TenantId', 'string', (_r, c) => c.tenantId],
  ['TimeGenerated', 'datetime', (r) => iso(r.timeMs)],
  ['Id', 'string', (r) => r.id],
  ['Source', 'string', empty],
  ['Name', 'string', name],
  ['Url', 'string', (r) => r.url],
  ['Success', 'bool', (r) => r.success],
  ['ResultCode', 'string', (r) => String(r.status)],
  ['DurationMs', 'real', (r) => r.durationMs],
  ['PerformanceBucket', 'string', (r) => performanceBucket(r.durationMs)],
  ['Properties', 'dynamic', props],
  ['Measurements', 'dynamic', () => ({})],
  ['OperationName', 'string', name],
  ['OperationId', 'string', (r) => r.id.padEnd(32, '0')],
  ['ParentId', 'string', (r) => r.id],
  ['SyntheticSource', 'string', (r) => (r.synthetic ? 'Emulator load generator' : '')],
  ['SessionId', 'string', empty],
  ['UserId', 'string', empty],
  ['UserAuthenticatedId', 'string', empty],
  ['UserAccountId', 'string', empty],
  ['AppVersion', 'string', (r) => r.version],
  ['AppRoleName', 'string', (r) => r.roleName],
  ['AppRoleInstance', 'string', (r) => r.roleInstance],
  ['ClientType', 'string', () => 'PC'],
  ['ClientModel', 'string', empty],
  ['ClientOS', 'string', empty],
  ['ClientIP', 'string', () => '0.0.0.0'],
  ['ClientCity', 'string', empty],
  ['ClientStateOrProvince', 'string', empty],
  ['ClientCountryOrRegion', 'string', empty],
  ['ClientBrowser', 'string', empty],
  ['ResourceGUID', 'string', (_r, c) => c.appId],
  ['IKey', 'string', (_r, c) => c.instrumentationKey],
  ['SDKVersion', 'string', () => 'emulator:1.0'],
  ['ItemCount', 'int', () => 1],
  ['SourceSystem', 'string', () => 'Azure'],
  ['Type', 'string', () => 'AppRequests'],
  ['_ResourceId', 'string', (_r, c) => c.resourceId.toLowerCase()],
];

function table(tableName: string, columns: Column[], records: RequestRecord[], ctx: RowContext): KqlTable {
  return {
    name: tableName,
    columns: columns.map(([n, type]): KqlColumn => ({ name: n, type })),
    rows: records.map((r) => columns.map(([, , value]) => value(r, ctx))),
  };
}

/** The classic `requests` table of an Application Insights component. */
export function requestsTable(records: RequestRecord[], ctx: RowContext): KqlTable {
  return table('requests', REQUESTS, records, ctx);
}

/** `AppRequests` of a Log Analytics workspace. */
export function appRequestsTable(records: RequestRecord[], ctx: RowContext): KqlTable {
  return table('AppRequests', APP_REQUESTS, records, ctx);
}
