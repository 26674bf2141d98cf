/**
 * Azure Pipelines stage templates (templates/*.yml): valid YAML, every ImmutableDeploy@0 input
 * exists in task.json, every parameter referenced is declared (and every declared one used), the
 * deploy stages are deployment jobs with an environment, and the output variables they read exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const task = JSON.parse(readFileSync('task/task.json', 'utf8'));
const taskRef = `${task.name}@${task.version.Major}`;
const taskInputs = new Set<string>(task.inputs.map((i: { name: string }) => i.name));
const taskOutputs = new Set<string>(task.outputVariables.map((o: { name: string }) => o.name));
const files = readdirSync('templates').filter((f) => f.endsWith('.yml'));
const read = (f: string) => readFileSync(`templates/${f}`, 'utf8');

type Node = Record<string, unknown>;
/** Every mapping in the document, however deep (template `${{ each }}`/`${{ if }}` keys included). */
function* mappings(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* mappings(v);
  else if (value && typeof value === 'object') {
    yield value as Node;
    for (const v of Object.values(value)) yield* mappings(v);
  }
}
const taskSteps = (doc: unknown) =>
  [...mappings(doc)].filter((m) => typeof m.task === 'string' && (m.task as string).startsWith(`${task.name}@`));

describe('templates/', () => {
  it('has the bake-publish and deploy-verify-cleanup stage templates', () => {
    expect(files).toEqual(expect.arrayContaining(['bake-publish.yml', 'deploy-verify-cleanup.yml']));
  });

  describe.each(files)('%s', (file) => {
    const text = read(file);
    const doc = parseYaml(text) as {
      parameters: { name: string; type: string; values?: string[]; default?: unknown }[];
      stages: unknown[];
    };

    it('is a stage template: parameters and stages', () => {
      expect(Object.keys(doc).sort()).toEqual(['parameters', 'stages']);
      expect(Array.isArray(doc.parameters)).toBe(true);
    });

    it(`passes ${taskRef} only inputs task.json has`, () => {
      const steps = taskSteps(doc);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step.task).toBe(taskRef);
        const unknown = Object.keys(step.inputs as Node).filter((k) => !taskInputs.has(k));
        expect(unknown, `${step.name}`).toEqual([]);
        expect(Object.keys(step.inputs as Node)).toContain('azureSubscription');
        expect(Object.keys(step.inputs as Node)).toContain('stages');
      }
    });

    it('declares every parameter it references, and uses every one it declares', () => {
      const declared = new Set(doc.parameters.map((p) => p.name));
      const referenced = new Set([...text.matchAll(/\bparameters\.(\w+)/g)].map((m) => m[1]!));
      expect([...referenced].filter((n) => !declared.has(n))).toEqual([]);
      expect([...declared].filter((n) => !referenced.has(n))).toEqual([]);
    });

    it('restricts pick-list parameters to values the task accepts', () => {
      for (const p of doc.parameters.filter((p) => p.values)) {
        const input = task.inputs.find((i: { name: string }) => i.name === p.name);
        expect(input, p.name).toBeDefined();
        expect(p.values).toEqual(Object.keys(input.options));
        expect(p.values).toContain(p.default);
      }
    });

    it('reads only output variables the task sets', () => {
      const names = new Set(taskSteps(doc).map((s) => s.name as string));
      for (const m of text.matchAll(/\$\((\w+)\.(\w+)\)/g)) {
        if (names.has(m[1]!)) expect(taskOutputs.has(m[2]!), m[0]).toBe(true);
      }
    });
  });

  describe('deploy-verify-cleanup.yml', () => {
    const text = read('deploy-verify-cleanup.yml');
    const doc = parseYaml(text);
    const bake = parseYaml(read('bake-publish.yml'));

    it('deploys in deployment jobs bound to an environment', () => {
      const deployments = [...mappings(doc)].filter((m) => 'deployment' in m);
      expect(deployments.length).toBeGreaterThan(0);
      for (const d of deployments) {
        expect(d.environment).toBe('${{ env.name }}');
        const inner = taskSteps(d);
        expect(inner.map((s) => (s.inputs as Node).stages)).toEqual(['deploy,verify']);
      }
    });

    it('takes the image from the bake-publish stage output variables', () => {
      const defaults = Object.fromEntries(
        doc.parameters.map((p: { name: string; default?: unknown }) => [p.name, p.default]),
      );
      const bakeStage = bake.parameters.find((p: { name: string }) => p.name === 'stageName').default;
      expect(defaults.bakeStage).toBe(bakeStage);
      const bakeJob = [...mappings(bake)].find((m) => 'job' in m)!;
      expect(defaults.bakeJob).toBe(bakeJob.job);
      expect(defaults.bakeStep).toBe(taskSteps(bake)[0]!.name);
      for (const variable of ['imageId', 'imageVersion']) {
        expect(taskOutputs.has(variable)).toBe(true);
        expect(text).toContain(
          `${variable}: $[ stageDependencies.\${{ parameters.bakeStage }}.\${{ parameters.bakeJob }}.outputs['\${{ parameters.bakeStep }}.${variable}'] ]`,
        );
      }
      const deploy = taskSteps(doc).find((s) => (s.inputs as Node).stages === 'deploy,verify')!;
      expect((deploy.inputs as Node).imageId).toBe('$(imageId)');
    });

    it('cleans up after every environment', () => {
      const cleanup = [...mappings(doc)].find((m) => m.stage === 'Cleanup')!;
      expect(JSON.stringify(cleanup.dependsOn)).toContain('Deploy_${{ env.name }}');
      expect(taskSteps(cleanup).map((s) => (s.inputs as Node).stages)).toEqual(['cleanup']);
    });
  });

  it('bake-publish.yml bakes and publishes in one task step', () => {
    expect(taskSteps(parseYaml(read('bake-publish.yml'))).map((s) => (s.inputs as Node).stages)).toEqual([
      'bake,publish',
    ]);
  });
});
