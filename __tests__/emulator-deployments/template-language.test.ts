import { describe, expect, it } from 'vitest';
import { uniqueString } from '../../src/emulator/arm-template/unique-string.js';
import { evaluateTemplate } from '../../src/emulator/arm-template/template.js';

/**
 * The template language on its own (src/emulator/arm-template): expressions, functions, copy,
 * dependencies, and the refusals that name what the emulator does not evaluate.
 */
const scope = {
  subscriptionId: 'sub-1',
  deploymentName: 'd',
  resourceGroup: {
    id: '/subscriptions/sub-1/resourceGroups/rg-app',
    name: 'rg-app',
    type: 'Microsoft.Resources/resourceGroups',
    location: 'westeurope',
    properties: { provisioningState: 'Succeeded' },
  },
};

/** The value of one output expression. */
function value(expr: unknown, parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const template = {
    parameters: Object.fromEntries(
      Object.keys(parameters).map((k) => [k, { type: typeof parameters[k] === 'number' ? 'int' : 'string' }]),
    ),
    ...extra,
    outputs: { out: { type: typeof expr === 'object' ? 'object' : 'string', value: expr } },
  };
  const params = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }]));
  const result = evaluateTemplate({ template, parameters: params, scope });
  return (result.outputs['out'] as { value: unknown }).value;
}

const error = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('uniqueString', () => {
  it("is Azure's 13-character hash", () => {
    // 'test' → rbgf3xv4ufgzg is what Microsoft's Azure.Deployments.Expression library returns
    // (public wrappers of that library print it); the others are from public reproductions checked against Bicep.
    expect(uniqueString(['test'])).toBe('rbgf3xv4ufgzg');
    expect(uniqueString(['hello', 'world'])).toBe('a7wkljktk6wne');
    expect(uniqueString(['abc'])).toBe('cgtzqvhu4i23s');
    expect(uniqueString(['/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg'])).toBe(
      'bmg7c6xu4tw46',
    );
    expect(uniqueString(['foo', 'bar', 'baz'])).toBe('xzi4ioaxtmth4');
    expect(value("[uniqueString('hello', 'world')]")).toBe('a7wkljktk6wne');
  });
});

describe('expressions', () => {
  it('evaluates strings, escapes, functions, properties and indexes', () => {
    expect(value('[[not an expression]')).toBe('[not an expression]');
    expect(value('plain [text]')).toBe('plain [text]');
    expect(value("[concat('it''s ', toUpper('a'), string(1))]")).toBe("it's A1");
    expect(value("[format('{0}-{1}-{{x}}', 'a', 7)]")).toBe('a-7-{x}');
    expect(value('[resourceGroup().location]')).toBe('westeurope');
    expect(value('[resourceGroup().LOCATION]')).toBe('westeurope');
    expect(value("[split('a,b,c', ',')[1]]")).toBe('b');
    expect(value('[subscription().subscriptionId]')).toBe('sub-1');
    expect(value("[if(equals(parameters('env'), 'prod'), 'big', 'small')]", { env: 'prod' })).toBe('big');
    expect(value("[if(and(not(false()), or(false(), true())), 'yes', 'no')]")).toBe('yes');
    expect(value("[string(createObject('a', 1, 'b', createArray('x')))]")).toBe('{"a":1,"b":["x"]}');
  });

  it('builds resource ids for the group, another group and another subscription', () => {
    expect(value("[resourceId('Microsoft.Network/loadBalancers', 'lb')]")).toBe(
      '/subscriptions/sub-1/resourceGroups/rg-app/providers/Microsoft.Network/loadBalancers/lb',
    );
    expect(value("[resourceId('other', 'Microsoft.Compute/galleries/images', 'g', 'i')]")).toBe(
      '/subscriptions/sub-1/resourceGroups/other/providers/Microsoft.Compute/galleries/g/images/i',
    );
    expect(value("[resourceId('sub-2', 'rg2', 'Microsoft.Web/sites', 'app')]")).toBe(
      '/subscriptions/sub-2/resourceGroups/rg2/providers/Microsoft.Web/sites/app',
    );
    expect(error(() => value("[resourceId('Microsoft.Compute/galleries/images', 'g')]"))).toContain(
      "Unable to evaluate template language function 'resourceId': the type 'Microsoft.Compute/galleries/images' requires 2 resource name(s) but 1 were given",
    );
  });

  it('evaluates only the branch if() selects', () => {
    expect(value("[if(true(), 'ok', dateTimeAdd('x'))]")).toBe('ok');
    expect(error(() => value("[if(false(), 'ok', dateTimeAdd('x'))]"))).toContain("'dateTimeAdd' is not supported");
  });

  it('refuses what it does not evaluate, naming the function or feature, never guessing', () => {
    expect(error(() => value('[guid(resourceGroup().id)]'))).toContain(
      "The template output 'out' is not valid: The template function 'guid' is not supported by the Azure emulator",
    );
    expect(error(() => value("[format('{0:N2}', 3)]"))).toContain(
      "format item '{0:N2}' uses alignment or a format specifier",
    );
    expect(error(() => value('[string(true())]'))).toContain('converting Boolean to a string is not evaluated');
    expect(error(() => value('[subscription().tenantId]'))).toContain(
      "The language expression property 'tenantId' doesn't exist, available properties are 'id, subscriptionId'",
    );
    expect(error(() => value("[concat('a']"))).toContain("The language expression '[concat('a']' is not valid");
    expect(error(() => value('[copyIndex()]'))).toContain(
      "The template function 'copyIndex' is not expected at this location",
    );
    expect(
      error(() => evaluateTemplate({ template: { functions: [{ namespace: 'x' }] }, parameters: {}, scope })),
    ).toContain('user-defined functions');
  });
});

