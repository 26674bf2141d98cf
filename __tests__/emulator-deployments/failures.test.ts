import { describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { deployment, poll, RG, scaleSetTemplate, seedImageVersion, useDeploymentsHarness } from './helpers.js';

const exchanges: RecordedExchange[] = [];
const h = useDeploymentsHarness({ record: (x) => exchanges.push(x) });

/** The error body the emulator answered `operation` with (last such answer). */
const answered = (operation: string) =>
  (exchanges.filter((x) => x.operation === operation).at(-1)?.response.body as { error: Record<string, unknown> })
    .error;

const withExpression = (expr: string) => ({
  ...scaleSetTemplate,
  resources: [{ ...scaleSetTemplate.resources[0]!, tags: { built: expr } }],
});

/** The error a call failed with, with its body's code and message. */
async function failure(call: Promise<unknown>): Promise<{ statusCode?: number; code?: string; message: string }> {
  try {
    await call;
  } catch (e) {
    return e as { statusCode?: number; code?: string; message: string };
  }
  throw new Error('expected the call to fail');
}

describe('deployments: template errors and failed resources', () => {
  it('refuses an unsupported function before anything changes, naming the function, resource and expression', async () => {
    seedImageVersion(h, '1.0.0');
    const body = deployment(withExpression("[dateTimeAdd(utcNow(), 'P1D')]"), { imageVersion: '1.0.0' });
    const put = await failure(h.client.deployments.beginCreateOrUpdateAndWait(RG, 'bad', body, poll));
    const whatIf = await failure(h.client.deployments.beginWhatIfAndWait(RG, 'bad', body, poll));
    // validate's 400 is a documented answer of the initial request; the SDK's poller turns it into a
    // generic "long-running operation has failed" (core-lro reads no error from an initial response).
    const validate = await failure(h.client.deployments.beginValidateAndWait(RG, 'bad', body, poll));
    expect(validate.message).toContain('The long-running operation has failed');
    for (const e of [put, whatIf]) expect(e).toMatchObject({ statusCode: 400, code: 'InvalidTemplate' });
    for (const op of ['Deployments_CreateOrUpdate', 'Deployments_WhatIf', 'Deployments_Validate']) {
      const error = answered(op);
      expect(error['code']).toBe('InvalidTemplate');
      expect(error['message']).toContain("The template function 'dateTimeAdd' is not supported by the Azure emulator");
      expect(error['message']).toContain("resource 'web-vmss'");
      expect(error['message']).toContain("[dateTimeAdd(utcNow(), 'P1D')]");
    }
    expect(h.emu.control.listResources('Microsoft.Compute/virtualMachineScaleSets')).toEqual([]);
    expect(h.emu.control.listResources('Microsoft.Resources/deployments')).toEqual([]);
  });

  it('refuses a bad parameter (allowedValues) and an unknown resource type with clear 400s', async () => {
    const bad = await failure(
      h.client.deployments.beginCreateOrUpdateAndWait(
        RG,
        'p',
        deployment(scaleSetTemplate, { imageVersion: '7.0.0' }),
        poll,
      ),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.message).toContain('The value \'"7.0.0"\' is not part of the allowed value(s)');

    const unknown = {
      resources: [
        { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2024-01-01', name: 'st1', location: 'westeurope' },
      ],
    };
    const e = await failure(h.client.deployments.beginCreateOrUpdateAndWait(RG, 'u', deployment(unknown), poll));
    expect(e).toMatchObject({ statusCode: 400, code: 'InvalidTemplateDeployment' });
    const error = answered('Deployments_CreateOrUpdate');
    expect(error['details']).toEqual([
      expect.objectContaining({
        code: 'InvalidResourceType',
        target: `${h.rgId}/providers/Microsoft.Storage/storageAccounts/st1`,
        message: expect.stringContaining(
          "The resource type 'Microsoft.Storage/storageAccounts' is not served by the Azure emulator",
        ),
      }),
    ]);
  });

  it('refuses Complete mode', async () => {
    const body = { properties: { ...deployment(scaleSetTemplate).properties, mode: 'Complete' as const } };
    const e = await failure(h.client.deployments.beginCreateOrUpdateAndWait(RG, 'c', body, poll));
    expect(e.statusCode).toBe(400);
    expect(e.message).toContain("Deployment mode 'Complete' is not supported by the Azure emulator");
  });

  it('fails with DeploymentFailed when the provider refuses a resource; the operation names it and its error', async () => {
    // 9.9.9 is an allowed value but no such gallery image version exists: the scale set provider refuses it.
    const e = await failure(
      h.client.deployments.beginCreateOrUpdateAndWait(
        RG,
        'broken',
        deployment(scaleSetTemplate, { imageVersion: '9.9.9' }),
        poll,
      ),
    );
    expect(e.message).toContain('DeploymentFailed');
    const got = await h.client.deployments.get(RG, 'broken');
    const scaleSetId = `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss`;
    expect(got.properties?.provisioningState).toBe('Failed');
    expect(got.properties?.error).toMatchObject({
      code: 'DeploymentFailed',
      details: [{ code: 'GalleryImageNotFound', target: scaleSetId }],
    });
    const ops = [];
    for await (const op of h.client.deploymentOperations.list(RG, 'broken')) ops.push(op);
    expect(ops).toHaveLength(1);
    expect(ops[0]!.properties).toMatchObject({
      provisioningState: 'Failed',
      statusCode: 'NotFound',
      targetResource: { id: scaleSetId, resourceName: 'web-vmss' },
      statusMessage: { status: 'Failed', error: { code: 'GalleryImageNotFound' } },
    });
    expect(JSON.stringify(ops[0]!.properties?.statusMessage)).toContain(
      'versions/9.9.9 is not available in westeurope',
    );
  });

  it('an lro-failed fault on the deployment fails it with the injected error; a fault on the provider fails the resource', async () => {
    seedImageVersion(h, '1.0.0');
    h.emu.control.addFault({ kind: 'lro-failed', operation: 'Deployments_CreateOrUpdate', times: 1 });
    const e = await failure(
      h.client.deployments.beginCreateOrUpdateAndWait(
        RG,
        'f1',
        deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
        poll,
      ),
    );
    expect(e.message).toContain('InternalOperationError');
    expect((await h.client.deployments.get(RG, 'f1')).properties?.provisioningState).toBe('Failed');

    h.emu.control.addFault({
      kind: 'lro-failed',
      operation: 'VirtualMachineScaleSets_CreateOrUpdate',
      times: 1,
      error: { code: 'AllocationFailed', message: 'Allocation failed.' },
    });
    await failure(
      h.client.deployments.beginCreateOrUpdateAndWait(
        RG,
        'f2',
        deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
        poll,
      ),
    );
    const ops = [];
    for await (const op of h.client.deploymentOperations.list(RG, 'f2')) ops.push(op);
    expect(ops[0]!.properties).toMatchObject({
      provisioningState: 'Failed',
      statusCode: 'Conflict',
      statusMessage: {
        status: 'Failed',
        error: {
          code: 'ResourceDeploymentFailure',
          details: [{ code: 'AllocationFailed', message: 'Allocation failed.' }],
        },
      },
    });
  });
});
