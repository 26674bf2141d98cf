/** The engine's Host on azure-pipelines-task-lib: issues, ##[group], output variables, summary attachment. */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tlInternal from 'azure-pipelines-task-lib/internal.js';
import * as tl from 'azure-pipelines-task-lib/task.js';
import { findInput, OUTPUTS, renderMarkdown, type Host, type RunResult } from '../../core/index.js';

const ADO_OUTPUT = new Map(OUTPUTS.map((o) => [o.name, o.ado]));

export function adoHost(signal: AbortSignal): Host {
  return {
    signal,
    info: (m) => console.log(m),
    debug: (m) => tl.debug(m),
    warning: (m) => tl.warning(m),
    error: (m) => tl.error(m),
    group: async (name, fn) => {
      console.log(`##[group]${name}`);
      try {
        return await fn();
      } finally {
        console.log('##[endgroup]');
      }
    },
    setSecret: (v) => tl.setSecret(v),
    setOutput: (name, value) => tl.setVariable(ADO_OUTPUT.get(name) ?? name, value, false, true),
    writeSummary: async (result: RunResult) => {
      try {
        const dir = tl.getVariable('Agent.TempDirectory') || tmpdir();
        const file = join(dir, `immutable-deploy-summary-${randomBytes(4).toString('hex')}.md`);
        writeFileSync(file, renderMarkdown(result), 'utf8');
        tl.uploadSummary(file);
      } catch (err) {
        tl.warning(`could not attach the run summary: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}

/** Azure DevOps names inputs by their task.json name (camelCase). */
export const adoNamer = (name: string): string => findInput(name)?.ado.name ?? name;

/**
 * Reads an input by its task.json name. The tenant and client ids come from the AzureRM service
 * connection (task.json has no inputs for them); so does the subscription id unless the
 * `subscriptionId` input gives one (a custom cloud signed in with an access token has no connection).
 */
export function adoRead(name: string): string | undefined {
  const def = findInput(name);
  if (!def) return undefined;
  if (name === 'tenant-id' || name === 'client-id') return fromConnection(name);
  if (name === 'subscription-id') return tl.getInput(def.ado.name, false) || fromConnection(name);
  if (def.adapters && !def.adapters.includes('azure-devops')) return undefined;
  if (def.secret) return readSecretInput(def.ado.name);
  // An empty filePath input reaches the task as the default working directory
  // (microsoft/azure-pipelines-tasks#22016); `filePathSupplied` tells the two apart.
  if (def.ado.type === 'filePath' && !tl.filePathSupplied(def.ado.name)) return undefined;
  return tl.getInput(def.ado.name, false) || undefined;
}

/**
 * `tl.getInput` writes `name=value` to the debug log before the value could be registered as a
 * secret; secret inputs are read straight from task-lib's input vault (where it keeps every input)
 * so the first thing that happens to them is `setSecret`.
 */
function readSecretInput(adoName: string): string | undefined {
  return tlInternal._vault.retrieveSecret(`INPUT_${tlInternal._getVariableKey(adoName)}`) || undefined;
}

function fromConnection(name: 'subscription-id' | 'tenant-id' | 'client-id'): string | undefined {
  const connection = tl.getInput('azureSubscription', false);
  if (!connection) return undefined;
  if (name === 'subscription-id') return tl.getEndpointDataParameter(connection, 'subscriptionId', true) || undefined;
  if (name === 'tenant-id') return tl.getEndpointAuthorizationParameter(connection, 'tenantid', true) || undefined;
  return tl.getEndpointAuthorizationParameter(connection, 'serviceprincipalid', true) || undefined;
}
