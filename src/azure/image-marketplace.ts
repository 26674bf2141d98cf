/** MarketplacePort on @azure/arm-compute (VirtualMachineImages_List): what `latest` means right now. */
import type { MarketplacePort } from '../core/azure/image-ports.js';
import { type ImageSdk } from './image-sdk.js';
import { guard, orUndefined } from './errors.js';

export function marketplacePort(sdk: ImageSdk): MarketplacePort {
  return {
    resolveVersion: (image, location, { signal }) =>
      guard(
        `listing the versions of marketplace image ${image.publisher}:${image.offer}:${image.sku} in ${location}`,
        signal,
        async () => {
          const client = await sdk.compute();
          const list = await orUndefined(() =>
            client.virtualMachineImages.list(location, image.publisher, image.offer, image.sku, {
              abortSignal: signal,
            }),
          );
          // Azure's $orderby on name is not a version order: sort numerically here.
          const names = (list ?? []).map((v) => v.name).filter((n): n is string => !!n && /^\d+(\.\d+)*$/.test(n));
          return names.sort(compareDotted).at(-1);
        },
      ),
  };
}

function compareDotted(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
