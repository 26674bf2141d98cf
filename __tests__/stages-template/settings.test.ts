/**
 * The template inputs: what a good template gives the settings, and every bad input refused before
 * any call to Azure with one message naming the input, the value and what is expected — never the
 * file's content.
 */
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../src/core/settings/errors.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { filesOf, scaleSetTemplate } from './fixtures.js';

const IMAGE =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/galleries/gal/images/app/versions/2.0.0';

const base = {
  stages: 'deploy',
  'resource-group': 'rg',
  'scale-set': 'web',
  'image-id': IMAGE,
  template: 'web.json',
};

function parse(inputs: Record<string, string>, files: Record<string, unknown> = { 'web.json': scaleSetTemplate() }) {
  return parseSettings((n) => inputs[n], { readFile: filesOf(files) });
}

function problems(inputs: Record<string, string>, files?: Record<string, unknown>): string {
  try {
    parse(inputs, files);
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return (err as Error).message;
  }
  throw new Error('expected the inputs to be refused');
}

describe('template inputs that are right', () => {
  it('an ARM JSON template is read and kept, with the default image parameter and no parameters', () => {
    const s = parse(base);
    expect(s.deploy.template).toMatchObject({
      path: 'web.json',
      kind: 'json',
      imageParameter: 'imageId',
      parameters: {},
    });
    expect((s.deploy.template!.json as { resources: unknown[] }).resources).toHaveLength(1);
  });

  it('template-parameters as a YAML map become ARM values; secure values are masked', () => {
    const s = parse({ ...base, 'template-parameters': 'location: westeurope\nadminKey: s3cret-key\n' });
    expect(s.deploy.template!.parameters).toEqual({
      location: { value: 'westeurope' },
      adminKey: { value: 's3cret-key' },
    });
    expect(s.secrets).toContain('s3cret-key');
    expect(s.secrets).not.toContain('westeurope');
  });

  it('template-parameters as a deployment parameters file', () => {
    const file = { $schema: 'x', contentVersion: '1.0.0.0', parameters: { location: { value: 'northeurope' } } };
    const s = parse(
      { ...base, 'template-parameters': 'web.parameters.json' },
      {
        'web.json': scaleSetTemplate(),
        'web.parameters.json': file,
      },
    );
    expect(s.deploy.template!.parameters).toEqual({ location: { value: 'northeurope' } });
  });

  it('a Bicep file is kept by path (compiled before the first write); strategy template takes it too', () => {
    const s = parse({ ...base, template: 'main.bicep' }, { 'main.bicep': 'param imageId string' });
    expect(s.deploy.template).toMatchObject({ path: 'main.bicep', kind: 'bicep' });
    expect(s.deploy.template!.json).toBeUndefined();
    const t = parse(
      { ...base, 'scale-set': '', strategy: 'template', template: 'main.bicepparam' },
      { 'main.bicepparam': "using 'main.bicep'" },
    );
    expect(t.deploy.template).toMatchObject({ kind: 'bicepparam' });
  });

  it('the image parameter matches case-insensitively, as ARM does', () => {
    const s = parse({ ...base, 'image-parameter': 'IMAGEID' });
    expect(s.deploy.template!.imageParameter).toBe('IMAGEID');
  });
});

describe('template inputs that are wrong: one message, nothing read from Azure', () => {
  it('a file that is not a template kind', () => {
    expect(problems({ ...base, template: 'web.yaml' })).toBe(
      "input 'template': 'web.yaml' is not a template file; expected an ARM JSON template (.json), a Bicep file (.bicep) or a Bicep parameters file (.bicepparam)",
    );
  });

  it('a missing file', () => {
    expect(problems({ ...base, template: 'gone.json' })).toMatch(
      /^input 'template': 'gone\.json' cannot be read: no such file/,
    );
  });

  it('invalid JSON gives the line and column, never the text', () => {
    const message = problems(base, { 'web.json': '{\n  "resources": [\n    { "secret": "hunter2", }\n  ]\n}' });
    expect(message).toMatch(
      /^input 'template': 'web\.json' is not valid JSON at line 3, column \d+; expected an ARM template \(the content is not shown\)$/,
    );
    expect(message).not.toContain('hunter2');
  });

  it('JSON that is not a template', () => {
    expect(problems(base, { 'web.json': { hello: 'world' } })).toMatch(
      /'web\.json' is not an ARM template; expected a JSON object/,
    );
  });

  it('a template without the image parameter: checked before any write, with a did-you-mean', () => {
    const message = problems({ ...base, 'image-parameter': 'imageid2' });
    expect(message).toBe(
      "input 'image-parameter': 'imageid2' is not a parameter of template 'web.json'; did you mean 'imageId'?; expected the name of the string parameter that receives the gallery image version id (it declares 3 parameter(s))",
    );
  });

  it('an image parameter that is not a string', () => {
    const json = scaleSetTemplate({ extraParameters: { count: { type: 'int' } } });
    expect(problems({ ...base, 'image-parameter': 'count' }, { 'web.json': json })).toMatch(
      /^input 'image-parameter': 'count' is a parameter of type 'int' in template 'web\.json'; expected a string parameter/,
    );
  });

  it('a parameter the template does not declare', () => {
    expect(problems({ ...base, 'template-parameters': 'locaton: westeurope' })).toMatch(
      /^input 'template-parameters': 'locaton' is not a parameter of template 'web\.json'; did you mean 'location'\?/,
    );
  });

  it('template-parameters that are neither a map nor a .json file: the value is not echoed', () => {
    const message = problems({ ...base, 'template-parameters': 'secret-value-xyz' });
    expect(message).toMatch(/^input 'template-parameters': is neither a YAML map nor a parameters file/);
    expect(message).not.toContain('secret-value-xyz');
  });

  it('a parameters file that is not one', () => {
    expect(
      problems({ ...base, 'template-parameters': 'p.json' }, { 'web.json': scaleSetTemplate(), 'p.json': { a: 1 } }),
    ).toMatch(/'p\.json' is not a deployment parameters file/);
  });

  it('strategy template without a template; a strategy that takes none', () => {
    expect(problems({ ...base, strategy: 'template', template: '' })).toMatch(
      /^input 'template': is required when stage 'deploy' runs with strategy 'template'/,
    );
    expect(
      problems({
        ...base,
        strategy: 'slot-swap',
        'app-service': 'shop',
        'container-image': 'a.azurecr.io/x@sha256:' + 'a'.repeat(64),
      }),
    ).toMatch(/^input 'template': is not used by strategy 'slot-swap'/);
  });

  it('a bad image-parameter name', () => {
    expect(problems({ ...base, 'image-parameter': 'image-id' })).toMatch(
      /^input 'image-parameter': 'image-id' is not a template parameter name/,
    );
  });
});
