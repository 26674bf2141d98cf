/** verify: health gates. HTTP probes now; scale-set instance health and the remote-access gate with issue #5. */
import { NotImplementedError } from '../errors.js';
import type { SummaryItem } from '../run/result.js';
import { formatProbeResult, runProbes } from '../verify/http-probe.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const verifyStage: Stage = {
  name: 'verify',
  async run(ctx: StageContext): Promise<StepResult> {
    const { settings, deps, signal } = ctx;
    const target = settings.deploy.strategy === 'slot-swap' ? settings.deploy.appService : settings.deploy.scaleSet;
    if (target && (settings.verify.instanceHealth || settings.verify.remoteAccess !== 'allow')) {
      throw new NotImplementedError(
        `verify's instance-health and remote-access checks of '${target}'`,
        "issue #5; set 'instance-health: false' and 'remote-access: allow' to run the HTTP probes alone",
      );
    }
    const probes = settings.verify.probes;
    deps.host.info(`Probing ${probes.length} endpoint${probes.length === 1 ? '' : 's'}.`);
    const results = await runProbes(probes, { http: deps.http, clock: deps.clock, sleep: deps.sleep, log: deps.host, signal });
    const items: SummaryItem[] = results.map((r) => ({ kind: 'check', label: r.name, value: r.reason, ok: r.passed }));
    for (const r of results) (r.passed ? deps.host.info : deps.host.error).call(deps.host, formatProbeResult(r));
    const failed = results.filter((r) => !r.passed);
    const outputs = { verifyResult: failed.length === 0 ? 'passed' : 'failed', probeResults: results } as const;
    if (failed.length === 0) return { status: 'succeeded', outputs, items, message: `${results.length} of ${results.length} probes passed` };
    const names = failed.map((r) => `'${r.name}'`).join(', ');
    return { status: 'failed', outputs, items, message: `${failed.length} of ${results.length} probes failed: ${names}` };
  },
};
