/**
 * The CI canary variants: the reusable workflow (.github/workflows/release-canary.yml) and the
 * Azure Pipelines stage template (templates/canary.yml) wire deploy (which pauses) → an approval →
 * promote, and abort when the approval is rejected or the promote fails. (Both also pass the
 * generic checks of __tests__/distribution: actionlint, inputs and outputs that exist.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

type Step = { id?: string; name?: string; uses?: string; task?: string; with?: Record<string, unknown> };
type Node = Record<string, unknown>;

describe('release-canary.yml', () => {
  const wf = parseYaml(readFileSync('.github/workflows/release-canary.yml', 'utf8')) as {
    jobs: Record<string, { needs?: string | string[]; if?: string; environment?: string; steps: Step[] }>;
  };
  const stagesOf = (job: string) => wf.jobs[job]!.steps.filter((s) => s.with?.stages).map((s) => s.with!.stages);

  it('deploys (to the pause), promotes behind the approval environment, aborts when the promote did not go through', () => {
    expect(Object.keys(wf.jobs)).toEqual(['deploy', 'promote', 'abort']);
    expect(stagesOf('deploy')).toEqual(['deploy,verify']);
    expect(stagesOf('promote')).toEqual(['promote,verify']);
    expect(stagesOf('abort')).toEqual(['abort']);
    const { promote, abort } = wf.jobs;
    expect(promote!.needs).toBe('deploy');
    expect(promote!.if).toBe("needs.deploy.outputs.result == 'paused'");
    expect(promote!.environment).toBe('${{ inputs.approval-environment }}');
    expect(abort!.needs).toEqual(['deploy', 'promote']);
    expect(abort!.if).toMatch(/^always\(\) && inputs\.run-abort && needs\.deploy\.outputs\.result == 'paused' &&/);
    expect(abort!.if).toMatch(/needs\.promote\.result == 'failure' \|\| needs\.promote\.result == 'cancelled'/);
  });
});

describe('templates/canary.yml', () => {
  const doc = parseYaml(readFileSync('templates/canary.yml', 'utf8')) as { stages: Node[] };
  const jobs = (stage: Node) =>
    (stage.jobs as Node[]).flatMap((j) => (j['${{ if parameters.abortOnReject }}'] as Node[]) ?? [j]);
  const steps = (job: Node): Step[] =>
    (job.steps as Step[]) ?? (job.strategy as { runOnce: { deploy: { steps: Step[] } } }).runOnce.deploy.steps;
  const stagesIn = (job: Node) =>
    steps(job).flatMap((s) => (s.task === 'ImmutableDeploy@0' ? [(s as Node).inputs] : []));

  it('deploy (pauses) → ManualValidation@1 in an agentless job → promote; rejected → abort', () => {
    const [canary, promote] = doc.stages;
    expect(doc.stages.map((s) => s.stage)).toEqual(['Canary', 'Promote']);
    expect(stagesIn(jobs(canary!)[0]!).map((i) => (i as Node).stages)).toEqual(['deploy,verify']);
    const [approve, promoteJob, abortJob] = jobs(promote!);
    expect(approve).toMatchObject({ job: 'Approve', pool: 'server' });
    expect(approve!.condition).toBe("eq(stageDependencies.Canary.Deploy.outputs['Deploy.canary.result'], 'paused')");
    expect(steps(approve!).map((s) => s.task)).toEqual(['ManualValidation@1']);
    expect(promoteJob).toMatchObject({ deployment: 'Promote', dependsOn: 'Approve', condition: 'succeeded()' });
    expect(stagesIn(promoteJob!).map((i) => (i as Node).stages)).toEqual(['promote,verify']);
    expect(abortJob).toMatchObject({ deployment: 'Abort', dependsOn: ['Approve', 'Promote'] });
    expect(abortJob!.condition).toMatch(/eq\(dependencies\.Approve\.result, 'Failed'\)/);
    expect(stagesIn(abortJob!).map((i) => (i as Node).stages)).toEqual(['abort']);
  });
});
