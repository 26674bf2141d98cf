/** action.yml, task.json, vss-extension.json, the config schema and the README tables come from one table. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GENERATED } from '../../scripts/generate-metadata.js';
import { INPUTS, OUTPUTS, inputsFor } from '../../src/core/settings/table.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const read = (p: string) => readFileSync(p, 'utf8');

describe('generated metadata', () => {
  it.each(Object.keys(GENERATED))('%s matches the input table (run `npm run generate`)', (path) => {
    expect(read(path)).toBe(GENERATED[path]!(pkg, read));
  });

  it('action.yml offers every GitHub input and output with its default, on node24 with a post step', () => {
    const action = parseYaml(read('action.yml'));
    expect(Object.keys(action.inputs)).toEqual(inputsFor('github').map((i) => i.name));
    for (const input of inputsFor('github')) expect(action.inputs[input.name].default).toBe(input.default);
    expect(Object.keys(action.outputs)).toEqual(OUTPUTS.map((o) => o.name));
    expect(action.runs).toMatchObject({
      using: 'node24',
      main: 'dist/github/main.js',
      post: 'dist/github-post/index.js',
    });
  });

  it('task.json has the Azure DevOps inputs, output variables and Node24 + Node20_1 handlers', () => {
    const task = JSON.parse(read('task/task.json'));
    expect(task.inputs.map((i: { name: string }) => i.name)).toEqual(inputsFor('azure-devops').map((i) => i.ado.name));
    expect(task.outputVariables.map((o: { name: string }) => o.name)).toEqual(OUTPUTS.map((o) => o.ado));
    expect(Object.keys(task.execution).sort()).toEqual(['Node20_1', 'Node24']);
    expect(task.friendlyName.length).toBeLessThanOrEqual(40);
    expect(task.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(task.inputs.find((i: { type: string }) => i.type === 'connectedService:AzureRM')?.name).toBe(
      'azureSubscription',
    );
    const version = `${task.version.Major}.${task.version.Minor}.${task.version.Patch}`;
    expect(version).toBe(pkg.version);
  });

  it('every visibleRule names an input that exists', () => {
    const task = JSON.parse(read('task/task.json'));
    const names = new Set(task.inputs.map((i: { name: string }) => i.name));
    for (const input of task.inputs.filter((i: { visibleRule?: string }) => i.visibleRule)) {
      const referenced = /^(\w+)/.exec(input.visibleRule)![1];
      expect(names.has(referenced), `${input.name}: ${input.visibleRule}`).toBe(true);
    }
  });

  it('input names are unique per adapter, kebab-case for GitHub and camelCase for Azure DevOps', () => {
    expect(new Set(INPUTS.map((i) => i.name)).size).toBe(INPUTS.length);
    expect(new Set(INPUTS.map((i) => i.ado.name)).size).toBe(INPUTS.length);
    for (const i of INPUTS) {
      expect(i.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(i.ado.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });
});