describe('parameters, variables, resources', () => {
  const vmss = (extra: Record<string, unknown> = {}) => ({
    type: 'Microsoft.Compute/virtualMachineScaleSets',
    apiVersion: '2024-11-01',
    name: 'web',
    location: 'westeurope',
    ...extra,
  });

  it('checks parameter types, allowed values and bounds, and refuses parameters the template lacks', () => {
    const template = {
      parameters: {
        size: { type: 'int', minValue: 1, maxValue: 5 },
        tier: { type: 'string', allowedValues: ['a', 'b'], defaultValue: 'a' },
        secret: { type: 'securestring', defaultValue: 'hidden' },
      },
    };
    const run = (p: Record<string, unknown>) =>
      evaluateTemplate({
        template,
        parameters: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { value: v }])),
        scope,
      });
    expect(run({ size: 3 }).parameters).toEqual({
      size: { type: 'Int', value: 3 },
      tier: { type: 'String', value: 'a' },
      secret: { type: 'SecureString' },
    });
    expect(error(() => run({ size: 9 }))).toContain(
      "parameter 'size' is not valid: it is greater than the maximum value 5",
    );
    expect(error(() => run({ size: '3' }))).toContain("expected 'Int', actual 'String'");
    expect(error(() => run({ size: 1, tier: 'c' }))).toContain('The value \'"c"\' is not part of the allowed value(s)');
    expect(error(() => run({ size: 1, nope: 1 }))).toContain(
      "The template parameters 'nope' in the parameters file are not valid",
    );
  });

  it('expands variable copy loops and resolves variables that use variables', () => {
    const variables = {
      base: "[concat('app', '-', parameters('env'))]",
      names: "[createArray(variables('base'), 'x')]",
      copy: [{ name: 'ports', count: 3, input: "[add(8080, copyIndex('ports'))]" }],
    };
    const result = evaluateTemplate({
      template: {
        parameters: { env: { type: 'string' } },
        variables,
        outputs: {
          p: { type: 'array', value: "[variables('ports')]" },
          n: { type: 'array', value: "[variables('names')]" },
        },
      },
      parameters: { env: { value: 'dev' } },
      scope,
    });
    expect(result.outputs).toEqual({
      p: { type: 'Array', value: [8080, 8081, 8082] },
      n: { type: 'Array', value: ['app-dev', 'x'] },
    });
  });

  it('orders by dependsOn, drops dependencies on skipped resources, and refuses cycles and unknown names', () => {
    const lb = {
      type: 'Microsoft.Network/loadBalancers',
      apiVersion: '2024-05-01',
      name: 'lb',
      location: 'westeurope',
    };
    const ok = evaluateTemplate({
      template: {
        resources: [
          vmss({ dependsOn: ['lb', 'Microsoft.Network/loadBalancers/gone'] }),
          lb,
          { ...lb, name: 'gone', condition: false },
        ],
      },
      parameters: {},
      scope,
    });
    expect(ok.resources.map((r) => r.name)).toEqual(['web', 'lb']);
    expect(ok.dependencies).toEqual([[1], []]);
    expect(
      error(() =>
        evaluateTemplate({ template: { resources: [vmss({ dependsOn: ['nope'] })] }, parameters: {}, scope }),
      ),
    ).toContain("The resource 'nope' is not defined in the template (dependsOn of resource 'web')");
    const cyclic = { resources: [vmss({ dependsOn: ['lb'] }), { ...lb, dependsOn: ['web'] }] };
    expect(error(() => evaluateTemplate({ template: cyclic, parameters: {}, scope }))).toContain(
      'Circular dependency detected',
    );
    expect(
      error(() => evaluateTemplate({ template: { resources: [vmss({ resources: [] })] }, parameters: {}, scope })),
    ).toContain("The template resource 'web' is not valid: nested child resources");
    expect(
      error(() => evaluateTemplate({ template: { resources: [vmss({ name: 'a/b' })] }, parameters: {}, scope })),
    ).toContain('has incorrect segment lengths');
  });

  it('serial copy loops wait batch after batch', () => {
    const ok = evaluateTemplate({
      template: {
        resources: [
          vmss({
            name: "[concat('web', copyIndex())]",
            copy: { name: 'sets', count: 4, mode: 'serial', batchSize: 2 },
          }),
        ],
      },
      parameters: {},
      scope,
    });
    expect(ok.resources.map((r) => r.name)).toEqual(['web0', 'web1', 'web2', 'web3']);
    expect(ok.dependencies).toEqual([[], [], [0, 1], [0, 1]]);
  });
});
