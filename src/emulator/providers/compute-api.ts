/** api-versions the installed @azure/arm-compute 24.1.0 sends (grep api%2Dversion in its dist/esm). */
export const COMPUTE_API_VERSIONS = [
  '2026-03-01',
  '2025-04-01',
  '2025-01-02',
  '2024-11-01',
  '2024-07-01',
  '2024-03-01',
] as const;
export const GALLERY_API_VERSIONS = ['2025-03-03', '2024-03-03', '2023-07-03', '2022-08-03', '2022-03-03'] as const;

export const RG_PROVIDERS = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers';
export const GALLERY_PATH = `${RG_PROVIDERS}/Microsoft.Compute/galleries/{galleryName}`;
export const GALLERY_IMAGE_PATH = `${GALLERY_PATH}/images/{galleryImageName}`;
export const GALLERY_IMAGE_VERSION_PATH = `${GALLERY_IMAGE_PATH}/versions/{galleryImageVersionName}`;
