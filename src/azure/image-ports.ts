/** The image ports (gallery, managed images, Image Builder, marketplace) on the SDKs, loaded on first use. */
import type { ImagePorts } from '../core/azure/image-ports.js';
import type { AzureConnection } from './connection.js';
import { imageBuilderPort } from './image-builder.js';
import { galleryPort } from './image-gallery.js';
import { managedImagesPort } from './image-managed.js';
import { marketplacePort } from './image-marketplace.js';
import { imageSdk } from './image-sdk.js';

export function createImagePorts(conn: AzureConnection): ImagePorts {
  const sdk = imageSdk(conn);
  return {
    gallery: galleryPort(sdk),
    managedImages: managedImagesPort(sdk),
    imageBuilder: imageBuilderPort(sdk),
    marketplace: marketplacePort(sdk),
  };
}
