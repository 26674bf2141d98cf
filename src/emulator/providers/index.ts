import type { Provider } from '../types.js';
import { computeGalleriesProvider } from './compute-galleries.js';
import { computeImagesProvider } from './compute-images.js';
import { computeMarketplaceProvider } from './compute-marketplace.js';
import { imageBuilderProvider } from './imagebuilder.js';
import { resourcesProvider } from './resources.js';
import { tagsProvider } from './tags.js';
import { computeScaleSetsProvider } from './compute-scalesets.js';
import { networkProvider } from './network.js';
import { webProvider } from './web.js';
import { resourcesListProvider } from './resources-list.js';
import { computeVirtualMachinesProvider } from './compute-virtualmachines.js';
import { monitorProvider } from '../monitor/provider.js';
import { resourcesDeploymentsProvider } from './resources-deployments.js';
import { cdnProvider } from './cdn-frontdoor.js';

/**
 * Every resource provider the emulator serves. Add one line per provider module.
 * (E2: scale sets, network, web providers go here.)
 */
export const providers: Provider[] = [
  resourcesProvider,
  tagsProvider,
  computeImagesProvider,
  computeMarketplaceProvider,
  computeGalleriesProvider,
  imageBuilderProvider,
  computeScaleSetsProvider,
  networkProvider,
  webProvider,
  resourcesListProvider,
  computeVirtualMachinesProvider,
  monitorProvider,
  resourcesDeploymentsProvider,
  cdnProvider,
];
