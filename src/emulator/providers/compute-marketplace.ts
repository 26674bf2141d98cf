import { ArmError } from '../errors.js';
import { requireSubscription } from '../resource-kit.js';
import type { Router } from '../router.js';
import type { ArmRequest, Provider, Reply } from '../types.js';
import { COMPUTE_API_VERSIONS } from './compute-api.js';

/**
 * Marketplace VM image versions: `VirtualMachineImages_List` and `VirtualMachineImages_Get`.
 *
 * NOTE (source): azure-rest-api-specs, specification/compute/resource-manager/Microsoft.Compute/
 * ComputeRP (VirtualMachineImages_List): GET
 * /subscriptions/{subscriptionId}/providers/Microsoft.Compute/locations/{location}/publishers/
 * {publisherName}/artifacttypes/vmimage/offers/{offer}/skus/{skus}/versions with optional
 * $expand, $top, $orderby; the answer is a plain JSON array (not paged) of
 * VirtualMachineImageResource `{ name, location, id }`. An unknown publisher/offer/sku answers
 * 404 with code `NotFound` ("Artifact: VMImage was not found."), as Azure does.
 *
 * The catalogue is small and illustrative; tests add or replace entries with the script
 * `compute.marketplace.images`: `{ 'Publisher:Offer:Sku': ['1.0.0', ...] }` (merged over the default).
 */
export const MARKETPLACE_SCRIPT = 'compute.marketplace.images';

const DEFAULT_CATALOGUE: Record<string, string[]> = {
  'Canonical:ubuntu-24_04-lts:server': ['24.04.202501140', '24.04.202502210', '24.04.202503180'],
  'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2': ['22.04.202501080', '22.04.202503050'],
  'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition': ['20348.3207.250210', '20348.3328.250306'],
};

const BASE =
  '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/locations/{location}/publishers/{publisherName}/artifacttypes/vmimage/offers/{offer}/skus/{skus}/versions';

export const computeMarketplaceProvider: Provider = {
  name: 'Microsoft.Compute/locations/publishers',
  register(router: Router) {
    const common = { apiVersions: COMPUTE_API_VERSIONS, resourceType: 'Microsoft.Compute/locations/publishers' };
    router.addAll([
      { ...common, method: 'GET', path: BASE, operation: 'VirtualMachineImages_List', handler: list },
      { ...common, method: 'GET', path: `${BASE}/{version}`, operation: 'VirtualMachineImages_Get', handler: get },
    ]);
  },
};

function versionsOf(req: ArmRequest): string[] {
  requireSubscription(req);
  const { publisherName, offer, skus } = req.params;
  const catalogue = {
    ...DEFAULT_CATALOGUE,
    ...((req.emu.scripts.get(MARKETPLACE_SCRIPT) as Record<string, string[]> | undefined) ?? {}),
  };
  const key = Object.keys(catalogue).find((k) => k.toLowerCase() === `${publisherName}:${offer}:${skus}`.toLowerCase());
  if (!key) throw new ArmError(404, 'NotFound', 'Artifact: VMImage was not found.');
  return [...catalogue[key]!];
}

function resource(req: ArmRequest, version: string): Record<string, unknown> {
  const { location, publisherName, offer, skus } = req.params;
  return {
    name: version,
    location: location!.toLowerCase(),
    id: `/Subscriptions/${req.emu.subscriptionId}/Providers/Microsoft.Compute/Locations/${location}/Publishers/${publisherName}/ArtifactTypes/VMImage/Offers/${offer}/Skus/${skus}/Versions/${version}`,
  };
}

function list(req: ArmRequest): Reply {
  let versions = versionsOf(req);
  // Azure orders by name; `$orderby=name desc` reverses it. `$top` cuts the list.
  versions.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (/name\s+desc/i.test(req.query.get('$orderby') ?? '')) versions.reverse();
  const top = Number(req.query.get('$top'));
  if (Number.isInteger(top) && top > 0) versions = versions.slice(0, top);
  return { status: 200, body: versions.map((v) => resource(req, v)) };
}

function get(req: ArmRequest): Reply {
  const version = req.params['version']!;
  if (!versionsOf(req).includes(version)) throw new ArmError(404, 'NotFound', 'Artifact: VMImage was not found.');
  const win = /windows/i.test(req.params['publisherName'] ?? '');
  return {
    status: 200,
    body: {
      ...resource(req, version),
      properties: {
        osDiskImage: { operatingSystem: win ? 'Windows' : 'Linux' },
        hyperVGeneration: /gen2|azure-edition|24_04/i.test(req.params['skus'] ?? '') ? 'V2' : 'V1',
        architecture: 'x64',
        dataDiskImages: [],
      },
    },
  };
}
