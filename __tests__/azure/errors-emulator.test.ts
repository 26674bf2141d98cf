/**
 * Error classes through the real SDKs against the emulator: a 409 AnotherOperationInProgress
 * (emulator fault 'conflict') is transient with Azure's Retry-After; a failing sign-in names the
 * sign-in method; an LRO that ends Failed is terminal; a request the run aborts is a cancellation.
 */
import { AuthenticationError } from '@azure/identity';
import type { TokenCredential } from '@azure/core-auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { namedSignIn, signInMethod } from '../../src/azure/credentials.js';
import { createAzurePorts } from '../../src/azure/index.js';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { Emulator } from '../../src/emulator/index.js';
import { GALLERY, RG, portsFor, resetGallery, seedManagedImage, startEmu } from '../stages-build/helpers.js';

let emu: Emulator;
let ports: AzurePorts;
const signal = new AbortController().signal;
const ref = { resourceGroup: RG, gallery: GALLERY, definition: 'web', version: '1.0.0' };

beforeAll(async () => {
  emu = await startEmu();
  ports = await portsFor(emu);
});
afterAll(() => emu?.close());
beforeEach(() => resetGallery(emu, { definition: 'web' }));

const spec = (sourceId: string) => ({
  location: 'westeurope',
  sourceId,
  targetRegions: [{ name: 'westeurope', replicas: 1, storageAccountType: 'Standard_LRS' as const }],
  replicaCount: 1,
  storageAccountType: 'Standard_LRS' as const,
  excludeFromLatest: false,
  replicationMode: 'Full' as const,
  tags: {},
});

describe('errors classified where they arise (real SDKs, emulator)', () => {
  it("409 AnotherOperationInProgress is transient and carries the emulator's Retry-After", async () => {
    emu.control.setTimeScale(1);
    emu.control.addFault({
      kind: 'conflict',
      operation: 'GalleryImageVersions_CreateOrUpdate',
      times: 1,
      retryAfterSeconds: 7,
    });
    const error = await ports.gallery
      .publishVersion(ref, spec(seedManagedImage(emu, 'c1')), { signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'transient', retryAfterMs: 7000 });
    expect((error as Error).message).toMatch(
      /creating version 1\.0\.0 of gal\/web failed \(HTTP 409, another operation holds the resource.*AnotherOperationInProgress/,
    );
  });

  it('a credential whose sign-in fails: the message names the sign-in method and the fix', async () => {
    const failing: TokenCredential = {
      getToken: async () => {
        throw new AuthenticationError(400, {
          error: 'invalid_client',
          error_description: 'AADSTS70021: No matching federated identity record found for presented assertion.',
        });
      },
    };
    const plan = {
      kind: 'oidc',
      tenantId: 't',
      clientId: 'app-123',
      authorityHost: 'https://login.microsoftonline.com',
      getAssertion: async () => 'jwt',
    } as const;
    const azure = await createAzurePorts({
      endpoint: emu.endpoint,
      caFile: emu.caFile,
      subscriptionId: emu.subscriptionId,
      credential: namedSignIn(failing, signInMethod(plan)),
    });
    const error = await azure.gallery.getGallery(RG, GALLERY, { signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'terminal' });
    const message = (error as Error).message;
    expect(message).toMatch(/^signing in to Azure with OIDC \(workload identity federation\) as client app-123 failed/);
    expect(message).toContain('AADSTS70021');
    expect(message).toMatch(/federated credential matches this workflow's subject/);
    expect(message).not.toMatch(/no answer from Azure Resource Manager/);
  });

  it('an LRO that ends Failed is terminal; a bound that passes is transient; an abort is a cancellation', async () => {
    emu.control.addFault({ kind: 'lro-failed', operation: 'GalleryImageVersions_Delete', times: 1 });
    await ports.gallery.publishVersion(ref, spec(seedManagedImage(emu, 'c3')), { signal });
    const failed = await ports.gallery.deleteVersion(ref, { signal }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ kind: 'terminal' });
    expect((failed as Error).message).toMatch(
      /deleting version 1\.0\.0 of gal\/web failed: the operation ended Failed in Azure: The long-running operation has failed/,
    );

    emu.control.addFault({ kind: 'lro-never-ends', operation: 'GalleryImageVersions_Delete', times: 2 });
    const bounded = await ports.gallery.deleteVersion(ref, { signal, timeoutMs: 50 }).catch((e: unknown) => e);
    expect(bounded).toMatchObject({ kind: 'transient' });
    expect((bounded as Error).message).toMatch(/deleting version 1\.0\.0 of gal\/web did not finish within 50ms/);

    const controller = new AbortController();
    const pending = ports.gallery.deleteVersion(ref, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toMatchObject({ kind: 'cancelled' });
  });
});
